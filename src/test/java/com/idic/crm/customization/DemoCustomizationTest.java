package com.idic.crm.customization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.catalog.CatalogFilter;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.catalog.DemoCatalog;
import com.idic.crm.catalog.domain.CatalogItem;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customization.domain.CustomizationRequestRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.SegmentationResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "marketer", roles = AppRoles.MARKETER)
class DemoCustomizationTest {

    @Autowired CustomizationService requests;
    @Autowired OfferService offers;
    @Autowired OfferApprovals approvals;
    @Autowired OfferStore store;
    @Autowired CatalogService catalog;
    @Autowired CustomerService customers;
    @Autowired SegmentationResults segmentation;
    @Autowired CustomizationRequestRepository existing;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    @Test
    void theDemoCompanyGetsRequestsAndOffersInEveryState() {
        for (CatalogItem item : DemoCatalog.items()) {
            if (catalog.page(new CatalogFilter(item.getCode(), null, false), PageRequest.of(0, 50)).stream()
                    .noneMatch(row -> row.code().equals(item.getCode()))) {
                catalog.save(item);
            }
        }
        int tag = ThreadLocalRandom.current().nextInt();
        List<Long> customerIds = IntStream.range(0, DemoScenario.values().length)
                .mapToObj(i -> customers.create(new NewCustomer("Demo " + tag + " " + i, CustomerType.ORGANIZATION))).toList();

        new DemoCustomization(requests, offers, approvals, store, catalog, customers, segmentation, existing, transactions, clock)
                .fill(customerIds);

        Set<RequestState> requestStates = EnumSet.noneOf(RequestState.class);
        Set<OfferState> offerStates = EnumSet.noneOf(OfferState.class);
        List<OfferRow> all = new ArrayList<>();
        for (long customerId : customerIds) {
            requests.forCustomer(customerId, 10).forEach(row -> requestStates.add(row.state()));
            all.addAll(offers.forCustomer(customerId, 10));
        }
        all.forEach(row -> offerStates.add(row.state()));
        assertThat(requestStates).containsExactlyInAnyOrder(RequestState.values());
        assertThat(offerStates).containsExactlyInAnyOrder(OfferState.values());
        assertThat(all).filteredOn(row -> row.state() == OfferState.APPROVED).allSatisfy(row ->
                assertThat(offers.history(row.id())).anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(OfferAction.APPROVE);
                    assertThat(entry.username()).isEqualTo("manager");
                }));
    }
}
