package com.idic.crm.customer;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature contributes to the customer page (orders, interactions, ...).
 * Features depend on {@code customer}, never the other way round, so the page finds its
 * tabs as Spring beans implementing this interface.
 */
public interface CustomerPageSection {

    /** Translation key of the tab title. */
    String titleKey();

    /** Position among the contributed tabs, lowest first. */
    int order();

    /** A new component showing this section for the customer; called once per page visit. */
    Component create(long customerId);

    /**
     * Implemented by a section's component that shows what the page itself changes (the history):
     * the page calls it after every save, verification or anonymization on it.
     */
    interface Refreshable {
        void customerChanged();
    }
}
