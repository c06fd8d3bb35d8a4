package com.idic.crm.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = AppRoles.MARKETER)
class OrderServiceTest {

    @Autowired OrderService orders;
    @Autowired CustomerService customers;
    @Autowired CustomerOrderRepository repository;

    @Test
    void customerOrdersNewestFirstWithProfitAndTotals() {
        long customerId = customers.create(new NewCustomer("Orders " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        long otherId = customers.create(new NewCustomer("Other " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        order("A-1", customerId, LocalDate.of(2025, 3, 1), "100.00", "60.00");
        order("A-2", customerId, LocalDate.of(2026, 1, 15), "250.50", "300.00");
        order("A-3", customerId, LocalDate.of(2025, 9, 9), "40.00", "10.00");
        order("B-1", otherId, LocalDate.of(2026, 2, 1), "999.00", "1.00");

        List<OrderRow> rows = orders.pageForCustomer(customerId, PageRequest.of(0, 50));
        assertThat(rows).extracting(row -> row.orderNumber().substring(0, 3)).containsExactly("A-2", "A-3", "A-1");
        assertThat(rows.get(0).profit()).isEqualByComparingTo("-49.50");
        assertThat(orders.pageForCustomer(customerId, PageRequest.of(0, 50, Sort.by("amount"))))
                .extracting(row -> row.orderNumber().substring(0, 3)).containsExactly("A-3", "A-1", "A-2");

        OrderTotals totals = orders.totalsForCustomer(customerId);
        assertThat(totals.count()).isEqualTo(3);
        assertThat(totals.revenue()).isEqualByComparingTo("390.50");
        assertThat(totals.profit()).isEqualByComparingTo("20.50");
        assertThat(totals.lastOrderDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void customerWithoutOrdersHasZeroTotals() {
        long customerId = customers.create(new NewCustomer("No orders " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));

        OrderTotals totals = orders.totalsForCustomer(customerId);

        assertThat(totals.count()).isZero();
        assertThat(totals.revenue()).isEqualByComparingTo("0");
        assertThat(totals.lastOrderDate()).isNull();
        assertThat(orders.pageForCustomer(customerId, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void anOrderRecordedByAnotherFeatureIsAddedOnceAndTheServiceDeskCannotRecord() {
        long customerId = customers.create(new NewCustomer("Recorded " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        OrderRecord record = new OrderRecord("OF-T-" + customerId, customerId, LocalDate.of(2026, 3, 2),
                new BigDecimal("120.00"), new BigDecimal("80.00"), "Training", "Offer", null, null);

        assertThat(orders.record(record)).isTrue();
        assertThat(orders.record(record)).isFalse();
        assertThat(orders.totalsForCustomer(customerId).count()).isEqualTo(1);
        assertThat(orders.pageForCustomer(customerId, PageRequest.of(0, 5)).get(0).category()).isEqualTo("Training");
    }

    @Test
    @WithMockUser(roles = AppRoles.SERVICE_DESK)
    void theServiceDeskRecordsNoOrder() {
        OrderRecord record = new OrderRecord("OF-D-1", 1L, LocalDate.of(2026, 3, 2), BigDecimal.ONE, BigDecimal.ONE,
                null, null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.record(record))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private void order(String number, long customerId, LocalDate date, String amount, String cost) {
        repository.save(new CustomerOrder(number + "-" + ThreadLocalRandom.current().nextInt(1000, 9999) + customerId,
                customerId, date, new BigDecimal(amount), new BigDecimal(cost)));
    }
}
