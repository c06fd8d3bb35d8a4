package com.idic.crm.customer.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.ui.LoginView;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerListViewTest extends KaribuTest {

    @Autowired CustomerRepository repository;
    @Autowired Clock clock;

    String tag;
    LocalDate today;

    @BeforeEach
    void data() {
        tag = "Kl" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        today = LocalDate.now(clock);
    }

    @Test
    void anonymousVisitorMustSignInFirst() {
        UI.getCurrent().navigate("customers");
        _get(LoginView.class);
        _assertNone(CustomerListView.class);
    }

    @Test
    void defaultRouteShowsTheCustomerList() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate("");
        _get(CustomerListView.class);
    }

    @Test
    void textFiltersNarrowTheGrid() {
        save(tag + " Li Na", c -> {
            c.setPhone("139 0000 " + tag.substring(2, 6));
            c.setEmail("li.na." + tag + "@example.com");
        });
        save(tag + " Wang Fang", c -> c.setEmail("wang." + tag + "@example.com"));
        CustomerListView view = openList();

        _setValue(view.filters.name, tag.toLowerCase());
        assertThat(names(view.grid)).containsExactly(tag + " Li Na", tag + " Wang Fang");

        _setValue(view.filters.email, "WANG." + tag);
        assertThat(names(view.grid)).containsExactly(tag + " Wang Fang");

        _setValue(view.filters.email, "");
        _setValue(view.filters.phone, "+86 139-0000-" + tag.substring(2, 4));
        assertThat(names(view.grid)).containsExactly(tag + " Li Na");
    }

    @Test
    void choiceFiltersNarrowTheGrid() {
        String region = "Region " + tag;
        save(tag + " a-org", c -> {
            c.setType(CustomerType.ORGANIZATION);
            c.setRegion(region);
            c.setRelationshipType(RelationshipType.CHANNEL_PARTNER);
            c.setStage(PurchaseStage.MAJOR);
        });
        save(tag + " b-person", c -> c.setRegion(region));
        CustomerListView view = openList();

        _setValue(view.filters.region, region);
        assertThat(names(view.grid)).containsExactly(tag + " a-org", tag + " b-person");
        _setValue(view.filters.type, CustomerType.INDIVIDUAL);
        assertThat(names(view.grid)).containsExactly(tag + " b-person");
        _setValue(view.filters.type, null);
        _setValue(view.filters.relationship, RelationshipType.CHANNEL_PARTNER);
        assertThat(names(view.grid)).containsExactly(tag + " a-org");
        _setValue(view.filters.relationship, null);
        _setValue(view.filters.stage, PurchaseStage.LOST);
        assertThat(names(view.grid)).isEmpty();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No customers match these filters.");
    }

    @Test
    void needsVerificationShowsNeverAndLongAgoVerifiedRecordsWithAMarker() {
        save(tag + " a-never", c -> { });
        save(tag + " b-fresh", c -> c.setLastVerifiedOn(today.minusDays(3)));
        save(tag + " c-old", c -> c.setLastVerifiedOn(today.minusYears(2)));
        CustomerListView view = openList();
        _setValue(view.filters.name, tag);
        assertThat(verifiedCell(view.grid, 0)).contains("Never verified").contains("Needs verification");
        assertThat(verifiedCell(view.grid, 1)).doesNotContain("Needs verification");

        _setValue(view.filters.needsVerification, true);

        assertThat(names(view.grid)).containsExactly(tag + " a-never", tag + " c-old");
    }

    @Test
    void typeBadgeShowsTheTypeInTheUsersLanguage() {
        save(tag + " a-org", c -> c.setType(CustomerType.ORGANIZATION));
        save(tag + " b-person", c -> { });
        CustomerListView view = openList();
        _setValue(view.filters.name, tag);

        assertThat(GridKt._getFormatted(view.grid, 0, "type")).isEqualTo("Organization");
        assertThat(GridKt._getFormatted(view.grid, 1, "type")).isEqualTo("Individual");
    }

    @Test
    void aSearchListsInItsOwnOrderAndTurnsColumnSortingOffWhileItLasts() {
        save(tag + " b", c -> c.setRegion("A " + tag));
        save(tag + " a", c -> c.setRegion("B " + tag));
        CustomerListView view = openList();
        Grid.Column<CustomerRow> region = view.grid.getColumnByKey("region");
        view.grid.sort(GridSortOrder.desc(region).build());

        _setValue(view.filters.name, tag);

        assertThat(names(view.grid)).containsExactly(tag + " a", tag + " b");
        assertThat(view.grid.getSortOrder()).isEmpty();
        assertThat(region.isSortable()).isFalse();
        assertThat(view.grid.getColumnByKey("name").isSortable()).isFalse();

        _setValue(view.filters.name, "");
        assertThat(region.isSortable()).isTrue();
    }

    @Test
    void clickingARowOpensTheCustomerPage() {
        Customer customer = save(tag + " Open me", c -> { });
        CustomerListView view = openList();
        _setValue(view.filters.name, tag);

        GridKt._clickItem(view.grid, 0);

        assertThat(_get(CustomerView.class).form.name.getValue()).isEqualTo(tag + " Open me");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("customers/" + customer.getId());
    }

    @Test
    void newCustomerButtonCreatesTheRecordAndOpensIt() {
        openList();
        _click(_get(Button.class, spec -> spec.withText("New customer")));
        NewCustomerDialog dialog = _get(NewCustomerDialog.class);
        _click(_get(Button.class, spec -> spec.withText("Create")));
        assertThat(dialog.name.isInvalid()).isTrue();

        _setValue(dialog.name, tag + " Brand new");
        _setValue(dialog.type, CustomerType.ORGANIZATION);
        _click(_get(Button.class, spec -> spec.withText("Create")));

        CustomerView page = _get(CustomerView.class);
        assertThat(page.form.name.getValue()).isEqualTo(tag + " Brand new");
        assertThat(page.form.type.getValue()).isEqualTo(CustomerType.ORGANIZATION);
    }

    @Test
    void onlyManagersSeeTheVerificationPeriodSetting() {
        openList();
        _assertNone(Button.class, spec -> spec.withText("Verification period"));
    }

    @Test
    void managerChangesTheVerificationPeriodWithinBounds() {
        login("boss", AppRoles.MANAGER);
        UI.getCurrent().navigate("customers");
        _click(_get(Button.class, spec -> spec.withText("Verification period")));
        VerificationSettingsDialog dialog = _get(VerificationSettingsDialog.class);
        int before = dialog.days.getValue();
        try {
            _setValue(dialog.days, 0);
            _click(_get(Button.class, spec -> spec.withText("Save")));
            assertThat(dialog.days.isInvalid()).isTrue();
            assertThat(dialog.days.getErrorMessage()).isEqualTo("Enter a whole number of days from 1 to 3650.");

            _setValue(dialog.days, 90);
            _click(_get(Button.class, spec -> spec.withText("Save")));
            assertThat(dialog.isOpened()).isFalse();
            _click(_get(Button.class, spec -> spec.withText("Verification period")));
            assertThat(_get(VerificationSettingsDialog.class).days.getValue()).isEqualTo(90);
        } finally {
            context.getBean(com.idic.crm.customer.VerificationSettings.class).changeStaleAfterDays(before);
        }
    }

    private CustomerListView openList() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate("customers");
        return _get(CustomerListView.class);
    }

    private Customer save(String name, Consumer<Customer> setup) {
        Customer customer = new Customer(CustomerType.INDIVIDUAL, name, today.minusYears(3));
        setup.accept(customer);
        return repository.save(customer);
    }

    private static String verifiedCell(Grid<CustomerRow> grid, int row) {
        return GridKt._getFormatted(grid, row, "lastVerifiedOn");
    }

    private static List<String> names(Grid<CustomerRow> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }
}
