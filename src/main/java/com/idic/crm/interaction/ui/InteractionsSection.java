package com.idic.crm.interaction.ui;

import java.time.Clock;

import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.interaction.InteractionService;
import com.vaadin.flow.component.Component;

/** Puts the "Contacts" tab (relationship level, quick entry, contact history) on the customer page. */
@org.springframework.stereotype.Component
class InteractionsSection implements CustomerPageSection {

    private final InteractionService interactions;
    private final Clock clock;

    InteractionsSection(InteractionService interactions, Clock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "interaction.section.title";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component create(long customerId) {
        return new InteractionsPanel(interactions, clock, customerId);
    }
}
