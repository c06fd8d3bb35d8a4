package com.idic.crm.customer.history.ui;

import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerHistoryPanelTest extends KaribuTest {

    @Autowired CustomerService customers;

    @Test
    void managerSeesWhatChangedAndWhoOpenedTheRecord() {
        login("mia", AppRoles.MANAGER);
        long id = editedCustomer();
        login("dana", AppRoles.SERVICE_DESK);
        customers.open(id);
        login("mia", AppRoles.MANAGER);

        CustomerHistoryPanel panel = openHistory(id);

        assertThat(GridKt._size(panel.changes)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(panel.changes, 0)).contains("mia", "Edited", "Stage", "Potential", "Loyal");
        assertThat(GridKt._getFormattedRow(panel.changes, 1)).contains("Edited", "Region", "", "Ningbo");
        assertThat(GridKt._getFormattedRow(panel.changes, 2)).contains("Created", "Name");
        assertThat(panel.viewers.isAttached()).isTrue();
        assertThat(GridKt._size(panel.viewers)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(panel.viewers, 0)).contains("mia", "1");
        assertThat(GridKt._getFormattedRow(panel.viewers, 1)).contains("dana", "1");
    }

    @Test
    void serviceDeskSeesWhatChangedButNotWhoLooked() {
        login("dana", AppRoles.SERVICE_DESK);
        long id = editedCustomer();

        CustomerHistoryPanel panel = openHistory(id);

        assertThat(GridKt._size(panel.changes)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(panel.changes, 0)).contains("dana", "Edited", "Stage");
        _assertNone(Grid.class, spec -> spec.withClasses("history-viewers"));
        assertThat(panel.getElement().getTextRecursively()).doesNotContain("Last viewers");
    }

    private long editedCustomer() {
        long id = customers.create(new NewCustomer("History " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999),
                CustomerType.INDIVIDUAL));
        Customer customer = customers.find(id).orElseThrow();
        customer.setRegion("Ningbo");
        customer = customers.save(customer);
        customer.setStage(PurchaseStage.LOYAL);
        customers.save(customer);
        return id;
    }

    private static CustomerHistoryPanel openHistory(long id) {
        UI.getCurrent().navigate("customers/" + id);
        TabSheet tabs = _get(TabSheet.class);
        int last = tabs.getTabCount() - 1;
        assertThat(tabs.getTabAt(last).getLabel()).isEqualTo("History");
        tabs.setSelectedIndex(last);
        return _get(CustomerHistoryPanel.class);
    }
}
