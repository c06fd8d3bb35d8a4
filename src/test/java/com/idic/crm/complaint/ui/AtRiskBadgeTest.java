package com.idic.crm.complaint.ui;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.complaint.AtRiskMarks;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.FollowedUpComplaints;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.ui.CustomerView;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.shared.Tooltip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class AtRiskBadgeTest extends KaribuTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired AtRiskMarks marks;

    @Test
    void anUnhappyFollowUpPutsTheBadgeInTheCustomerHeaderAndClearingItWithAReasonRemovesIt() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customer();
        long complaint = FollowedUpComplaints.followedUp(service, queries, id, 2);

        AtRiskBadgeView view = open(id);
        assertThat(view.badge.getText()).startsWith("At risk since ");
        assertThat(Tooltip.forComponent(view.badge).getText())
                .isEqualTo("The follow-up of complaint #" + complaint + " was rated 2 of 5. Clear the mark once a call-back has gone well.");
        assertThat(view.clear.isVisible()).isTrue();

        _click(view.clear);
        _click(view.confirm);
        assertThat(view.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Say why the customer is no longer at risk.");
        assertThat(marks.of(id)).isPresent();

        view.reason.setValue("Called back; the new kettle works and she is happy again");
        _click(view.confirm);

        expectNotifications("At-risk mark cleared.");
        assertThat(view.isAttached()).isFalse();
        assertThat(marks.of(id)).isEmpty();
        openWithoutBadge(id);
    }

    @Test
    void aHappyFollowUpPutsNoBadge() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customer();
        FollowedUpComplaints.followedUp(service, queries, id, 3);

        openWithoutBadge(id);
    }

    @Test
    void aMarketerSeesTheBadgeInChineseButCannotClearIt() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customer();
        FollowedUpComplaints.followedUp(service, queries, id, 1);

        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        AtRiskBadgeView view = open(id);

        assertThat(view.badge.getText()).startsWith("自 ").endsWith(" 起有流失风险");
        assertThat(view.clear.isVisible()).isFalse();
    }

    @Test
    void aMarkClearedByAColleagueMeanwhileIsToldAndTheBadgeGoes() {
        login("manager", AppRoles.MANAGER);
        long id = customer();
        FollowedUpComplaints.followedUp(service, queries, id, 2);
        AtRiskBadgeView view = open(id);
        marks.clear(id, marks.of(id).orElseThrow().since(), "Colleague called back first");

        _click(view.clear);
        view.reason.setValue("I called back too");
        _click(view.confirm);

        expectNotifications("The at-risk mark was cleared or set again by a colleague meanwhile; nothing was changed. "
                + "Look at the mark as it is now.");
        assertThat(view.isAttached()).isFalse();
    }

    private AtRiskBadgeView open(long id) {
        UI.getCurrent().navigate("customers/" + id);
        return _get(_get(CustomerView.class), AtRiskBadgeView.class);
    }

    private void openWithoutBadge(long id) {
        UI.getCurrent().navigate("customers/" + id);
        _assertNone(AtRiskBadgeView.class);
    }

    private long customer() {
        return customers.create(new NewCustomer("Risky " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
    }
}
