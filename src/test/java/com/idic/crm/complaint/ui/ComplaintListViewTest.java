package com.idic.crm.complaint.ui;

import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRow;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.NewComplaint;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintListViewTest extends KaribuTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;

    @Test
    void myComplaintsAndTheUnassignedQueueAreFilteredAndSortedInTheList() {
        login("desk", AppRoles.SERVICE_DESK);
        String tag = "L" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long customerId = customers.create(new NewCustomer("李娜 " + tag, CustomerType.INDIVIDUAL));
        long mine = service.create(new NewComplaint(customerId, "Mine " + tag, "x", ComplaintChannel.EMAIL, ComplaintPriority.URGENT));
        service.take(mine, queries.find(mine).orElseThrow().version());
        long queued = service.create(new NewComplaint(customerId, "Queued " + tag, "x", ComplaintChannel.WEB, ComplaintPriority.LOW));

        UI.getCurrent().navigate("complaints");
        ComplaintListView view = _get(ComplaintListView.class);
        view.scope.setValue(ComplaintListView.Scope.MINE);
        assertThat(rows(view)).extracting(ComplaintRow::id).contains(mine).doesNotContain(queued);
        view.scope.setValue(ComplaintListView.Scope.UNASSIGNED);
        assertThat(rows(view)).extracting(ComplaintRow::id).contains(queued).doesNotContain(mine);
        view.scope.setValue(ComplaintListView.Scope.ALL);
        view.priority.setValue(ComplaintPriority.URGENT);
        assertThat(rows(view)).extracting(ComplaintRow::id).contains(mine).doesNotContain(queued);
        view.priority.clear();
        GridKt._sortByKey(view.grid, "receivedAt", SortDirection.DESCENDING);
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(queued);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Queued " + tag, "李娜 " + tag, "Received", "Low", "Unassigned");
    }

    @Test
    void everyRoleThatOpensTheListCanExportIt() {
        for (String role : new String[]{AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER}) {
            login("export-" + role.toLowerCase(), role);
            UI.getCurrent().navigate("complaints");
            ComplaintListView view = _get(ComplaintListView.class);
            assertThat(view.export.getHref()).as(role).isNotBlank();
            assertThat(_get(view.export, Button.class).getText()).isEqualTo("Export to Excel");
        }
    }

    @Test
    void theUnassignedQueueOpensFromItsAddress() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate("complaints", com.vaadin.flow.router.QueryParameters.of("scope", "unassigned"));
        assertThat(_get(ComplaintListView.class).scope.getValue()).isEqualTo(ComplaintListView.Scope.UNASSIGNED);
    }

    @Test
    void aNewComplaintIsTakenInFromTheListAndOpened() {
        login("desk", AppRoles.SERVICE_DESK);
        String name = "张伟 " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long customerId = customers.create(new NewCustomer(name, CustomerType.INDIVIDUAL));
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, spec -> spec.withText("New complaint")));
        NewComplaintDialog dialog = _get(NewComplaintDialog.class);
        _click(dialog.save);
        assertThat(dialog.customer.isInvalid()).isTrue();
        assertThat(dialog.subject.isInvalid()).isTrue();
        assertThat(queries.count(com.idic.crm.complaint.ComplaintFilter.ofCustomer(customerId))).isZero();

        dialog.customer.setValue(customers.page(new com.idic.crm.customer.CustomerFilter(name, null, null, null, null, null, null, false),
                org.springframework.data.domain.PageRequest.of(0, 1)).get(0));
        dialog.subject.setValue("Delivery two weeks late");
        dialog.description.setValue("Ordered for the Spring Festival, arrived after it.");
        dialog.priority.setValue(ComplaintPriority.HIGH);
        _click(dialog.save);

        assertThat(queries.count(com.idic.crm.complaint.ComplaintFilter.ofCustomer(customerId))).isEqualTo(1);
        assertThat(_get(ComplaintView.class).header.getElement().getTextRecursively()).contains("Delivery two weeks late", name);
    }

    @Test
    void aMarketerCanReadTheListButNotTakeInComplaints() {
        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate("complaints");
        assertThat(_find(Button.class, spec -> spec.withText("New complaint"))).isEmpty();
        assertThat(_find(ComplaintListView.class)).hasSize(1);
    }

    private static java.util.List<ComplaintRow> rows(ComplaintListView view) {
        return GridKt._fetch(view.grid, 0, 200);
    }
}
