package com.idic.crm.complaint.ui;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.idic.crm.complaint.ComplaintAction;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintDetails;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.ComplaintSeverity;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.NewComplaint;
import com.idic.crm.complaint.RemedyType;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintViewTest extends KaribuTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired JdbcClient jdbc;

    private long newComplaint() {
        long customerId = customers.create(new NewCustomer("王芳 " + ThreadLocalRandom.current().nextInt(1000, 9999), CustomerType.INDIVIDUAL));
        return service.create(new NewComplaint(customerId, "Teapot lid cracked", "The lid arrived cracked in two places.",
                ComplaintChannel.PHONE, ComplaintPriority.HIGH));
    }

    private ComplaintView open(long id) {
        UI.getCurrent().navigate("complaints/" + id);
        return _get(ComplaintView.class);
    }

    private void step(ComplaintAction action) {
        ComplaintView view = _get(ComplaintView.class);
        _click(_get(view.actions, Button.class, spec -> spec.withText(ComplaintTexts.of(view, action))));
    }

    private StepDialog dialog() {
        return _get(StepDialog.class);
    }

    private ComplaintStatus status(long id) {
        return queries.find(id).orElseThrow().status();
    }

    @Test
    void aClerkWalksAComplaintThroughAllFourStepsOnThePage() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newComplaint();
        ComplaintView view = open(id);
        assertThat(_get(view.header, com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("#" + id + " \u00b7 Teapot lid cracked");
        // the first-response clock of a HIGH complaint: 4 hours, a few seconds of which have passed
        assertThat(_find(view.body, Span.class, spec -> spec.withClasses("sla-clock-line"))).extracting(Span::getText)
                .first().asString().matches("(4 h 0|3 h 59) min left");

        _click(_get(view.actions, Button.class, spec -> spec.withText("Take it")));
        step(ComplaintAction.RECORD);
        StepDialog record = dialog();
        record.category.setValue(queries.categories().get(0));
        record.productOrOrder.setValue("SO-20931");
        record.text.setValue("A new lid, quickly");
        record.severity.setValue(ComplaintSeverity.MODERATE);
        _click(record.confirm);
        assertThat(status(id)).isEqualTo(ComplaintStatus.RECORDED);
        assertThat(_find(view.body, Span.class, spec -> spec.withText("A new lid, quickly"))).isNotEmpty();

        step(ComplaintAction.JUDGE_VALID);
        _click(dialog().confirm);
        step(ComplaintAction.PROPOSE_SOLUTION);
        StepDialog propose = dialog();
        propose.remedy.setValue(RemedyType.REFUND);
        propose.amount.setValue(new BigDecimal("-5"));
        _click(propose.confirm);
        assertThat(propose.amount.isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo(ComplaintStatus.VALID);
        propose.amount.setValue(new BigDecimal("128.50"));
        _click(propose.confirm);
        step(ComplaintAction.CUSTOMER_ACCEPTS);
        _click(dialog().confirm);
        step(ComplaintAction.RESOLVE);
        _click(dialog().confirm);
        assertThat(status(id)).isEqualTo(ComplaintStatus.RESOLVED);

        step(ComplaintAction.FOLLOW_UP);
        StepDialog followUp = dialog();
        _click(followUp.confirm);
        assertThat(followUp.satisfaction.isInvalid()).isTrue();
        followUp.satisfaction.setValue(5);
        followUp.text.setValue("Very kind service");
        _click(followUp.confirm);
        step(ComplaintAction.CLOSE);
        _click(dialog().confirm);

        ComplaintDetails closed = queries.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.remedyAmount()).isEqualByComparingTo("128.50");
        assertThat(closed.satisfaction()).isEqualTo(5);
        assertThat(closed.assignee()).isEqualTo("desk");
        assertThat(_find(view.body, Span.class, spec -> spec.withText("Solution accepted \u2192 Resolved"))).hasSize(1);
        assertThat(_find(view.body, Span.class, spec -> spec.withText("Very kind service"))).isNotEmpty();
        assertThat(_find(view.body.getChildren().filter(StepIndicator.class::isInstance).findFirst().orElseThrow(),
                com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("step done"))).hasSize(4);
    }

    @Test
    void anInvalidComplaintNeedsAReasonAndIsClosedWithIt() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newComplaint();
        ComplaintView view = open(id);
        step(ComplaintAction.RECORD);
        StepDialog record = dialog();
        _click(record.confirm);
        assertThat(record.text.isInvalid()).isTrue();
        assertThat(record.category.isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo(ComplaintStatus.RECEIVED);
        record.category.setValue(queries.categories().get(1));
        record.text.setValue("Compensation");
        record.severity.setValue(ComplaintSeverity.MINOR);
        _click(record.confirm);

        step(ComplaintAction.JUDGE_INVALID);
        StepDialog invalid = dialog();
        _click(invalid.confirm);
        assertThat(invalid.text.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(status(id)).isEqualTo(ComplaintStatus.RECORDED);
        invalid.text.setValue("The parcel was signed for in good condition.");
        _click(invalid.confirm);

        assertThat(status(id)).isEqualTo(ComplaintStatus.INVALID);
        assertThat(_find(view.body, Span.class, spec -> spec.withText("The parcel was signed for in good condition."))).isNotEmpty();
        assertThat(_find(view.actions, Button.class, spec -> spec.withText("Reopen"))).isEmpty();
    }

    @Test
    void aResolvedComplaintIsReopenedWithItsCountShown() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = resolvedComplaint();
        ComplaintView view = open(id);
        step(ComplaintAction.REOPEN);
        StepDialog reopen = dialog();
        reopen.text.setValue("The replacement lid is cracked as well");
        _click(reopen.confirm);

        assertThat(status(id)).isEqualTo(ComplaintStatus.VALID);
        assertThat(_find(view.header, Span.class, spec -> spec.withText("Reopened 1\u00d7"))).hasSize(1);
    }

    @Test
    void aReopenAfterTheWindowIsNotOfferedAndRefusedWithTheReasonIfTriedAnyway() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = resolvedComplaint();
        ComplaintView view = open(id);
        step(ComplaintAction.REOPEN);
        StepDialog reopen = dialog();
        reopen.text.setValue("Again");
        // the window closes while the dialog is open
        jdbc.sql("UPDATE complaint SET resolved_at = resolved_at - INTERVAL 40 DAY WHERE id = ?").param(id).update();
        _click(reopen.confirm);

        assertThat(status(id)).isEqualTo(ComplaintStatus.RESOLVED);
        NotificationsKt.expectNotifications("This complaint can no longer be reopened: complaints can be reopened within 30 days"
                + " of being resolved. Please open a new complaint instead.");
        open(id);
        assertThat(_find(_get(ComplaintView.class).actions, Button.class, spec -> spec.withText("Reopen"))).isEmpty();
    }

    @Test
    void aColleaguesChangeFirstShowsTheConflictAndKeepsTheDialogInput() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newComplaint();
        ComplaintView view = open(id);
        step(ComplaintAction.WAIT_FOR_CUSTOMER);
        StepDialog wait = dialog();
        wait.text.setValue("Photo of the lid");
        service.changePriority(id, queries.find(id).orElseThrow().version(), ComplaintPriority.URGENT, null);
        _click(wait.confirm);

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(wait.isOpened()).isTrue();
        assertThat(wait.text.getValue()).isEqualTo("Photo of the lid");
        assertThat(status(id)).isEqualTo(ComplaintStatus.RECEIVED);
        _click(_get(view.conflict, Button.class, spec -> spec.withText("Reload")));
        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(_find(view.header, Span.class, spec -> spec.withText("Urgent"))).hasSize(1);
    }

    @Test
    void theAssigneeSetsTheResolutionDueOnThePageAndADateInThePastIsRefused() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newComplaint();
        service.take(id, queries.find(id).orElseThrow().version());
        ComplaintView view = open(id);
        _click(_get(view.body, Button.class, spec -> spec.withText("Change due dates")));
        DueDateDialog dialog = _get(DueDateDialog.class);
        LocalDateTime yesterday = LocalDateTime.now().minusDays(1).truncatedTo(ChronoUnit.MINUTES);
        dialog.resolution.setValue(yesterday);
        dialog.reason.setValue("Customer agreed to wait for the new lid");
        _click(dialog.save);

        NotificationsKt.expectNotifications("The new due date for \"Resolution\" must be in the future. Nothing was saved.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.getValue()).isEqualTo("Customer agreed to wait for the new lid");
        assertThat(queries.find(id).orElseThrow().clocks().get(1).manualDue()).isFalse();

        LocalDateTime agreed = LocalDateTime.now().plusDays(5).withHour(17).truncatedTo(ChronoUnit.HOURS);
        dialog.resolution.setValue(agreed);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        ComplaintDetails saved = queries.find(id).orElseThrow();
        assertThat(saved.clocks().get(1).due()).isEqualTo(agreed.atZone(ZoneId.systemDefault()).toInstant());
        assertThat(saved.clocks().get(0).manualDue()).isFalse();
        assertThat(_find(view.body, Span.class, spec -> spec.withClasses("sla-due-manual"))).singleElement()
                .extracting(Span::getText).asString().endsWith("(set by hand)");
        assertThat(_find(view.body, Span.class, spec -> spec.withClasses("history-note")))
                .extracting(Span::getText).contains("Customer agreed to wait for the new lid");
        assertThat(_find(view.body, Span.class, spec -> spec.withClasses("history-what")))
                .extracting(Span::getText).anyMatch(text -> text.startsWith("Due date of Resolution set by hand:"));
    }

    @Test
    void aClerkWhoIsNotTheAssigneeIsNotOfferedToChangeDueDates() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newComplaint();
        ComplaintView view = open(id);
        assertThat(_find(view.body, Button.class, spec -> spec.withText("Change due dates"))).isEmpty();
        login("manager", AppRoles.MANAGER);
        view = open(id);
        assertThat(_find(view.body, Button.class, spec -> spec.withText("Change due dates"))).hasSize(1);
    }

    @Test
    void aMarketerSeesTheComplaintButNoActions() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newComplaint();
        service.take(id, queries.find(id).orElseThrow().version());
        login("marketer", AppRoles.MARKETER);
        ComplaintView view = open(id);
        assertThat(_find(view.actions, Button.class)).isEmpty();
        assertThat(_find(view.body, Button.class, spec -> spec.withText("Change due dates"))).isEmpty();
        assertThat(_find(view.header, com.vaadin.flow.component.html.H2.class)).hasSize(1);
    }

    @Test
    void theChineseComplaintPageSpeaksChinese() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        long id = newComplaint();
        ComplaintView view = open(id);
        assertThat(_find(view.actions, Button.class, spec -> spec.withText("记录投诉要点"))).hasSize(1);
        assertThat(_find(view.body, Span.class, spec -> spec.withClasses("sla-clock-line"))).extracting(Span::getText)
                .first().asString().matches("剩余 (4 小时 0|3 小时 59) 分钟");
    }

    private long resolvedComplaint() {
        long id = newComplaint();
        ComplaintDetails d = service.take(id, queries.find(id).orElseThrow().version());
        d = service.perform(id, d.version(), new com.idic.crm.complaint.ComplaintStep.Record(queries.categories().get(0).id(), null,
                "New lid", ComplaintSeverity.MINOR));
        for (var step : List.of(new com.idic.crm.complaint.ComplaintStep.JudgeValid(null),
                new com.idic.crm.complaint.ComplaintStep.ProposeSolution(RemedyType.REPLACEMENT, null, null),
                new com.idic.crm.complaint.ComplaintStep.CustomerAccepts(null), new com.idic.crm.complaint.ComplaintStep.Resolve(null))) {
            d = service.perform(id, d.version(), step);
        }
        return id;
    }
}
