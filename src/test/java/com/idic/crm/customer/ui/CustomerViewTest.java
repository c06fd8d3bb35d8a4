package com.idic.crm.customer.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerViewTest extends KaribuTest {

    @Autowired CustomerRepository repository;
    @Autowired CustomerService service;
    @Autowired Clock clock;

    String tag;
    LocalDate today;

    @BeforeEach
    void data() {
        tag = "Kv" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        today = LocalDate.now(clock);
        login("desk", AppRoles.SERVICE_DESK);
    }

    @Test
    void showsTheProfileOfTheCustomer() {
        Customer customer = individual(tag + " Li Na");
        customer.setEmail("li.na@example.com");
        customer.setExternalId("EXT-" + tag);
        repository.save(customer);

        CustomerView view = open(customer.getId());

        assertThat(view.form.name.getValue()).isEqualTo(tag + " Li Na");
        assertThat(view.form.email.getValue()).isEqualTo("li.na@example.com");
        assertThat(view.form.externalId.getValue()).isEqualTo("EXT-" + tag);
        assertThat(view.form.externalId.isReadOnly()).isTrue();
        assertThat(view.form.birthDate.isVisible()).isTrue();
        assertThat(view.form.foundingDate.isVisible()).isFalse();
        assertThat(view.header.getElement().getTextRecursively()).contains(tag + " Li Na", "Individual", "Never verified");
    }

    @Test
    void badInputShowsTheFieldErrorAndSavesNothing() {
        Customer customer = repository.save(individual(tag + " Valid"));
        CustomerView view = open(customer.getId());

        _setValue(view.form.name, "");
        _setValue(view.form.email, "not-an-email");
        _setValue(view.form.phone, "call me");
        _setValue(view.form.birthDate, today.plusDays(1));
        _click(view.form.save);

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, like name@example.com.");
        assertThat(view.form.phone.getErrorMessage()).startsWith("Enter a phone number");
        assertThat(view.form.birthDate.getErrorMessage()).isEqualTo("The birth date cannot be in the future.");
        Customer stored = repository.findById(customer.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo(tag + " Valid");
        assertThat(stored.getVersion()).isEqualTo(customer.getVersion());
    }

    @Test
    void organizationFoundingDateCannotBeInTheFuture() {
        Customer customer = repository.save(new Customer(CustomerType.ORGANIZATION, tag + " Org", today));
        CustomerView view = open(customer.getId());

        _setValue(view.form.foundingDate, today.plusYears(1));
        _click(view.form.save);

        assertThat(view.form.foundingDate.getErrorMessage()).isEqualTo("The founding date cannot be in the future.");
        assertThat(repository.findById(customer.getId()).orElseThrow().getFoundingDate()).isNull();
    }

    @Test
    void savePersistsTheChange() {
        Customer customer = repository.save(individual(tag + " Before"));
        CustomerView view = open(customer.getId());

        _setValue(view.form.name, tag + " After");
        _setValue(view.form.phone, "+86 138-0013-8000");
        _setValue(view.form.region, "Shanghai");
        _click(view.form.save);

        Customer stored = repository.findById(customer.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo(tag + " After");
        assertThat(stored.getPhone()).isEqualTo("+86 138-0013-8000");
        assertThat(stored.getRegion()).isEqualTo("Shanghai");
        assertThat(view.header.getElement().getTextRecursively()).contains(tag + " After");

        _setValue(view.form.region, "Beijing");
        _click(view.form.save);
        assertThat(repository.findById(customer.getId()).orElseThrow().getRegion()).isEqualTo("Beijing");
    }

    @Test
    void concurrentChangeShowsTheConflictAndKeepsBothSidesUntilReload() {
        Customer customer = repository.save(individual(tag + " Shared"));
        CustomerView view = open(customer.getId());
        Customer theirs = service.find(customer.getId()).orElseThrow();
        theirs.setRegion("Their region");
        service.save(theirs);

        _setValue(view.form.name, tag + " My edit");
        _click(view.form.save);

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getElement().getTextRecursively()).contains("Someone else changed this record");
        assertThat(view.form.name.getValue()).isEqualTo(tag + " My edit");
        Customer stored = repository.findById(customer.getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo(tag + " Shared");
        assertThat(stored.getRegion()).isEqualTo("Their region");

        _click(_get(view.conflict, Button.class, spec -> spec.withText("Reload")));

        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(view.form.name.getValue()).isEqualTo(tag + " Shared");
        assertThat(view.form.region.getValue()).isEqualTo("Their region");
    }

    @Test
    void markVerifiedStampsToday() {
        Customer customer = repository.save(individual(tag + " Verify"));
        CustomerView view = open(customer.getId());
        assertThat(view.header.getElement().getTextRecursively()).contains("Needs verification");

        _click(view.markVerified);

        assertThat(repository.findById(customer.getId()).orElseThrow().getLastVerifiedOn()).isEqualTo(today);
        assertThat(view.header.getElement().getTextRecursively()).doesNotContain("Needs verification");
        // the form now holds the new version, so a later save is not a false conflict
        _setValue(view.form.region, "Hangzhou");
        _click(view.form.save);
        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(repository.findById(customer.getId()).orElseThrow().getRegion()).isEqualTo("Hangzhou");
    }

    @Test
    void markVerifiedWaitsForUnsavedEditsSoTheyAreNotLost() {
        Customer customer = repository.save(individual(tag + " Busy"));
        CustomerView view = open(customer.getId());
        _setValue(view.form.region, "Typed but not saved");

        _click(view.markVerified);

        NotificationsKt.expectNotifications("Save or cancel your changes first, then mark the record verified.");
        assertThat(repository.findById(customer.getId()).orElseThrow().getLastVerifiedOn()).isNull();
        assertThat(view.form.region.getValue()).isEqualTo("Typed but not saved");
    }

    @Test
    void contactsOfAnOrganizationAreAddedAndRemoved() {
        Customer customer = repository.save(new Customer(CustomerType.ORGANIZATION, tag + " Org", today));
        CustomerView view = open(customer.getId());
        assertThat(view.form.contacts.isVisible()).isTrue();

        _click(view.form.contacts.add);
        ContactDialog dialog = _get(ContactDialog.class);
        _setValue(dialog.phone, "bad phone");
        _click(_get(dialog, Button.class, spec -> spec.withText("OK")));
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        _setValue(dialog.name, "Wang Wei");
        _setValue(dialog.role, "Purchasing manager");
        _setValue(dialog.phone, "010 6552 9988");
        _click(_get(dialog, Button.class, spec -> spec.withText("OK")));
        _click(view.form.save);

        Customer stored = service.find(customer.getId()).orElseThrow();
        assertThat(stored.getContacts()).extracting(c -> c.getName() + "/" + c.getRole())
                .containsExactly("Wang Wei/Purchasing manager");

        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.form.contacts.grid, 0, "actions");
        _click((Button) actions.getComponentAt(1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(view.form.contacts.grid)).isZero();
        _click(view.form.save);

        assertThat(service.find(customer.getId()).orElseThrow().getContacts()).isEmpty();
    }

    @Test
    void badIdsShowAClearMessage() {
        UI.getCurrent().navigate("customers/not-a-number");
        assertThat(_get(Paragraph.class).getText()).startsWith("There is no customer with this number");

        UI.getCurrent().navigate("customers/987654321012");
        assertThat(_get(Paragraph.class).getText()).startsWith("There is no customer with this number");
    }

    @Test
    void mergedRecordPointsToTheRecordItWasMergedInto() {
        Customer kept = repository.save(individual(tag + " Kept"));
        Customer duplicate = individual(tag + " Duplicate");
        duplicate.setMergedIntoId(kept.getId());
        repository.save(duplicate);

        UI.getCurrent().navigate("customers/" + duplicate.getId());

        assertThat(_get(Paragraph.class).getText()).contains("was merged into another customer record");
        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Open the record it was merged into"));
        assertThat(link.getHref()).isEqualTo("customers/" + kept.getId());
    }

    private Customer individual(String name) {
        return new Customer(CustomerType.INDIVIDUAL, name, today.minusYears(1));
    }

    private CustomerView open(long id) {
        UI.getCurrent().navigate("customers/" + id);
        return _get(CustomerView.class);
    }
}
