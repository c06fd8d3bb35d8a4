package com.idic.crm.complaint;

import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.complaint.domain.SlaFigureQueries;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "manager", roles = AppRoles.MANAGER)
class ComplaintReportsTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired ComplaintReports reports;
    @Autowired SlaFigureQueries figures;
    @Autowired CustomerService customers;

    private long complaint(long customerId) {
        return service.create(new NewComplaint(customerId, "Again", "Broken again", ComplaintChannel.PHONE, ComplaintPriority.NORMAL));
    }

    private ComplaintDetails judge(long id, boolean valid) {
        ComplaintDetails d = service.perform(id, queries.find(id).orElseThrow().version(),
                new ComplaintStep.Record(queries.categories().get(0).id(), null, "Refund", ComplaintSeverity.MINOR));
        return service.perform(id, d.version(), valid ? new ComplaintStep.JudgeValid(null) : new ComplaintStep.JudgeInvalid("Not ours"));
    }

    @Test
    void onlyComplaintsJudgedValidCountTowardsRepeatComplaintsAndTheCustomersFigures() {
        long customerId = customers.create(new NewCustomer("Repeat " + ThreadLocalRandom.current().nextInt(), CustomerType.ORGANIZATION));
        judge(complaint(customerId), true);
        judge(complaint(customerId), false);
        complaint(customerId);
        assertThat(figures.customersWithValidComplaints(java.time.LocalDateTime.now().minusYears(1), 2))
                .noneMatch(c -> c.customerId() == customerId);

        judge(complaint(customerId), true);
        assertThat(figures.customersWithValidComplaints(java.time.LocalDateTime.now().minusYears(1), 2))
                .anySatisfy(c -> {
                    assertThat(c.customerId()).isEqualTo(customerId);
                    assertThat(c.valid()).isEqualTo(2);
                });
        // without a segmentation run the customer has no value tier, so it is not a platinum or gold repeat complainer
        assertThat(reports.repeatComplainers()).noneMatch(r -> r.customerId() == customerId);

        CustomerComplaintFigures mine = queries.figuresOf(customerId);
        assertThat(mine.total()).isEqualTo(4);
        assertThat(mine.open()).isEqualTo(3);
        assertThat(mine.validLast12Months()).isEqualTo(2);
        assertThat(mine.averageSatisfaction()).isNull();
        assertThat(mine.atRisk()).isFalse();
    }

    @Test
    void theDashboardCountsOpenComplaintsByAgeAndComplianceOfResolvedOnes() {
        long customerId = customers.create(new NewCustomer("Dashboard " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        long before = reports.slaFigures().openByAge().stream().filter(b -> b.bucket().equals("UNDER_1_DAY"))
                .mapToLong(SlaFigures.AgeBucket::count).sum();
        complaint(customerId);
        SlaFigures after = reports.slaFigures();
        assertThat(after.openByAge()).anySatisfy(b -> {
            assertThat(b.bucket()).isEqualTo("UNDER_1_DAY");
            assertThat(b.count()).isEqualTo(before + 1);
        });
        assertThat(after.byMonth()).allSatisfy(c -> assertThat(c.met()).isLessThanOrEqualTo(c.resolved()));
    }

    @Test
    @WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
    void theServiceDeskDoesNotSeeManagerReports() {
        assertThatThrownBy(() -> reports.slaFigures()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.repeatComplainers()).isInstanceOf(AccessDeniedException.class);
    }
}
