package com.idic.crm.order;

import jakarta.annotation.security.RolesAllowed;
import com.idic.crm.security.AppRoles;
import com.idic.crm.customer.CustomerActivity;
import com.idic.crm.order.domain.CustomerOrderRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the customer feature how many orders a customer has (e.g. for a merge preview). */
@Component
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
class OrderActivity implements CustomerActivity {

    private final CustomerOrderRepository orders;

    OrderActivity(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public long orderCount(long customerId) {
        return orders.countByCustomerId(customerId);
    }
}
