package com.idic.crm.complaint.ui;

import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintDetails;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRow;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.ComplaintSeverity;
import com.idic.crm.complaint.ComplaintStep;
import com.idic.crm.complaint.FollowUpItem;
import com.idic.crm.complaint.NewComplaint;
import com.idic.crm.complaint.RemedyType;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceDeskViewTest extends KaribuTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired JdbcClient jdbc;

    @Test
    void theDeskShowsMyComplaintsNearestDueFirstTheQueueAndTodaysFollowUps() {
        String me = "desk" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        login(me, AppRoles.SERVICE_DESK);
        long customerId = customers.create(new NewCustomer("周明 " + me, CustomerType.INDIVIDUAL));
        long low = service.create(new NewComplaint(customerId, "Low", "x", ComplaintChannel.WEB, ComplaintPriority.LOW));
        long urgent = service.create(new NewComplaint(customerId, "Urgent", "x", ComplaintChannel.WEB, ComplaintPriority.URGENT));
        service.take(low, queries.find(low).orElseThrow().version());
        service.take(urgent, queries.find(urgent).orElseThrow().version());
        long queued = service.create(new NewComplaint(customerId, "Queued", "x", ComplaintChannel.WEB, ComplaintPriority.NORMAL));
        long resolved = resolved(customerId);
        jdbc.sql("UPDATE complaint SET resolved_at = resolved_at - INTERVAL 1 DAY WHERE id = ?").param(resolved).update();

        UI.getCurrent().navigate("service-desk");
        ServiceDeskView view = _get(ServiceDeskView.class);
        assertThat(GridKt._fetch(view.mine, 0, 10)).extracting(ComplaintRow::id).containsExactly(urgent, low);
        assertThat(GridKt._fetch(view.unassigned, 0, 500)).extracting(ComplaintRow::id).contains(queued).doesNotContain(urgent);
        assertThat(GridKt._fetch(view.followUps, 0, 10)).extracting(FollowUpItem::complaintId).containsExactly(resolved);
        assertThat(_find(view, com.vaadin.flow.component.html.H3.class, spec -> spec.withText("Escalation queue"))).isEmpty();
    }

    @Test
    void aManagerAlsoSeesTheEscalationQueue() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate("service-desk");
        assertThat(_find(_get(ServiceDeskView.class), com.vaadin.flow.component.html.H3.class,
                spec -> spec.withText("Escalation queue"))).hasSize(1);
    }

    @Test
    void aMarketerHasNoServiceDesk() {
        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate("service-desk");
        assertThat(_find(ServiceDeskView.class)).isEmpty();
    }

    private long resolved(long customerId) {
        long id = service.create(new NewComplaint(customerId, "Solved", "x", ComplaintChannel.PHONE, ComplaintPriority.NORMAL));
        ComplaintDetails d = service.take(id, queries.find(id).orElseThrow().version());
        d = service.perform(id, d.version(), new ComplaintStep.Record(queries.categories().get(0).id(), null, "Fix", ComplaintSeverity.MINOR));
        d = service.perform(id, d.version(), new ComplaintStep.JudgeValid(null));
        d = service.perform(id, d.version(), new ComplaintStep.ProposeSolution(RemedyType.REPAIR, null, null));
        d = service.perform(id, d.version(), new ComplaintStep.CustomerAccepts(null));
        return service.perform(id, d.version(), new ComplaintStep.Resolve(null)).id();
    }
}
