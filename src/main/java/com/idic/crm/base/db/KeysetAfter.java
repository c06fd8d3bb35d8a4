package com.idic.crm.base.db;

import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;

/**
 * The rows that come after {@code last} in a list's order, for reading it in keyset chunks. Nulls sort first
 * ascending and last descending, as MariaDB sorts them.
 */
public final class KeysetAfter {

    private KeysetAfter() {
    }

    /** {@code last} holds the previous chunk's last row's value of every ordered property (null allowed). */
    public static Predicate of(List<Sort.Order> orders, Map<String, Object> last, Root<?> root, CriteriaBuilder cb) {
        return after(orders, 0, last, root, cb);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate after(List<Sort.Order> orders, int index, Map<String, Object> last, Root<?> root,
                                   CriteriaBuilder cb) {
        if (index == orders.size()) {
            return cb.disjunction();
        }
        Sort.Order order = orders.get(index);
        Path<Comparable> path = root.get(order.getProperty());
        Comparable value = (Comparable) last.get(order.getProperty());
        Predicate beyond;
        Predicate equal;
        if (value == null) {
            beyond = order.isAscending() ? cb.isNotNull(path) : cb.disjunction();
            equal = cb.isNull(path);
        } else {
            beyond = order.isAscending() ? cb.greaterThan(path, value) : cb.or(cb.lessThan(path, value), cb.isNull(path));
            equal = cb.equal(path, value);
        }
        return cb.or(beyond, cb.and(equal, after(orders, index + 1, last, root, cb)));
    }
}
