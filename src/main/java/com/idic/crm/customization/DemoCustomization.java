package com.idic.crm.customization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.idic.crm.catalog.CatalogFilter;
import com.idic.crm.catalog.CatalogItemRow;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.customer.CustomerFilter;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customization.domain.CustomizationRequestRepository;
import com.idic.crm.order.OrderBulkWriter;
import com.idic.crm.order.OrderRecord;
import com.idic.crm.order.OrderService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.ScoreSort;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.Tier;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's customization pipeline: requests in every state and offers in every state, for customers
 * of every tier, made through the services by the demo marketer, manager and service desk (so the history
 * reads as it would in use). After the catalog (150) and the first segmentation run (200); all or nothing.
 */
@Component
@ConditionalOnProperty(name = "crm.demo-data.enabled", havingValue = "true")
class DemoCustomization {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomization.class);

    private final CustomizationService requests;
    private final OfferService offers;
    private final OfferApprovals approvals;
    private final OfferStore store;
    private final CatalogService catalog;
    private final CustomerService customers;
    private final SegmentationResults segmentation;
    private final CustomizationRequestRepository existing;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EntityManager entityManager;
    private final OrderService orders;
    private final OrderBulkWriter orderWriter;

    DemoCustomization(CustomizationService requests, OfferService offers, OfferApprovals approvals, OfferStore store,
                      CatalogService catalog, CustomerService customers, SegmentationResults segmentation,
                      CustomizationRequestRepository existing, PlatformTransactionManager transactions, Clock clock,
                      EntityManager entityManager, OrderService orders, OrderBulkWriter orderWriter) {
        this.requests = requests;
        this.offers = offers;
        this.approvals = approvals;
        this.store = store;
        this.catalog = catalog;
        this.customers = customers;
        this.segmentation = segmentation;
        this.existing = existing;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.entityManager = entityManager;
        this.orders = orders;
        this.orderWriter = orderWriter;
    }

    // started by the application before anyone signs in; the work runs as the demo users through the guarded services
    @PermitAll
    @EventListener(ApplicationReadyEvent.class)
    @Order(300)
    public void fillIfEmpty() {
        if (existing.count() > 0) {
            return;
        }
        List<Long> picked = as("marketer", AppRoles.MARKETER, this::customers);
        if (picked.size() < DemoScenario.values().length) {
            log.info("Demo customization skipped: only {} customers", picked.size());
            return;
        }
        fill(picked);
        log.info("Demo customization: {} requests", DemoScenario.values().length);
    }

    /** Plays every scenario, one customer each, in one transaction, then spreads them over the past months. */
    void fill(List<Long> customerIds) {
        transaction.executeWithoutResult(status -> {
            for (DemoScenario scenario : DemoScenario.values()) {
                scenario.play(this, customerIds.get(scenario.ordinal()));
            }
            // only after all are played: the expiry scenario would otherwise expire the backdated open offers
            for (DemoScenario scenario : DemoScenario.values()) {
                backdate(customerIds.get(scenario.ordinal()), scenario.daysAgo);
            }
        });
    }

    /**
     * The services stamp every step with the clock's now; a demo company's story began days or months ago.
     * The request moves back by daysAgo, its decision and the offers (their history and validity) a quarter
     * of that less, so the decision follows the submission and every date keeps its order; the orders an
     * accepted offer recorded move with its acceptance, so the customer's history reads as it happened.
     */
    private void backdate(long customerId, int daysAgo) {
        int decidedDaysAgo = daysAgo - daysAgo / 4;
        entityManager.flush();
        shift("""
                UPDATE offer_event e JOIN offer o ON o.id = e.offer_id SET e.at = e.at - INTERVAL ?1 DAY
                WHERE o.customer_id = ?2""", decidedDaysAgo, customerId);
        // the history keeps the validity an edit set and the one an expiry ended as values (OfferHistoryNote): move them too
        shift("""
                UPDATE offer_event e JOIN offer o ON o.id = e.offer_id
                SET e.note = CONCAT(SUBSTRING_INDEX(e.note, '|', 5), '|', SUBSTRING_INDEX(e.note, '|', -1) - INTERVAL ?1 DAY)
                WHERE o.customer_id = ?2 AND e.action = 'EDIT' AND e.note LIKE '%|%|%|%|%|____-__-__'""",
                decidedDaysAgo, customerId);
        shift("""
                UPDATE offer_event e JOIN offer o ON o.id = e.offer_id SET e.note = e.note - INTERVAL ?1 DAY
                WHERE o.customer_id = ?2 AND e.action = 'EXPIRE' AND e.note LIKE '____-__-__'""", decidedDaysAgo, customerId);
        shift("""
                UPDATE offer SET created_at = created_at - INTERVAL ?1 DAY, changed_at = changed_at - INTERVAL ?1 DAY,
                  valid_until = valid_until - INTERVAL ?1 DAY
                WHERE customer_id = ?2""", decidedDaysAgo, customerId);
        shift("""
                UPDATE customization_request SET decided_at = decided_at - INTERVAL ?1 DAY,
                  created_at = created_at - INTERVAL ?3 DAY, desired_date = desired_date - INTERVAL ?3 DAY
                WHERE customer_id = ?2""", decidedDaysAgo, customerId, daysAgo);
        backdateOfferOrders(customerId, decidedDaysAgo);
    }

    /**
     * Through the order feature's bulk writer, which changes only the order date of orders it knows by number;
     * as the demo manager, since the demo runs at start-up before anyone signs in.
     */
    private void backdateOfferOrders(long customerId, int days) {
        as("manager", AppRoles.MANAGER, () -> {
            List<OrderRecord> moved = orders.pageForCustomer(customerId, PageRequest.of(0, 100)).stream()
                    .filter(order -> OfferOrders.CHANNEL.equals(order.channel()) && order.orderNumber().startsWith("OF"))
                    .map(order -> new OrderRecord(order.orderNumber(), customerId, order.orderDate().minusDays(days),
                            order.amount(), order.cost(), order.category(), order.channel(), order.paidAmount(),
                            order.paidDate()))
                    .toList();
            return moved.isEmpty() ? null : orderWriter.upsert(moved, Set.of("order_date"), false, record -> List.of());
        });
    }

    private void shift(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    /** Customers of every tier, top tiers first, so the approval queue shows the whole range. */
    private List<Long> customers() {
        List<Long> ids = new ArrayList<>();
        int[] perTier = {4, 5, 5, 4};
        for (Tier tier : Tier.values()) {
            segmentation.page(ScoreFilter.all().withTier(tier), ScoreSort.PROFIT_RANK, true, 0, perTier[tier.ordinal()])
                    .stream().map(CustomerScore::customerId).forEach(ids::add);
        }
        if (ids.size() < DemoScenario.values().length) {
            customers.page(CustomerFilter.any(), PageRequest.of(0, DemoScenario.values().length)).stream()
                    .map(CustomerRow::id).filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        return ids;
    }

    long request(long customerId, NeedLevel level, String need, RequestSource source, String by, String role) {
        return as(by, role, () -> requests.submit(new NewRequest(customerId, level, need, LocalDate.now(clock).plusDays(30),
                null, source, null)));
    }

    void review(long requestId) {
        as("marketer", AppRoles.MARKETER, () -> requests.startReview(requestId, version(requestId)));
    }

    void decide(long requestId, CustomizationType type, DeliveryMeans means) {
        as("marketer", AppRoles.MARKETER, () -> {
            RequestRow chosen = requests.choose(requestId, version(requestId), type, means);
            return requests.decideFeasible(requestId, chosen.version());
        });
    }

    void notFeasible(long requestId, String reason) {
        as("marketer", AppRoles.MARKETER, () -> requests.decideNotFeasible(requestId, version(requestId), reason));
    }

    private long version(long requestId) {
        return requests.find(requestId).orElseThrow().version();
    }

    /** A draft with lines "CODE:quantity:discount" (or "~description:quantity:price:cost" for a custom line). */
    OfferDetails offer(long requestId, int validDays, String notes, String... lines) {
        return as("marketer", AppRoles.MARKETER, () -> {
            long id = offers.draft(requestId);
            List<OfferLineInput> inputs = new ArrayList<>();
            for (String line : lines) {
                inputs.add(line(line));
            }
            return offers.saveDraft(id, 0, new OfferDraft(LocalDate.now(clock).plusDays(validDays), notes, inputs));
        });
    }

    private OfferLineInput line(String spec) {
        String[] parts = spec.split(":");
        if (parts[0].startsWith("~")) {
            return new OfferLineInput(null, null, parts[0].substring(1), new BigDecimal(parts[1]), new BigDecimal(parts[2]),
                    new BigDecimal(parts[3]), BigDecimal.ZERO);
        }
        CatalogItemRow item = catalog.page(new CatalogFilter(parts[0], null, true), PageRequest.of(0, 5)).stream()
                .filter(row -> row.code().equals(parts[0])).findFirst().orElseThrow();
        return new OfferLineInput(item.id(), item.code(), item.nameEn(), new BigDecimal(parts[1]), item.listPrice(),
                item.unitCost(), new BigDecimal(parts[2]));
    }

    OfferDetails marketer(Supplier<OfferDetails> step) {
        return as("marketer", AppRoles.MARKETER, step);
    }

    OfferDetails manager(Supplier<OfferDetails> step) {
        return as("manager", AppRoles.MANAGER, step);
    }

    OfferService offers() {
        return offers;
    }

    OfferApprovals approvals() {
        return approvals;
    }

    /** An offer whose validity ended yesterday, expired the way the hourly job does it. */
    void expireAsOfTomorrow() {
        new OfferExpiry(store).expireOverdueOn(LocalDate.now(clock).plusDays(1));
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext demoUser = SecurityContextHolder.createEmptyContext();
        demoUser.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(demoUser);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
