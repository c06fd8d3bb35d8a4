package com.idic.crm.order.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerOrdersSectionTest extends KaribuTest {

    @Autowired CustomerService customers;
    @Autowired CustomerOrderRepository orders;

    @Test
    void ordersTabListsTheCustomersOrdersWithTotals() {
        login("desk", AppRoles.SERVICE_DESK);
        int tag = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        long id = customers.create(new NewCustomer("Orders " + tag, CustomerType.INDIVIDUAL));
        long other = customers.create(new NewCustomer("Other " + tag, CustomerType.INDIVIDUAL));
        save("N1-" + tag, id, LocalDate.of(2025, 5, 20), "1200.00", "800.00", "Tea");
        save("N2-" + tag, id, LocalDate.of(2026, 2, 3), "300.00", "100.00", "Porcelain");
        save("X1-" + tag, other, LocalDate.of(2026, 2, 4), "5.00", "1.00", "Tea");

        UI.getCurrent().navigate("customers/" + id);
        TabSheet tabs = _get(TabSheet.class);
        int orders = java.util.stream.IntStream.range(0, tabs.getTabCount())
                .filter(i -> tabs.getTabAt(i).getLabel().equals("Orders")).findFirst().orElseThrow();
        tabs.setSelectedIndex(orders);

        CustomerOrdersPanel panel = _get(CustomerOrdersPanel.class);
        var grid = panel.grid;
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).orderNumber()).isEqualTo("N2-" + tag);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("CN¥300.00", "CN¥200.00", "Porcelain");
        assertThat(_get(panel, Span.class, spec -> spec.withClasses("order-summary")).getText())
                .contains("2 orders", "revenue CN¥1,500.00", "profit CN¥600.00");

        GridKt._sortByKey(grid, "amount", SortDirection.DESCENDING);
        assertThat(GridKt._get(grid, 0).orderNumber()).isEqualTo("N1-" + tag);
    }

    private void save(String number, long customerId, LocalDate date, String amount, String cost, String category) {
        CustomerOrder order = new CustomerOrder(number, customerId, date, new BigDecimal(amount), new BigDecimal(cost));
        order.setCategory(category);
        orders.save(order);
    }
}
