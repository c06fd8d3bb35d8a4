package com.idic.crm.customization;

import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.duplicates.CustomerMergeService;
import com.idic.crm.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "mia", roles = AppRoles.MANAGER)
class CustomizationMergeTest {

    @Autowired CustomizationService requests;
    @Autowired OfferService offers;
    @Autowired CustomerService customers;
    @Autowired CustomerMergeService merges;

    @Test
    void requestsAndOffersFollowAMergeAndGoBackOnUndo() {
        int tag = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        long kept = customers.create(new NewCustomer("Kept " + tag, CustomerType.ORGANIZATION));
        long duplicate = customers.create(new NewCustomer("Duplicate " + tag, CustomerType.ORGANIZATION));
        long requestId = requests.submit(new NewRequest(duplicate, NeedLevel.PRODUCT, "Blue casing", null, null,
                RequestSource.CAMPAIGN, null));
        RequestRow reviewing = requests.startReview(requestId, 0);
        RequestRow chosen = requests.choose(requestId, reviewing.version(), CustomizationType.ADAPTIVE, DeliveryMeans.MODULAR);
        requests.decideFeasible(requestId, chosen.version());
        long offerId = offers.draft(requestId);

        long mergeId = merges.merge(kept, duplicate, customers.find(kept).orElseThrow().getVersion(),
                customers.find(duplicate).orElseThrow().getVersion());

        assertThat(requests.forCustomer(kept, 10)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(requestId);
            assertThat(row.customerName()).isEqualTo("Kept " + tag);
        });
        assertThat(offers.forCustomer(kept, 10)).extracting(OfferRow::id).containsExactly(offerId);
        assertThat(requests.forCustomer(duplicate, 10)).isEmpty();

        merges.undo(mergeId);

        assertThat(requests.forCustomer(duplicate, 10)).extracting(RequestRow::id).containsExactly(requestId);
        assertThat(offers.forCustomer(duplicate, 10)).extracting(OfferRow::id).containsExactly(offerId);
        assertThat(requests.forCustomer(kept, 10)).isEmpty();
    }
}
