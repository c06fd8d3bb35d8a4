package com.idic.crm.customer.domain;

import java.time.LocalDate;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;
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
