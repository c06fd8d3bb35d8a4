package com.idic.crm.customer;

/**
 * What the customer list is narrowed to. Every criterion is optional (null or blank = any);
 * name, phone and e-mail are prefix matches, the others exact.
 */
public record CustomerFilter(
        String name,
        String phone,
        String email,
        CustomerType type,
        String region,
        RelationshipType relationshipType,
        PurchaseStage stage,
        boolean needsVerification) {

    /**
     * A name, phone or e-mail search or "needs verification" lists in its own order, whatever
     * sort is requested (see {@link CustomerListOrder}).
     */
    public boolean decidesTheOrder() {
        return CustomerListOrder.keyOrder(this).isPresent();
    }

    public static CustomerFilter any() {
        return new CustomerFilter(null, null, null, null, null, null, null, false);
    }
}
