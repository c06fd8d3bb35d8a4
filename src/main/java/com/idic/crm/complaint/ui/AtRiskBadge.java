package com.idic.crm.complaint.ui;

import java.util.Optional;

import com.idic.crm.complaint.AtRiskMarks;
import com.idic.crm.customer.CustomerBadgeSource;
import com.vaadin.flow.component.Component;

/** Puts "At risk since …" into the customer page header while an unhappy follow-up's mark stands. */
@org.springframework.stereotype.Component
class AtRiskBadge implements CustomerBadgeSource {

    private final AtRiskMarks marks;

    AtRiskBadge(AtRiskMarks marks) {
        this.marks = marks;
    }

    @Override
    public Optional<Component> badge(long customerId) {
        return marks.of(customerId).map(mark -> new AtRiskBadgeView(marks, mark));
    }
}
