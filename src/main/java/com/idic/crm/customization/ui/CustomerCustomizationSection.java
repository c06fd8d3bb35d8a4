package com.idic.crm.customization.ui;

import java.time.Clock;

import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.customization.OfferService;
import com.vaadin.flow.component.Component;

/** Puts the "Customization" tab (the customer's requests and offers) on the customer page. */
@org.springframework.stereotype.Component
class CustomerCustomizationSection implements CustomerPageSection {

    private final CustomizationService requests;
    private final OfferService offers;
    private final Clock clock;

    CustomerCustomizationSection(CustomizationService requests, OfferService offers, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "customization.section.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(long customerId) {
        return new CustomerCustomizationPanel(requests, offers, customerId, clock);
    }
}
