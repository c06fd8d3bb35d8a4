package com.idic.crm.customization.domain;

import java.time.Instant;

import com.idic.crm.customization.RequestFilter;
import org.springframework.data.jpa.domain.Specification;

/** The request list's filters in SQL. */
public final class RequestSpecifications {

    private RequestSpecifications() {
    }

    public static Specification<CustomizationRequest> of(RequestFilter filter) {
        return (root, query, cb) -> {
            var where = cb.conjunction();
            if (filter.state() != null) {
                where = cb.and(where, cb.equal(root.get("state"), filter.state()));
            }
            if (filter.type() != null) {
                where = cb.and(where, cb.equal(root.get("type"), filter.type()));
            }
            if (filter.tier() != null) {
                where = cb.and(where, cb.equal(root.get("tier"), filter.tier()));
            }
            if (filter.owner() != null) {
                where = cb.and(where, cb.equal(root.get("owner"), filter.owner()));
            }
            return where;
        };
    }

    /** The rows after the one submitted {@code at} with {@code id} in the list's order (keyset paging). */
    public static Specification<CustomizationRequest> after(Instant at, long id, boolean descending) {
        return (root, query, cb) -> descending
                ? cb.or(cb.lessThan(root.get("createdAt"), at),
                        cb.and(cb.equal(root.get("createdAt"), at), cb.lessThan(root.get("id"), id)))
                : cb.or(cb.greaterThan(root.get("createdAt"), at),
                        cb.and(cb.equal(root.get("createdAt"), at), cb.greaterThan(root.get("id"), id)));
    }
}
