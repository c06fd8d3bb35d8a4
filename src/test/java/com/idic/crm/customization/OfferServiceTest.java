package com.idic.crm.customization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customization.domain.ApprovalRuleRepository;
import com.idic.crm.customization.domain.OfferEventRepository;
import com.idic.crm.customization.domain.OfferRepository;
import com.idic.crm.order.OrderService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.SegmentationResults;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class OfferServiceTest {

    @Autowired com.idic.crm.base.CrmI18NProvider i18n;
    @Autowired OfferService offers;
    @Autowired OrderService orders;
    @Autowired Loyalty loyalty;
    @Autowired com.idic.crm.catalog.CatalogService catalog;
    @Autowired OfferApprovals approvals;
    @Autowired CustomizationService requests;
    @Autowired CustomerService customers;
    @Autowired OfferRepository offerRepository;
    @Autowired OfferEventRepository eventRepository;
    @Autowired ApprovalRuleRepository ruleRepository;
    @Autowired SegmentationResults segmentation;
    @Autowired PlatformTransactionManager transactions;

    private final LocalDate today = LocalDate.now();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfferWithinTheRuleIsSentDirectlyAcceptedAndDeliveredWithItsWholeHistory() {
        as("marta", AppRoles.MARKETER);
        long id = offers.draft(feasibleRequest());
        OfferDetails draft = offers.find(id).orElseThrow();
        assertThat(draft.state()).isEqualTo(OfferState.DRAFT);
        assertThat(draft.validUntil()).isEqualTo(today.plusDays(OfferService.DEFAULT_VALIDITY_DAYS));

        OfferDetails saved = offers.saveDraft(id, draft.version(), new OfferDraft(today.plusDays(14), "Installed on a Saturday",
                List.of(line("2", "2380.00", "1650.00", "5"), line("1", "300.00", "140.00", "0"))));
        assertThat(saved.totals().netTotal()).isEqualTo(new BigDecimal("4822.00"));
        assertThat(saved.totals().costTotal()).isEqualTo(new BigDecimal("3440.00"));
        assertThat(saved.totals().marginPercent()).isEqualTo(new BigDecimal("28.66"));
        assertThat(saved.needsApproval()).isFalse();
        assertThatThrownBy(() -> offers.submitForApproval(id, saved.version())).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.approvalNotNeeded");

        OfferDetails sent = offers.send(id, saved.version());
        OfferDetails accepted = offers.accept(id, sent.version());
        OfferDetails delivering = offers.startDelivery(id, accepted.version());
        OfferDetails delivered = offers.deliver(id, delivering.version());

        assertThat(delivered.state()).isEqualTo(OfferState.DELIVERED);
        assertThat(offers.history(id)).extracting(OfferHistoryEntry::action).containsExactly(OfferAction.CREATE,
                OfferAction.EDIT, OfferAction.SEND, OfferAction.ACCEPT, OfferAction.CREATE_ORDERS,
                OfferAction.START_DELIVERY, OfferAction.DELIVER);
        assertThat(orders.pageForCustomer(draft.customerId(), PageRequest.of(0, 10))).singleElement().satisfies(order -> {
            assertThat(order.orderNumber()).isEqualTo("OF" + id + "-1");
            assertThat(order.amount()).isEqualByComparingTo("4822.00");
            assertThat(order.cost()).isEqualByComparingTo("3440.00");
            assertThat(order.channel()).isEqualTo("Offer");
        });
        assertThat(offers.history(id)).allSatisfy(entry -> assertThat(entry.username()).isEqualTo("marta"));
        assertThat(render(offers.history(id).get(1), java.util.Locale.ENGLISH))
                .contains("2 lines", "net CN\u00a54,822.00", "margin 28.66 %");
        assertThat(render(offers.history(id).get(1), com.idic.crm.base.CrmI18NProvider.CHINESE))
                .contains("2 行", "毛利率 28.66 %");
    }

    private String render(OfferHistoryEntry entry, java.util.Locale locale) {
        return OfferHistoryNote.render(entry, locale, (key, params) -> i18n.getTranslation(key, locale, params));
    }

    @Test
    void aBigDiscountGoesToAnotherManagerNeverToTheAuthorNorTheServiceDesk() {
        as("mia", AppRoles.MANAGER);
        long id = offers.draft(feasibleRequest());
        OfferDetails saved = offers.saveDraft(id, 0, new OfferDraft(today.plusDays(10), null,
                List.of(line("10", "100.00", "50.00", "15"))));
        assertThat(saved.approvalReasons()).containsExactly(ApprovalReason.DISCOUNT_ABOVE_THRESHOLD);
        assertThatThrownBy(() -> offers.send(id, saved.version())).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.approvalNeeded");
        OfferDetails pending = offers.submitForApproval(id, saved.version());
        assertThat(pending.state()).isEqualTo(OfferState.PENDING_APPROVAL);
        assertThat(approvals.queue(0, 500)).extracting(row -> row.offer().id()).contains(id);

        assertThatThrownBy(() -> approvals.approve(id, pending.version())).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.ownOffer");
        as("desk", AppRoles.SERVICE_DESK);
        assertThatThrownBy(() -> approvals.approve(id, pending.version())).isInstanceOf(AccessDeniedException.class);
        as("marta", AppRoles.MARKETER);
        assertThatThrownBy(() -> approvals.approve(id, pending.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(offers.find(id).orElseThrow().state()).isEqualTo(OfferState.PENDING_APPROVAL);

        as("max", AppRoles.MANAGER);
        ApprovalRow row = approvals.row(id).orElseThrow();
        assertThat(row.totals().maxDiscountPercent()).isEqualByComparingTo("15");
        assertThat(row.listMarginPercent()).isEqualByComparingTo("50.00");
        assertThat(row.totals().marginPercent()).isEqualByComparingTo("41.18");
        OfferDetails approved = approvals.approve(id, pending.version());
        assertThat(approved.state()).isEqualTo(OfferState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("max");
        assertThat(offers.send(id, approved.version()).state()).isEqualTo(OfferState.SENT);
    }

    @Test
    void aRejectedOfferReturnsAsADraftWithTheReason() {
        as("marta", AppRoles.MARKETER);
        long id = offers.draft(feasibleRequest());
        OfferDetails saved = offers.saveDraft(id, 0, new OfferDraft(today.plusDays(10), null,
                List.of(line("1", "1000.00", "900.00", "0"))));
        assertThat(saved.approvalReasons()).containsExactly(ApprovalReason.MARGIN_BELOW_FLOOR);
        OfferDetails pending = offers.submitForApproval(id, saved.version());

        as("max", AppRoles.MANAGER);
        assertThatThrownBy(() -> approvals.reject(id, pending.version(), " ")).isInstanceOf(CustomizationRefusedException.class);
        OfferDetails rejected = approvals.reject(id, pending.version(), "Raise the price by 10 %");

        assertThat(rejected.state()).isEqualTo(OfferState.REJECTED_INTERNAL);
        assertThat(rejected.stateReason()).isEqualTo("Raise the price by 10 %");
        as("marta", AppRoles.MARKETER);
        OfferDetails reworked = offers.saveDraft(id, rejected.version(), new OfferDraft(today.plusDays(10), null,
                List.of(line("1", "1100.00", "800.00", "0"))));
        assertThat(reworked.state()).isEqualTo(OfferState.DRAFT);
        assertThat(offers.send(id, reworked.version()).state()).isEqualTo(OfferState.SENT);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        as("marta", AppRoles.MARKETER);
        long id = offers.draft(feasibleRequest());
        OfferDetails good = offers.saveDraft(id, 0, new OfferDraft(today.plusDays(5), null, List.of(line("1", "10.00", "5.00", "0"))));

        assertViolation(() -> offers.saveDraft(id, good.version(), draftWith(line("0", "10.00", "5.00", "0"))), "quantity");
        assertViolation(() -> offers.saveDraft(id, good.version(), draftWith(line("-1", "10.00", "5.00", "0"))), "quantity");
        assertViolation(() -> offers.saveDraft(id, good.version(), draftWith(line("1", "10.00", "5.00", "100.01"))), "discountPercent");
        assertViolation(() -> offers.saveDraft(id, good.version(), draftWith(line("1", "10.00", "5.00", "-1"))), "discountPercent");
        assertViolation(() -> offers.saveDraft(id, good.version(), draftWith(line("1", "-0.01", "5.00", "0"))), "unitPrice");
        assertThatThrownBy(() -> offers.saveDraft(id, good.version(), new OfferDraft(today.minusDays(1), null,
                List.of(line("1", "10.00", "5.00", "0"))))).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.validityPast");

        OfferDetails unchanged = offers.find(id).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(good.version());
        assertThat(unchanged.lines()).isEqualTo(good.lines());

        long empty = offers.draft(feasibleRequest());
        assertThatThrownBy(() -> offers.send(empty, 0)).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.noLines");
        assertThat(offers.find(empty).orElseThrow().state()).isEqualTo(OfferState.DRAFT);
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherEditKept() {
        as("marta", AppRoles.MARKETER);
        long id = offers.draft(feasibleRequest());
        offers.saveDraft(id, 0, new OfferDraft(today.plusDays(5), null, List.of(line("1", "10.00", "5.00", "0"))));

        assertThatThrownBy(() -> offers.saveDraft(id, 0, new OfferDraft(today.plusDays(5), null,
                List.of(line("9", "10.00", "5.00", "0"))))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(offers.find(id).orElseThrow().lines()).extracting(OfferLineInput::quantity)
                .containsExactly(new BigDecimal("1.00"));
    }

    @Test
    void renegotiationStartsANewVersionAndKeepsTheOldOneReadOnly() {
        as("marta", AppRoles.MARKETER);
        long requestId = feasibleRequest();
        long id = offers.draft(requestId);
        OfferDetails saved = offers.saveDraft(id, 0, new OfferDraft(today.plusDays(5), null, List.of(line("3", "10.00", "5.00", "0"))));
        OfferDetails sent = offers.send(id, saved.version());

        long next = offers.renegotiate(id, sent.version(), "Wants a longer warranty");

        OfferDetails old = offers.find(id).orElseThrow();
        OfferDetails newer = offers.find(next).orElseThrow();
        assertThat(old.state()).isEqualTo(OfferState.RENEGOTIATION);
        assertThat(newer.state()).isEqualTo(OfferState.DRAFT);
        assertThat(newer.versionNo()).isEqualTo(2);
        assertThat(newer.familyId()).isEqualTo(id);
        assertThat(newer.previousVersionId()).isEqualTo(id);
        assertThat(newer.lines()).isEqualTo(old.lines());
        assertThatThrownBy(() -> offers.saveDraft(id, old.version(), new OfferDraft(today.plusDays(5), null, List.of())))
                .isInstanceOf(CustomizationRefusedException.class);
        assertThat(offers.forRequest(requestId)).extracting(OfferRow::id).containsExactly(next, id);
    }

    @Test
    void offersExpireTheDayAfterTheirValidityByTheClock() {
        as("marta", AppRoles.MARKETER);
        long id = offers.draft(feasibleRequest());
        OfferDetails saved = offers.saveDraft(id, 0, new OfferDraft(today.plusDays(3), null, List.of(line("1", "10.00", "5.00", "0"))));
        offers.send(id, saved.version());
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        int onLastDay = transaction.execute(status -> expiryOn(today.plusDays(3)).expireOverdue());
        assertThat(offers.find(id).orElseThrow().state()).isEqualTo(OfferState.SENT);
        int dayAfter = transaction.execute(status -> expiryOn(today.plusDays(4)).expireOverdue());

        assertThat(dayAfter).isGreaterThanOrEqualTo(1);
        assertThat(onLastDay).isLessThan(dayAfter);
        assertThat(offers.find(id).orElseThrow().state()).isEqualTo(OfferState.EXPIRED);
        assertThat(offers.history(id).get(offers.history(id).size() - 1).action()).isEqualTo(OfferAction.EXPIRE);
    }

    @Test
    void rulesAreKeptPerTierByManagersAndABadRuleIsRefused() {
        as("max", AppRoles.MANAGER);
        ApprovalRule unscored = approvals.ruleFor(null);
        assertThat(approvals.rules()).hasSize(5);
        assertThatThrownBy(() -> approvals.saveRules(List.of(new ApprovalRule(null, new BigDecimal("101"), new BigDecimal("20"),
                unscored.version())))).isInstanceOf(ConstraintViolationException.class);
        assertThat(approvals.ruleFor(null)).isEqualTo(unscored);
        as("marta", AppRoles.MARKETER);
        assertThatThrownBy(() -> approvals.saveRules(List.of(unscored))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOfferDocumentShowsLinesAndTotalsButNotOurCost() throws Exception {
        as("marta", AppRoles.MARKETER);
        long id = offers.draft(feasibleRequest());
        offers.saveDraft(id, 0, new OfferDraft(today.plusDays(5), "Delivery in May", List.of(
                new OfferLineInput(null, "PRN-A4", "A4 laser printer", new BigDecimal("2"), new BigDecimal("2380.00"),
                        new BigDecimal("1650.00"), new BigDecimal("5")))));

        OfferDocument document = offers.document(id, java.util.Locale.ENGLISH).orElseThrow();

        assertThat(document.fileName()).isEqualTo("offer-" + id + "-v1.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(document.content()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Offer " + id + " (version 1)");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).startsWith("Offer customer");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("A4 laser printer");
            assertThat(sheet.getRow(7).getCell(5).getNumericCellValue()).isEqualTo(4522.0);
            assertThat(sheet.getRow(11).getCell(4).getStringCellValue()).isEqualTo("Net total");
            assertThat(sheet.getRow(11).getCell(5).getNumericCellValue()).isEqualTo(4522.0);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            var texts = new java.util.ArrayList<String>();
            sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            assertThat(texts).noneMatch(text -> text.contains("1650") || text.contains("3300") || text.contains("Cost"));
        }
    }

    @Test
    void aCatalogLineReadsInTheReadersLanguageAndKeepsItsNamesWhenTheCatalogIsRenamedLater() throws Exception {
        as("marta", AppRoles.MARKETER);
        long id = offers.draft(feasibleRequest());
        var desk = catalog.save(new com.idic.crm.catalog.domain.CatalogItem(com.idic.crm.catalog.CatalogItemKind.PRODUCT,
                "LN-" + id, "Standing desk", "升降办公桌", "Furniture", new BigDecimal("2000.00"), new BigDecimal("1200.00")));
        // a Chinese-speaking marketer added the item, and a custom line typed in Chinese
        OfferDetails saved = offers.saveDraft(id, 0, new OfferDraft(today.plusDays(5), null, List.of(
                new OfferLineInput(desk.id(), desk.code(), "升降办公桌", BigDecimal.ONE, desk.listPrice(), desk.unitCost(), BigDecimal.ZERO),
                new OfferLineInput(null, null, "桌面刻字", BigDecimal.ONE, new BigDecimal("50.00"), new BigDecimal("20.00"), BigDecimal.ZERO))));

        var edit = catalog.edit(desk.id()).orElseThrow();
        edit.setNameEn("Height-adjustable desk");
        catalog.save(edit);

        OfferDetails read = offers.find(id).orElseThrow();
        assertThat(read.lines()).extracting(line -> line.description(java.util.Locale.ENGLISH))
                .containsExactly("Standing desk", "桌面刻字");
        assertThat(read.lines()).extracting(line -> line.description(java.util.Locale.SIMPLIFIED_CHINESE))
                .containsExactly("升降办公桌", "桌面刻字");
        assertThat(read.lines()).isEqualTo(saved.lines());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                offers.document(id, java.util.Locale.ENGLISH).orElseThrow().content()))) {
            assertThat(workbook.getSheetAt(0).getRow(7).getCell(1).getStringCellValue()).isEqualTo("Standing desk");
            assertThat(workbook.getSheetAt(0).getRow(8).getCell(1).getStringCellValue()).isEqualTo("桌面刻字");
        }

        // a line naming an item the catalog does not have is refused, the offer stays as it was
        assertThatThrownBy(() -> offers.saveDraft(id, read.version(), draftWith(new OfferLineInput(-1L, "NONE", "Ghost",
                BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO))))
                .isInstanceOf(CustomizationRefusedException.class).extracting("messageKey")
                .isEqualTo("customization.refused.noCatalogItem");
        assertThat(offers.find(id).orElseThrow().lines()).isEqualTo(read.lines());
    }

    @Test
    void aFrequentBuyerIsOfferedTheLoyaltyRewardAndTheOrdersAddUpToTheRewardedNet() {
        as("marta", AppRoles.MARKETER);
        long requestId = feasibleRequest();
        long customerId = requests.find(requestId).orElseThrow().customerId();
        LoyaltyRule rule = loyalty.rule();
        for (int i = 0; i < rule.minOrders() - 1; i++) {
            orders.record(new com.idic.crm.order.OrderRecord("L-" + customerId + "-" + i, customerId, today.minusMonths(1).minusDays(i),
                    new BigDecimal("10.00"), new BigDecimal("5.00"), null, null, null, null));
        }
        // one order more than a window back does not count
        orders.record(new com.idic.crm.order.OrderRecord("L-" + customerId + "-old", customerId,
                today.minusMonths(rule.months()).minusDays(1), new BigDecimal("10.00"), new BigDecimal("5.00"), null, null, null, null));
        assertThat(loyalty.rewardFor(customerId)).isEmpty();
        orders.record(new com.idic.crm.order.OrderRecord("L-" + customerId + "-new", customerId, today,
                new BigDecimal("10.00"), new BigDecimal("5.00"), null, null, null, null));
        assertThat(loyalty.rewardFor(customerId)).hasValueSatisfying(reward -> assertThat(reward.orders()).isEqualTo(rule.minOrders()));

        long tag = customerId;
        var training = catalog.save(new com.idic.crm.catalog.domain.CatalogItem(com.idic.crm.catalog.CatalogItemKind.SERVICE,
                "LT-" + tag, "Training", "培训", "Training", new BigDecimal("1000.00"), new BigDecimal("600.00")));
        var chair = catalog.save(new com.idic.crm.catalog.domain.CatalogItem(com.idic.crm.catalog.CatalogItemKind.PRODUCT,
                "LC-" + tag, "Chair", "椅子", "Furniture", new BigDecimal("33.33"), new BigDecimal("10.00")));
        long id = offers.draft(requestId);
        OfferDetails saved = offers.saveDraft(id, 0, new OfferDraft(today.plusDays(5), null, List.of(
                new OfferLineInput(training.id(), training.code(), "Training", BigDecimal.ONE, training.listPrice(), training.unitCost(), BigDecimal.ZERO),
                new OfferLineInput(chair.id(), chair.code(), "Chair", new BigDecimal("3"), chair.listPrice(), chair.unitCost(), BigDecimal.ZERO),
                OfferLineInput.reward("Loyalty reward", new BigDecimal("3")))));
        // items 1000.00 + 99.99 = 1099.99; reward 33.00 (32.9997); net 1066.99
        assertThat(saved.totals().netTotal()).isEqualTo(new BigDecimal("1066.99"));
        assertThat(saved.needsApproval()).isFalse();
        OfferDetails sent = offers.send(id, saved.version());
        offers.accept(id, sent.version());

        BigDecimal recorded = orders.pageForCustomer(customerId, PageRequest.of(0, 50)).stream()
                .filter(order -> order.orderNumber().startsWith("OF" + id + "-"))
                .map(com.idic.crm.order.OrderRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(recorded).isEqualByComparingTo("1066.99");
        // the reward shared in proportion: 33.00 x 1000.00 / 1099.99 = 30.00 off training, the 3.00 left off the chairs
        assertThat(orders.pageForCustomer(customerId, PageRequest.of(0, 50))).filteredOn(order -> order.orderNumber().equals("OF" + id + "-1"))
                .singleElement().satisfies(order -> {
                    assertThat(order.category()).isEqualTo("Training");
                    assertThat(order.amount()).isEqualByComparingTo("970.00");
                });
    }

    private OfferExpiry expiryOn(LocalDate day) {
        Clock fixed = Clock.fixed(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return new OfferExpiry(new OfferStore(offerRepository, eventRepository, ruleRepository, segmentation, fixed));
    }

    private long feasibleRequest() {
        long customerId = customers.create(new NewCustomer("Offer customer " + ThreadLocalRandom.current().nextInt(), CustomerType.ORGANIZATION));
        long id = requests.submit(new NewRequest(customerId, NeedLevel.PRODUCT, "Printers with our logo", null, null,
                RequestSource.SALES_VISIT, null));
        RequestRow reviewing = requests.startReview(id, 0);
        RequestRow chosen = requests.choose(id, reviewing.version(), CustomizationType.COSMETIC, DeliveryMeans.STANDARD_PLUS_SERVICE);
        requests.decideFeasible(id, chosen.version());
        return id;
    }

    private OfferDraft draftWith(OfferLineInput line) {
        return new OfferDraft(today.plusDays(5), null, List.of(line));
    }

    private static void assertViolation(Supplier<?> call, String property) {
        assertThatThrownBy(call::get).isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                assertThat(e.getConstraintViolations()).anySatisfy(v -> assertThat(v.getPropertyPath().toString()).endsWith(property)));
    }

    static OfferLineInput line(String quantity, String price, String cost, String discount) {
        return new OfferLineInput(null, null, "Custom line", new BigDecimal(quantity), new BigDecimal(price),
                new BigDecimal(cost), new BigDecimal(discount));
    }

    static void as(String username, String role) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, "password", authorities));
    }
}
