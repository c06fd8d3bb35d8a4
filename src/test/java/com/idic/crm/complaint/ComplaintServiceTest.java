package com.idic.crm.complaint;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.AppRoles;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
class ComplaintServiceTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired JdbcClient jdbc;

    private long customer() {
        return customers.create(new NewCustomer("Complainer " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
    }

    private long complaint(long customerId, ComplaintPriority priority) {
        return service.create(new NewComplaint(customerId, "Teapot cracked", "The lid of the teapot arrived cracked.",
                ComplaintChannel.PHONE, priority));
    }

    private long category() {
        return queries.categories().get(0).id();
    }

    private ComplaintDetails find(long id) {
        return queries.find(id).orElseThrow();
    }

    @Test
    void aComplaintWalksThroughTheFourStepsWithEveryChangeInItsHistory() {
        long id = complaint(customer(), ComplaintPriority.HIGH);
        ComplaintDetails received = find(id);
        assertThat(received.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(received.clocks().get(0).target()).isEqualTo(Duration.ofHours(4));
        assertThat(received.clocks().get(1).target()).isEqualTo(Duration.ofHours(24));
        assertThat(received.clocks().get(1).due()).isEqualTo(received.receivedAt().plus(Duration.ofHours(24)));

        ComplaintDetails d = service.take(id, received.version());
        d = service.perform(id, d.version(), new ComplaintStep.Record(category(), "SO-1042", "A new lid", ComplaintSeverity.MODERATE));
        assertThat(d.clocks().get(0).state()).isEqualTo(SlaState.MET);
        d = service.perform(id, d.version(), new ComplaintStep.JudgeValid("Photo shows the crack"));
        d = service.perform(id, d.version(), new ComplaintStep.ProposeSolution(RemedyType.REPLACEMENT, null, "Send a new lid"));
        d = service.perform(id, d.version(), new ComplaintStep.CustomerDeclines("Wants a refund instead"));
        assertThat(d.status()).isEqualTo(ComplaintStatus.VALID);
        d = service.perform(id, d.version(), new ComplaintStep.ProposeSolution(RemedyType.REFUND, new BigDecimal("88.00"), null));
        d = service.perform(id, d.version(), new ComplaintStep.CustomerAccepts(null));
        d = service.perform(id, d.version(), new ComplaintStep.Resolve("Refund paid"));
        assertThat(d.clocks().get(1).state()).isEqualTo(SlaState.MET);
        d = service.perform(id, d.version(), new ComplaintStep.FollowUp(4, "Happy with the refund"));
        d = service.perform(id, d.version(), new ComplaintStep.Close(null));

        assertThat(d.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(d.assignee()).isEqualTo("desk");
        assertThat(d.remedyAmount()).isEqualByComparingTo("88.00");
        assertThat(d.satisfaction()).isEqualTo(4);
        List<HistoryLine> history = queries.history(id);
        assertThat(history).filteredOn(line -> line.kind() == HistoryKind.STATUS).extracting(HistoryLine::to)
                .containsExactly("CLOSED", "FOLLOWED_UP", "RESOLVED", "SOLUTION_ACCEPTED", "SOLUTION_PROPOSED", "VALID",
                        "SOLUTION_PROPOSED", "VALID", "RECORDED");
        assertThat(history).extracting(HistoryLine::username).containsOnly("desk");
        assertThat(history).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(HistoryKind.ASSIGNEE);
            assertThat(line.to()).isEqualTo("desk");
        });
        assertThat(history).anySatisfy(line -> {
            assertThat(line.field()).isEqualTo("remedyAmount");
            assertThat(line.to()).isEqualTo("88.00");
        });
        assertThat(history).anySatisfy(line -> assertThat(line.note()).isEqualTo("Wants a refund instead"));
        assertThat(history.get(history.size() - 1).kind()).isEqualTo(HistoryKind.CREATED);
    }

    @Test
    void anIllegalTransitionIsRefusedAndNothingChanges() {
        long id = complaint(customer(), ComplaintPriority.NORMAL);
        long version = find(id).version();

        assertThatThrownBy(() -> service.perform(id, version, new ComplaintStep.Resolve(null)))
                .isInstanceOf(ComplaintRefusedException.class)
                .satisfies(e -> assertThat(((ComplaintRefusedException) e).messageKey()).isEqualTo("complaint.refused.transition"));
        assertThat(find(id).status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(find(id).version()).isEqualTo(version);
        assertThat(queries.history(id)).hasSize(1);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long customerId = customer();
        long before = queries.count(ComplaintFilter.ofCustomer(customerId));
        assertThatThrownBy(() -> service.create(new NewComplaint(customerId, " ", "text", ComplaintChannel.WEB, ComplaintPriority.LOW)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.create(new NewComplaint(customerId, "x".repeat(201), "text", ComplaintChannel.WEB, ComplaintPriority.LOW)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.create(new NewComplaint(-5L, "Subject", "text", ComplaintChannel.WEB, ComplaintPriority.LOW)))
                .isInstanceOf(ComplaintRefusedException.class)
                .satisfies(e -> assertThat(((ComplaintRefusedException) e).messageKey()).isEqualTo("complaint.refused.unknownCustomer"));
        assertThat(queries.count(ComplaintFilter.ofCustomer(customerId))).isEqualTo(before);

        long id = complaint(customerId, ComplaintPriority.LOW);
        ComplaintDetails d = service.perform(id, find(id).version(), new ComplaintStep.Record(category(), null, "Money back", ComplaintSeverity.MINOR));
        long version = service.perform(id, d.version(), new ComplaintStep.JudgeValid(null)).version();
        assertThatThrownBy(() -> service.perform(id, version, new ComplaintStep.ProposeSolution(RemedyType.REFUND, new BigDecimal("-1.00"), null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(find(id).status()).isEqualTo(ComplaintStatus.VALID);
        assertThat(find(id).remedyAmount()).isNull();
    }

    @Test
    void satisfactionOutsideOneToFiveIsRefused() {
        long id = resolved(customer());
        long version = find(id).version();
        assertThatThrownBy(() -> service.perform(id, version, new ComplaintStep.FollowUp(6, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.perform(id, version, new ComplaintStep.FollowUp(0, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(find(id).status()).isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndTheOtherUsersChangeKept() {
        long id = complaint(customer(), ComplaintPriority.NORMAL);
        long seen = find(id).version();
        service.changePriority(id, seen, ComplaintPriority.URGENT, "Customer is a hospital");

        assertThatThrownBy(() -> service.changePriority(id, seen, ComplaintPriority.LOW, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(find(id).priority()).isEqualTo(ComplaintPriority.URGENT);
        assertThat(find(id).clocks().get(0).target()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void waitingOnTheCustomerPausesBothClocksAndTheReplyResumesWhereItWaited() {
        long id = complaint(customer(), ComplaintPriority.NORMAL);
        ComplaintDetails d = service.perform(id, find(id).version(), new ComplaintStep.Record(category(), null, "Refund", ComplaintSeverity.MINOR));
        d = service.perform(id, d.version(), new ComplaintStep.WaitForCustomer("Asked for a photo of the receipt"));
        assertThat(d.status()).isEqualTo(ComplaintStatus.WAITING_ON_CUSTOMER);
        assertThat(d.clocks().get(1).paused()).isTrue();
        assertThat(d.clocks().get(1).due()).isNull();
        assertThat(d.pauses()).singleElement().satisfies(p -> assertThat(p.end()).isNull());

        d = service.perform(id, d.version(), new ComplaintStep.CustomerReplied("Photo received"));
        assertThat(d.status()).isEqualTo(ComplaintStatus.RECORDED);
        assertThat(d.pauses()).singleElement().satisfies(p -> assertThat(p.end()).isNotNull());
        Duration paused = Duration.between(d.pauses().get(0).start(), d.pauses().get(0).end());
        assertThat(d.clocks().get(1).due()).isEqualTo(d.receivedAt().plus(Duration.ofHours(72)).plus(paused));
    }

    @Test
    void aDuplicatePointsAtTheSurvivingComplaintWhichMustBeAnother() {
        long customerId = customer();
        long survivor = complaint(customerId, ComplaintPriority.NORMAL);
        long copy = complaint(customerId, ComplaintPriority.NORMAL);

        assertThatThrownBy(() -> service.perform(copy, find(copy).version(), new ComplaintStep.MarkDuplicate(copy)))
                .isInstanceOf(ComplaintRefusedException.class);
        ComplaintDetails d = service.perform(copy, find(copy).version(), new ComplaintStep.MarkDuplicate(survivor));
        assertThat(d.status()).isEqualTo(ComplaintStatus.DUPLICATE);
        assertThat(d.duplicateOfId()).isEqualTo(survivor);
        long third = complaint(customerId, ComplaintPriority.NORMAL);
        assertThatThrownBy(() -> service.perform(third, find(third).version(), new ComplaintStep.MarkDuplicate(copy)))
                .isInstanceOf(ComplaintRefusedException.class);
    }

    @Test
    void aResolvedComplaintReopensWithItsCountAndTheResolutionClockRunsAgain() {
        long id = resolved(customer());
        ComplaintDetails d = service.perform(id, find(id).version(), new ComplaintStep.Reopen("The new lid is cracked too"));

        assertThat(d.status()).isEqualTo(ComplaintStatus.VALID);
        assertThat(d.reopenCount()).isEqualTo(1);
        assertThat(d.resolvedAt()).isNull();
        assertThat(d.clocks().get(1).state()).isEqualTo(SlaState.ONGOING);
        assertThat(d.pauses()).hasSize(1);
    }

    @Test
    void aReopenAfterTheWindowIsRefused() {
        long id = resolved(customer());
        jdbc.sql("UPDATE complaint SET resolved_at = resolved_at - INTERVAL 31 DAY WHERE id = ?").param(id).update();

        assertThatThrownBy(() -> service.perform(id, find(id).version(), new ComplaintStep.Reopen("Again")))
                .isInstanceOf(ComplaintRefusedException.class)
                .satisfies(e -> assertThat(((ComplaintRefusedException) e).messageKey()).isEqualTo("complaint.refused.reopenWindow"));
        assertThat(find(id).status()).isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void anUnhappyFollowUpCreatesACallBackTaskAndMarksTheCustomerAtRisk() {
        long customerId = customer();
        long id = resolved(customerId);
        service.perform(id, find(id).version(), new ComplaintStep.FollowUp(2, "Still unhappy"));

        assertThat(jdbc.sql("SELECT owner FROM complaint_callback_task WHERE complaint_id = ?").param(id)
                .query(String.class).list()).containsExactly("desk");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM complaint_customer_at_risk WHERE customer_id = ?").param(customerId)
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(queries.history(id)).anySatisfy(line -> assertThat(line.kind()).isEqualTo(HistoryKind.CALLBACK));

        service.completeCallBack(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM complaint_callback_task WHERE complaint_id = ? AND done_at IS NULL").param(id)
                .query(Long.class).single()).isZero();
        assertThat(queries.history(id)).anySatisfy(line -> assertThat(line.kind()).isEqualTo(HistoryKind.CALLBACK_DONE));
        assertThatThrownBy(() -> service.completeCallBack(id)).isInstanceOf(ComplaintRefusedException.class);
    }

    @Test
    void theListIsFilteredInTheDatabase() {
        long customerId = customer();
        long mine = complaint(customerId, ComplaintPriority.URGENT);
        service.take(mine, find(mine).version());
        long unassigned = complaint(customerId, ComplaintPriority.LOW);

        ComplaintFilter ofCustomer = ComplaintFilter.ofCustomer(customerId);
        assertThat(queries.page(ofCustomer.withAssignee("desk"), PageRequest.of(0, 10))).extracting(ComplaintRow::id).containsExactly(mine);
        assertThat(queries.page(new ComplaintFilter(null, null, null, true, null, null, customerId, true, false), PageRequest.of(0, 10)))
                .extracting(ComplaintRow::id).containsExactly(unassigned);
        assertThat(queries.page(new ComplaintFilter(null, ComplaintPriority.URGENT, null, false, null, null, customerId, false, false),
                PageRequest.of(0, 10))).extracting(ComplaintRow::id).containsExactly(mine);
        assertThat(queries.page(ofCustomer, PageRequest.of(0, 10, org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Direction.DESC, "priorityRank")))).extracting(ComplaintRow::id)
                .containsExactly(mine, unassigned);
        jdbc.sql("UPDATE complaint SET resolution_due = NOW() - INTERVAL 1 HOUR WHERE id = ?").param(unassigned).update();
        assertThat(queries.page(new ComplaintFilter(null, null, null, false, null, SlaState.BREACHED, customerId, false, false),
                PageRequest.of(0, 10))).extracting(ComplaintRow::id).containsExactly(unassigned);
    }

    @Test
    @WithMockUser(username = "marketer", roles = AppRoles.MARKETER)
    void aMarketerReadsComplaintsButCannotChangeThem() {
        assertThatThrownBy(() -> service.create(new NewComplaint(1L, "S", "D", ComplaintChannel.WEB, ComplaintPriority.LOW)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.perform(1L, 0, new ComplaintStep.Close(null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.take(1L, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.page(ComplaintFilter.any(), PageRequest.of(0, 1))).isNotNull();
    }

    private long resolved(long customerId) {
        long id = complaint(customerId, ComplaintPriority.NORMAL);
        service.take(id, find(id).version());
        ComplaintDetails d = service.perform(id, find(id).version(), new ComplaintStep.Record(category(), null, "Refund", ComplaintSeverity.MINOR));
        d = service.perform(id, d.version(), new ComplaintStep.JudgeValid(null));
        d = service.perform(id, d.version(), new ComplaintStep.ProposeSolution(RemedyType.APOLOGY, null, null));
        d = service.perform(id, d.version(), new ComplaintStep.CustomerAccepts(null));
        return service.perform(id, d.version(), new ComplaintStep.Resolve(null)).id();
    }
}
