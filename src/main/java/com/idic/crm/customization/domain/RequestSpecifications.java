package com.idic.crm.customization.domain;

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
}
