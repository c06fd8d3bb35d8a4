package com.idic.crm.complaint;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.interaction.CustomerTimeline;
import com.idic.crm.interaction.TimelineCursor;
import com.idic.crm.security.AppRoles;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
class AtRiskMarksTest {

    @Autowired AtRiskMarks marks;
    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired CustomerTimeline timeline;

    @Test
    void anUnhappyFollowUpMarksTheCustomerAndAHappyOneDoesNot() {
        long unhappy = customer();
        long happy = customer();
        long complaint = followedUp(unhappy, 2);
        followedUp(happy, 3);

        assertThat(marks.of(unhappy)).get().satisfies(mark -> {
            assertThat(mark.complaintId()).isEqualTo(complaint);
            assertThat(mark.satisfaction()).isEqualTo(2);
        });
        assertThat(marks.of(happy)).isEmpty();
    }

    @Test
    void clearingWithAReasonRemovesTheMarkAndIsKeptInTheComplaintHistoryAndOnTheTimeline() {
        long customer = customer();
        long complaint = followedUp(customer, 1);
        AtRiskMark mark = marks.of(customer).orElseThrow();

        marks.clear(customer, mark.since(), "  Called back, a voucher made up for it  ");

        assertThat(marks.of(customer)).isEmpty();
        assertThat(queries.figuresOf(customer).atRisk()).isFalse();
        assertThat(queries.history(complaint)).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(HistoryKind.AT_RISK_CLEARED);
            assertThat(line.username()).isEqualTo("desk");
            assertThat(line.note()).isEqualTo("Called back, a voucher made up for it");
        });
        TimelineEntry newest = timeline.page(customer, TimelineCursor.START, 5, Locale.ENGLISH).entries().get(0);
        assertThat(newest.title()).isEqualTo("At-risk mark cleared (complaint #" + complaint + ")");
        assertThat(newest.detail()).isEqualTo("Called back, a voucher made up for it \u2014 desk");
        assertThat(newest.route()).isEqualTo("complaints/" + complaint);
    }

    @Test
    void aMarkClearedMeanwhileOrSetAgainIsNotClearedOnStaleSight() {
        long customer = customer();
        followedUp(customer, 2);
        AtRiskMark seen = marks.of(customer).orElseThrow();
        marks.clear(customer, seen.since(), "Sorted out on the phone");

        assertThatThrownBy(() -> marks.clear(customer, seen.since(), "Cleared twice"))
                .isInstanceOf(ComplaintRefusedException.class)
                .satisfies(e -> assertThat(((ComplaintRefusedException) e).messageKey()).isEqualTo("complaint.atRisk.changed"));

        long again = followedUp(customer, 1);
        assertThatThrownBy(() -> marks.clear(customer, seen.since(), "Decided on the old mark"))
                .isInstanceOf(ComplaintRefusedException.class);
        assertThat(marks.of(customer)).get().extracting(AtRiskMark::complaintId).isEqualTo(again);
    }

    @Test
    void aBlankOrOverlongReasonIsRefusedAndTheMarkStays() {
        long customer = customer();
        followedUp(customer, 2);
        AtRiskMark mark = marks.of(customer).orElseThrow();

        assertThatThrownBy(() -> marks.clear(customer, mark.since(), " ")).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> marks.clear(customer, mark.since(), "x".repeat(AtRiskMarks.REASON_MAX + 1)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(marks.of(customer)).contains(mark);
    }

    @Test
    void marketersAndAdministratorsSeeTheMarkButCannotClearIt() {
        long customer = customer();
        followedUp(customer, 2);
        AtRiskMark mark = marks.of(customer).orElseThrow();

        for (String role : new String[] {AppRoles.MARKETER, AppRoles.ADMIN}) {
            signIn(role);
            assertThat(marks.of(customer)).contains(mark);
            assertThatThrownBy(() -> marks.clear(customer, mark.since(), "Not mine to clear")).isInstanceOf(AccessDeniedException.class);
        }
        signIn(AppRoles.MANAGER);
        marks.clear(customer, mark.since(), "Manager called back");
        assertThat(marks.of(customer)).isEmpty();
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(role.toLowerCase(),
                "password", AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    private long customer() {
        return customers.create(new NewCustomer("At risk " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
    }

    private long followedUp(long customerId, int satisfaction) {
        return FollowedUpComplaints.followedUp(service, queries, customerId, satisfaction);
    }
}
