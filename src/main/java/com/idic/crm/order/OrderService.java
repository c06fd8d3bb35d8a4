package com.idic.crm.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a customer's orders: the list on the customer page and its totals. */
@Service
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
public class OrderService {

    public static final Set<String> SORTABLE = Set.of("orderDate", "amount");

    private final CustomerOrderRepository orders;

    OrderService(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    /** One page of the customer's orders, newest first unless sorted otherwise; no count query. */
    @Transactional(readOnly = true)
    public List<OrderRow> pageForCustomer(long customerId, Pageable pageable) {
        PageRequest request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), stableSort(pageable.getSort()));
        return orders.findSliceByCustomerId(customerId, request).map(OrderService::toRow).getContent();
    }

    @Transactional(readOnly = true)
    public OrderTotals totalsForCustomer(long customerId) {
        CustomerOrderRepository.Totals totals = orders.totalsOf(customerId);
        return new OrderTotals(totals.getCount(), orZero(totals.getRevenue()), orZero(totals.getProfit()),
                totals.getLastOrderDate());
    }

    private static Sort stableSort(Sort requested) {
        for (Sort.Order order : requested) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("Orders cannot be sorted by " + order.getProperty());
            }
        }
        Sort sort = requested.isSorted() ? requested : Sort.by(Sort.Direction.DESC, "orderDate");
        return sort.and(Sort.by(Sort.Direction.DESC, "id"));
    }

    private static OrderRow toRow(CustomerOrder order) {
        return new OrderRow(order.getId(), order.getOrderNumber(), order.getOrderDate(), order.getAmount(),
                order.getCost(), order.getAmount().subtract(order.getCost()), order.getCategory(), order.getChannel(),
                order.getPaidAmount(), order.getPaidDate());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }
}
