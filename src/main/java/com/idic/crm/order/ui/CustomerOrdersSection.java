package com.idic.crm.order.ui;

import java.time.Clock;

import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.order.OrderService;
import com.vaadin.flow.component.Component;

/** Puts the "Orders" tab on the customer page. */
@org.springframework.stereotype.Component
class CustomerOrdersSection implements CustomerPageSection {

    private final OrderService orderService;
    private final Clock clock;

    CustomerOrdersSection(OrderService orderService, Clock clock) {
        this.orderService = orderService;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "order.section.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(long customerId) {
        return new CustomerOrdersPanel(orderService, customerId, clock);
    }
}
