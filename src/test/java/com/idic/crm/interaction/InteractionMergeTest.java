package com.idic.crm.interaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.duplicates.CustomerMergeService;
import com.idic.crm.customer.duplicates.MergePreview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "mia", roles = "MANAGER")
class InteractionMergeTest {

    @Autowired InteractionService interactions;
    @Autowired CustomerService customers;
    @Autowired CustomerMergeService merges;
    @Autowired Clock clock;

    @Test
    void contactsGoWithTheSurvivingCustomerAndBackWhenTheMergeIsUndone() {
        String name = "Merged contact " + ThreadLocalRandom.current().nextInt();
        long kept = customers.create(new NewCustomer(name, CustomerType.INDIVIDUAL));
        long duplicate = customers.create(new NewCustomer(name, CustomerType.INDIVIDUAL));
        LocalDateTime now = LocalDateTime.now(clock);
        interactions.record(InteractionServiceTest.contact(kept, "Kept's call", now.minusDays(2)));
        interactions.record(InteractionServiceTest.contact(duplicate, "Duplicate's call", now.minusDays(1)));

        MergePreview preview = merges.preview(kept, duplicate);
        long mergeId = merges.merge(kept, duplicate, preview.kept().version(), preview.duplicate().version());

        assertThat(interactions.page(kept, PageRequest.of(0, 10))).extracting(InteractionRow::summary)
                .containsExactly("Duplicate's call", "Kept's call");
        assertThat(interactions.count(duplicate)).isZero();

        merges.undo(mergeId);

        assertThat(interactions.page(kept, PageRequest.of(0, 10))).extracting(InteractionRow::summary)
                .containsExactly("Kept's call");
        assertThat(interactions.page(duplicate, PageRequest.of(0, 10))).extracting(InteractionRow::summary)
                .containsExactly("Duplicate's call");
    }
}
