package com.idic.crm.complaint.ui;

import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.customer.CustomerService;
import com.vaadin.flow.component.Component;

/** Puts the "Complaints" tab on the customer page. */
@org.springframework.stereotype.Component
class CustomerComplaintsSection implements CustomerPageSection {

    private final ComplaintQueries queries;
    private final ComplaintService service;
    private final CustomerService customers;

    CustomerComplaintsSection(ComplaintQueries queries, ComplaintService service, CustomerService customers) {
        this.queries = queries;
        this.service = service;
        this.customers = customers;
    }

    @Override
    public String titleKey() {
        return "complaint.section.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(long customerId) {
        return new CustomerComplaintsPanel(queries, service, customers, customerId);
    }
}
