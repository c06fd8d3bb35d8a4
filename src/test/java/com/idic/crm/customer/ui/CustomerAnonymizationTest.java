package com.idic.crm.customer.ui;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's anonymization on the customer page, and the History tab following the page's own changes. */
@SuppressWarnings("unchecked")
class CustomerAnonymizationTest extends KaribuTest {

    @Autowired CustomerRepository repository;

    Customer customer;
    String name;

    @BeforeEach
    void aCustomerWithPersonalData() {
        name = "Anon " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Customer created = new Customer(CustomerType.INDIVIDUAL, name, LocalDate.of(2024, 2, 1));
        created.setPhone("138 0000 1111");
        created.setEmail("anon@example.cn");
        created.setRegion("Wuhan");
        customer = repository.save(created);
    }

    @Test
    void administratorConfirmsTheNamedCustomerAndThePageShowsTheAnonymizedRecord() {
        login("ada", AppRoles.ADMIN);
        CustomerView view = open();
        Grid<?> history = historyGrid();
        int linesBefore = GridKt._size(history);

        _click(view.anonymize);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).contains(name);
        assertThat(confirm.getElement().getProperty("message")).contains(name);
        ConfirmDialogKt._fireConfirm(confirm);

        Customer stored = repository.findById(customer.getId()).orElseThrow();
        assertThat(stored.getName()).doesNotContain(name);
        assertThat(stored.getPhone()).isNull();
        assertThat(stored.getRegion()).isEqualTo("Wuhan");
        assertThat(stored.isAnonymized()).isTrue();
        assertThat(view.form.name.getValue()).isEqualTo(stored.getName());
        assertThat(view.header.getElement().getTextRecursively()).doesNotContain(name);
        assertThat(view.anonymize.isAttached()).as("nothing left to anonymize").isFalse();
        NotificationsKt.expectNotifications(name + " was anonymized.");
        assertThat(GridKt._size(history)).isGreaterThan(linesBefore);
        assertThat(GridKt._getFormattedRow((Grid<Object>) history, 0)).contains("ada", "Anonymized", "(erased)");
    }

    @Test
    void cancellingLeavesTheRecordAsItWas() {
        login("ada", AppRoles.ADMIN);
        CustomerView view = open();

        _click(view.anonymize);
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));

        assertThat(repository.findById(customer.getId()).orElseThrow().getName()).isEqualTo(name);
    }

    @Test
    void managerIsNotOfferedAnonymization() {
        login("mia", AppRoles.MANAGER);
        CustomerView view = open();

        assertThat(view.anonymize.isAttached()).isFalse();
    }

    @Test
    void historyShowsAnEditAsSoonAsItIsSaved() {
        login("dana", AppRoles.SERVICE_DESK);
        CustomerView view = open();
        Grid<?> history = historyGrid();
        int linesBefore = GridKt._size(history);
        _get(TabSheet.class).setSelectedIndex(0);

        _setValue(view.form.region, "Chengdu");
        _click(view.form.save);
        historyGrid();

        assertThat(GridKt._size(history)).isEqualTo(linesBefore + 1);
        assertThat(GridKt._getFormattedRow((Grid<Object>) history, 0)).contains("dana", "Edited", "Region", "Wuhan", "Chengdu");
    }

    private CustomerView open() {
        UI.getCurrent().navigate("customers/" + customer.getId());
        return _get(CustomerView.class);
    }

    private static Grid<?> historyGrid() {
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(tabs.getTabCount() - 1);
        return _get(Grid.class, spec -> spec.withClasses("history-changes"));
    }
}
