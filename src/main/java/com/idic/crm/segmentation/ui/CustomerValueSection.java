package com.idic.crm.segmentation.ui;

import java.time.Clock;

import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.SegmentationService;
import com.vaadin.flow.component.Component;

/** Puts the "Value" tab on the customer page. */
@org.springframework.stereotype.Component
class CustomerValueSection implements CustomerPageSection {

    private final SegmentationResults results;
    private final SegmentationService runs;
    private final Clock clock;

    CustomerValueSection(SegmentationResults results, SegmentationService runs, Clock clock) {
        this.results = results;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "segments.value.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(long customerId) {
        return new CustomerValuePanel(results, runs, clock, customerId);
    }
}
