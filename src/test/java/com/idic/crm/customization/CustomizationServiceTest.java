package com.idic.crm.customization;

import java.time.LocalDate;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "marta", roles = AppRoles.MARKETER)
class CustomizationServiceTest {

    @Autowired CustomizationService requests;
    @Autowired CustomerService customers;

    @Test
    void aRequestIsSubmittedReviewedAndDecidedWithTheUsersVersion() {
        long customerId = customer();
        long id = requests.submit(new NewRequest(customerId, NeedLevel.SERVICE, "Install on Saturdays",
                LocalDate.now().plusDays(10), "Ms Li", RequestSource.COMPLAINT, 42L));

        RequestRow submitted = requests.find(id).orElseThrow();
        assertThat(submitted.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(submitted.owner()).isEqualTo("marta");
        assertThat(submitted.sourceId()).isEqualTo(42L);
        assertThat(submitted.tier()).isNull();
        assertThat(submitted.suggestedType()).isEqualTo(CustomizationType.ADAPTIVE);

        RequestRow reviewing = requests.startReview(id, submitted.version());
        RequestRow chosen = requests.choose(id, reviewing.version(), CustomizationType.COLLABORATIVE, DeliveryMeans.STANDARD_PLUS_SERVICE);
        assertThatThrownBy(() -> requests.decideFeasible(id, reviewing.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        RequestRow decided = requests.decideFeasible(id, chosen.version());

        assertThat(decided.state()).isEqualTo(RequestState.FEASIBLE);
        assertThat(decided.type()).isEqualTo(CustomizationType.COLLABORATIVE);
        assertThat(requests.forCustomer(customerId, 10)).extracting(RequestRow::id).containsExactly(id);
    }

    @Test
    void theListFiltersByStateTypeAndOwner() {
        long customerId = customer();
        long first = requests.submit(new NewRequest(customerId, NeedLevel.PRODUCT, "Blue casing", null, null,
                RequestSource.CAMPAIGN, null));
        long second = requests.submit(new NewRequest(customerId, NeedLevel.PRODUCT, "Bigger tray", null, null,
                RequestSource.CAMPAIGN, 7L));
        requests.startReview(second, requests.find(second).orElseThrow().version());

        assertThat(requests.page(new RequestFilter(RequestState.FEASIBILITY_REVIEW, null, null, "marta"), PageRequest.of(0, 500)))
                .extracting(RequestRow::id).contains(second).doesNotContain(first);
        assertThat(requests.page(new RequestFilter(RequestState.SUBMITTED, null, null, "marta"), PageRequest.of(0, 500)))
                .extracting(RequestRow::id).contains(first).doesNotContain(second);
        assertThat(requests.find(second).orElseThrow().sourceId()).as("a campaign links no record").isNull();
        assertThat(requests.owners()).contains("marta");
    }

    @Test
    void badInputIsRefusedAndNothingSaved() {
        long customerId = customer();
        assertThatThrownBy(() -> requests.submit(new NewRequest(customerId, NeedLevel.PRODUCT, " ", null, null,
                RequestSource.CAMPAIGN, null))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> requests.submit(new NewRequest(customerId, NeedLevel.PRODUCT, "Yesterday", LocalDate.now().minusDays(1),
                null, RequestSource.CAMPAIGN, null))).isInstanceOf(CustomizationRefusedException.class);
        assertThatThrownBy(() -> requests.submit(new NewRequest(-1L, NeedLevel.PRODUCT, "Nobody", null, null,
                RequestSource.CAMPAIGN, null))).isInstanceOf(CustomizationRefusedException.class);
        assertThat(requests.forCustomer(customerId, 10)).isEmpty();
    }

    @Test
    @WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
    void theServiceDeskTakesANeedDownButDoesNotDecideIt() {
        long customerId = customer();
        long id = requests.submit(new NewRequest(customerId, NeedLevel.EXPERIENCE, "Faster answers", null, null,
                RequestSource.INTERACTION, null));

        assertThatThrownBy(() -> requests.startReview(id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.find(id).orElseThrow().state()).isEqualTo(RequestState.SUBMITTED);
    }

    private long customer() {
        return customers.create(new NewCustomer("Request customer " + ThreadLocalRandom.current().nextInt(), CustomerType.ORGANIZATION));
    }
}
