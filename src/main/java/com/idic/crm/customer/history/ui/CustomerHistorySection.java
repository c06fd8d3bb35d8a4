package com.idic.crm.customer.history.ui;

import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.customer.history.CustomerHistory;
import com.vaadin.flow.component.Component;

/** Puts the "History" tab on the customer page, after every other feature's tab. */
@org.springframework.stereotype.Component
class CustomerHistorySection implements CustomerPageSection {

    private final CustomerHistory history;

    CustomerHistorySection(CustomerHistory history) {
        this.history = history;
    }

    @Override
    public String titleKey() {
        return "history.section.title";
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Component create(long customerId) {
        return new CustomerHistoryPanel(history, customerId);
    }
}
