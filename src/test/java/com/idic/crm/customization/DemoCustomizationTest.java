package com.idic.crm.customization;

import java.time.Clock;
import java.time.LocalDate;
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
    @Autowired jakarta.persistence.EntityManager entityManager;
    @Autowired com.idic.crm.order.OrderService orders;
    @Autowired com.idic.crm.order.OrderBulkWriter orderWriter;

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

        // the demo runs at start-up, before anyone signs in: each of its steps signs in as a demo user itself
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        try {
            new DemoCustomization(requests, offers, approvals, store, catalog, customers, segmentation, existing, transactions,
                    clock, entityManager, orders, orderWriter)
                    .fill(customerIds);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        }

        Set<RequestState> requestStates = EnumSet.noneOf(RequestState.class);
        Set<OfferState> offerStates = EnumSet.noneOf(OfferState.class);
        List<OfferRow> all = new ArrayList<>();
        for (long customerId : customerIds) {
            requests.forCustomer(customerId, 10).forEach(row -> requestStates.add(row.state()));
            all.addAll(offers.forCustomer(customerId, 10));
        }
        all.forEach(row -> offerStates.add(row.state()));
        List<RequestRow> allRequests = customerIds.stream().flatMap(id -> requests.forCustomer(id, 10).stream()).toList();
        java.time.Instant now = clock.instant();
        assertThat(allRequests).extracting(RequestRow::createdAt)
                .anySatisfy(at -> assertThat(at).isBefore(now.minus(java.time.Duration.ofDays(150))))
                .allSatisfy(at -> assertThat(at).isAfter(now.minus(java.time.Duration.ofDays(200))));
        assertThat(allRequests.stream().map(row -> row.createdAt().atZone(clock.getZone()).toLocalDate()).distinct())
                .hasSizeGreaterThan(12);
        assertThat(allRequests).filteredOn(row -> row.decidedAt() != null)
                .allSatisfy(row -> assertThat(row.decidedAt()).isAfterOrEqualTo(row.createdAt()));
        assertThat(all).filteredOn(row -> row.state() == OfferState.SENT || row.state() == OfferState.APPROVED)
                .isNotEmpty().allSatisfy(row -> assertThat(row.validUntil()).isAfterOrEqualTo(LocalDate.now(clock)));
        assertThat(all).allSatisfy(row -> offers.history(row.id()).stream().filter(e -> e.action() == OfferAction.EDIT)
                .reduce((first, last) -> last).ifPresent(edit -> assertThat(edit.note()).endsWith("|" + row.validUntil())));
        List<OfferRow> acceptedOnce = all.stream().filter(row -> offers.history(row.id()).stream()
                .anyMatch(entry -> entry.action() == OfferAction.ACCEPT)).toList();
        assertThat(acceptedOnce).as("offers accepted in the demo story").isNotEmpty();
        assertThat(acceptedOnce).allSatisfy(row -> {
            LocalDate acceptedOn = offers.history(row.id()).stream().filter(entry -> entry.action() == OfferAction.ACCEPT)
                    .findFirst().orElseThrow().at().atZone(clock.getZone()).toLocalDate();
            assertThat(acceptedOn).isBefore(LocalDate.now(clock));
            assertThat(orders.pageForCustomer(row.customerId(), org.springframework.data.domain.PageRequest.of(0, 50)))
                    .filteredOn(order -> order.orderNumber().startsWith("OF" + row.id() + "-"))
                    .as("the orders offer %d recorded", row.id()).isNotEmpty()
                    .allSatisfy(order -> assertThat(order.orderDate()).isEqualTo(acceptedOn));
        });
        assertThat(requestStates).containsExactlyInAnyOrder(RequestState.values());
        assertThat(offerStates).containsExactlyInAnyOrder(OfferState.values());
        assertThat(all).filteredOn(row -> row.state() == OfferState.APPROVED).allSatisfy(row ->
                assertThat(offers.history(row.id())).anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(OfferAction.APPROVE);
                    assertThat(entry.username()).isEqualTo("manager");
                }));
    }
}
