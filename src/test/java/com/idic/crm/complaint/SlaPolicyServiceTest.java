package com.idic.crm.complaint;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class SlaPolicyServiceTest {

    @Autowired SlaPolicyService policies;
    @Autowired ComplaintService complaints;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;

    @Test
    @WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
    void theServiceDeskReadsThePolicyButCannotChangeIt() {
        SlaSettings current = policies.current();
        assertThat(current.target(ComplaintPriority.URGENT).firstResponseMinutes()).isEqualTo(60);
        assertThat(current.target(ComplaintPriority.LOW).resolutionMinutes()).isEqualTo(120 * 60);
        assertThat(current.platinumFactor()).isEqualByComparingTo("0.5");
        assertThat(current.goldFactor()).isEqualByComparingTo("0.75");
        assertThat(current.warningPercent()).isEqualTo(80);

        assertThatThrownBy(() -> policies.save(current)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = {AppRoles.MANAGER})
    void aPolicyChangeMovesTheDueDatesOfOpenComplaintsAndAStaleSaveIsRefused() {
        long customerId = customers.create(new NewCustomer("Policy " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        long id = complaints.create(new NewComplaint(customerId, "Late delivery", "Two weeks late", ComplaintChannel.EMAIL,
                ComplaintPriority.NORMAL));
        SlaSettings before = policies.current();
        try {
            List<SlaSettings.Target> targets = before.targets().stream().map(t -> t.priority() == ComplaintPriority.NORMAL
                    ? new SlaSettings.Target(t.priority(), 120, 48 * 60) : t).toList();
            SlaSettings saved = policies.save(withTargets(before, targets));

            ComplaintDetails d = queries.find(id).orElseThrow();
            assertThat(d.clocks().get(0).due()).isEqualTo(d.receivedAt().plus(Duration.ofHours(2)));
            assertThat(d.clocks().get(1).due()).isEqualTo(d.receivedAt().plus(Duration.ofHours(48)));
            assertThat(saved.changedBy()).isEqualTo("manager");
            assertThatThrownBy(() -> policies.save(before)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
            policies.save(withTargets(policies.current(), before.targets()));
        } finally {
            assertThat(policies.current().target(ComplaintPriority.NORMAL).resolutionMinutes()).isEqualTo(72 * 60);
        }
    }

    private static SlaSettings withTargets(SlaSettings s, List<SlaSettings.Target> targets) {
        return new SlaSettings(s.version(), targets, s.platinumFactor(), s.goldFactor(), s.businessHours(), s.workingDays(),
                s.workStart(), s.workEnd(), s.holidays(), s.timeZone(), s.warningPercent(), s.reopenDays(), s.changedBy());
    }
}
