package com.idic.crm.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reading a customer's orders: the list on the customer page and its totals. */
@Service
@Validated
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

    /** How many orders the customer placed in (from, to]. */
    @Transactional(readOnly = true)
    public long countBetween(long customerId, LocalDate from, LocalDate to) {
        return orders.countBetween(customerId, from, to);
    }

    /** The product categories the customer has bought. */
    @Transactional(readOnly = true)
    public Set<String> categoriesOf(long customerId) {
        return Set.copyOf(orders.categoriesOf(customerId));
    }

    /** The product categories each of the given customers bought; customers without any are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> categoriesOfEach(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return orders.categoriesOfEach(customerIds).stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                Collectors.mapping(row -> (String) row[1], Collectors.toUnmodifiableSet())));
    }

    /**
     * An order another feature records for the customer (an accepted offer), so it counts in the next
     * segmentation run. Keyed by its number: recording the same order again adds nothing and returns false.
     */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public boolean record(@NotNull @Valid OrderRecord record) {
        if (orders.existsByExternalId(record.externalId())) {
            return false;
        }
        CustomerOrder order = new CustomerOrder(record.orderNumber(), record.customerId(), record.orderDate(),
                record.amount(), record.cost());
        order.setExternalId(record.externalId());
        order.setCategory(record.category());
        order.setChannel(record.channel());
        order.setPaidAmount(record.paidAmount());
        order.setPaidDate(record.paidDate());
        orders.save(order);
        return true;
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
