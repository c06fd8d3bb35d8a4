package com.idic.crm.customization.domain;

import java.time.Instant;

import com.idic.crm.customization.OfferFilter;
import org.springframework.data.jpa.domain.Specification;

/** The offers list's filters in SQL. */
public final class OfferSpecifications {

    private OfferSpecifications() {
    }

    public static Specification<Offer> of(OfferFilter filter) {
        return (root, query, cb) -> {
            var where = cb.conjunction();
            if (filter.state() != null) {
                where = cb.and(where, cb.equal(root.get("state"), filter.state()));
            }
            if (filter.author() != null) {
                where = cb.and(where, cb.equal(root.get("author"), filter.author()));
            }
            if (filter.customerName() != null && !filter.customerName().isBlank()) {
                String part = filter.customerName().trim().toLowerCase()
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                where = cb.and(where, cb.like(cb.lower(root.get("customerName")), "%" + part + "%", '\\'));
            }
            return where;
        };
    }

    /** The offers after the one created {@code at} with {@code id} in the list's order (keyset paging). */
    public static Specification<Offer> after(Instant at, long id, boolean descending) {
        return (root, query, cb) -> descending
                ? cb.or(cb.lessThan(root.get("createdAt"), at),
                        cb.and(cb.equal(root.get("createdAt"), at), cb.lessThan(root.get("id"), id)))
                : cb.or(cb.greaterThan(root.get("createdAt"), at),
                        cb.and(cb.equal(root.get("createdAt"), at), cb.greaterThan(root.get("id"), id)));
    }
}
