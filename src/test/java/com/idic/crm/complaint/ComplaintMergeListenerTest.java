package com.idic.crm.complaint;

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
@WithMockUser(username = "manager", roles = AppRoles.MANAGER)
class ComplaintMergeListenerTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired CustomerMergeService merges;

    @Test
    void complaintsFollowTheirCustomerIntoAMergeAndBackOnUndo() {
        String name = "Merge " + ThreadLocalRandom.current().nextInt();
        long kept = customers.create(new NewCustomer(name, CustomerType.INDIVIDUAL));
        long merged = customers.create(new NewCustomer(name, CustomerType.INDIVIDUAL));
        long complaint = service.create(new NewComplaint(merged, "Late", "Late again", ComplaintChannel.PHONE, ComplaintPriority.LOW));
        long version = queries.find(complaint).orElseThrow().version();

        long mergeId = merges.merge(kept, merged, customers.find(kept).orElseThrow().getVersion(),
                customers.find(merged).orElseThrow().getVersion());
        assertThat(queries.find(complaint).orElseThrow().customerId()).isEqualTo(kept);
        assertThat(queries.find(complaint).orElseThrow().version()).isGreaterThan(version);
        assertThat(queries.figuresOf(kept).total()).isEqualTo(1);

        merges.undo(mergeId);
        assertThat(queries.find(complaint).orElseThrow().customerId()).isEqualTo(merged);
    }
}
