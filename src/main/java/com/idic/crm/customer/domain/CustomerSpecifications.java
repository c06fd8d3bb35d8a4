package com.idic.crm.customer.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.idic.crm.base.db.KeysetAfter;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list filters as SQL predicates. Each one hits an indexed column; text filters are
 * prefix matches ({@code LIKE 'x%'}) so the index can serve them.
 */
public final class CustomerSpecifications {

    private CustomerSpecifications() {
    }

    public static Specification<Customer> notMerged() {
        return (root, query, cb) -> cb.isNull(root.get("mergedIntoId"));
    }

    /** Expects an already normalized key (see CustomerKeys). */
    public static Specification<Customer> nameKeyStartsWith(String prefix) {
        return startsWith("nameKey", prefix);
    }

    /** Expects an already normalized key (see CustomerKeys). */
    public static Specification<Customer> phoneKeyStartsWith(String prefix) {
        return startsWith("phoneKey", prefix);
    }

    /** Expects an already normalized key (see CustomerKeys). */
    public static Specification<Customer> emailKeyStartsWith(String prefix) {
        return startsWith("emailKey", prefix);
    }

    public static Specification<Customer> hasType(CustomerType type) {
        return equal("type", type);
    }

    public static Specification<Customer> inRegion(String region) {
        return equal("region", region);
    }

    public static Specification<Customer> hasRelationship(RelationshipType relationshipType) {
        return equal("relationshipType", relationshipType);
    }

    public static Specification<Customer> inStage(PurchaseStage stage) {
        return equal("stage", stage);
    }

    public static Specification<Customer> verifiedBeforeOrNever(LocalDate staleBefore) {
        return (root, query, cb) -> cb.or(cb.isNull(root.get("lastVerifiedOn")),
                cb.lessThan(root.get("lastVerifiedOn"), staleBefore));
    }

    /**
     * The rows after the one whose sort values are {@code last} (property name to value, every property
     * of {@code sort}), in that order: keyset paging. NULL sorts first ascending and last descending, as
     * MariaDB orders it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Specification<Customer> after(Sort sort, Map<String, Object> last) {
        List<Sort.Order> orders = sort.toList();
        return (root, query, cb) -> {
            Sort.Order first = orders.get(0);
            Object value = last.get(first.getProperty());
            Predicate after = KeysetAfter.of(orders, last, root, cb);
            if (value == null || !first.isAscending()) {
                return after;
            }
            // a range on the first column the index can seek to, before the exact condition
            return cb.and(cb.greaterThanOrEqualTo(root.get(first.getProperty()), (Comparable) value), after);
        };
    }

    public static Specification<Customer> nothing() {
        return (root, query, cb) -> cb.disjunction();
    }

    private static Specification<Customer> equal(String attribute, Object value) {
        return (root, query, cb) -> cb.equal(root.get(attribute), value);
    }

    private static Specification<Customer> startsWith(String attribute, String prefix) {
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.like(root.get(attribute), pattern, '\\');
    }
}
