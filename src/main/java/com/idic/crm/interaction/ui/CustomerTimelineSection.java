package com.idic.crm.interaction.ui;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.interaction.CustomerTimeline;
import com.vaadin.flow.component.Component;

/** Puts the "Timeline" tab, everything that happened with the customer in one list, first on the customer page. */
@org.springframework.stereotype.Component
class CustomerTimelineSection implements CustomerPageSection {

    static final int PAGE_SIZE = 20;

    private final CustomerTimeline timeline;
    private final CrmI18NProvider i18n;

    CustomerTimelineSection(CustomerTimeline timeline, CrmI18NProvider i18n) {
        this.timeline = timeline;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "timeline.section.title";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(long customerId) {
        return new CustomerTimelinePanel(timeline::page, customerId, PAGE_SIZE, kind -> {
            String key = "timeline.kind." + kind;
            return i18n.hasKey(key) ? key : null;
        });
    }
}
