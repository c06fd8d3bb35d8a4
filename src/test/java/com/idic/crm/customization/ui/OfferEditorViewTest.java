package com.idic.crm.customization.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.catalog.CatalogItemKind;
import com.idic.crm.catalog.CatalogItemRow;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.catalog.domain.CatalogItem;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.NewRequest;
import com.idic.crm.customization.OfferDetails;
import com.idic.crm.customization.OfferDraft;
import com.idic.crm.customization.OfferLineInput;
import com.idic.crm.customization.OfferService;
import com.idic.crm.customization.OfferState;
import com.idic.crm.customization.RequestRow;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.order.OrderRecord;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OfferEditorViewTest extends KaribuTest {

    @Autowired CustomerService customers;
    @Autowired CustomizationService requests;
    @Autowired OfferService offers;
    @Autowired CatalogService catalog;
    @Autowired com.idic.crm.order.OrderService orders;
    @Autowired com.idic.crm.customization.Loyalty loyalty;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final int tag = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);

    @Test
    void anOfferIsBuiltInTheEditorApprovedByAManagerAndAccepted() {
        login("marketer", AppRoles.MARKETER);
        CatalogItemRow printer = catalog.save(new CatalogItem(CatalogItemKind.PRODUCT, "UI-" + tag, "Printer " + tag,
                "打印机" + tag, "Office Equipment", new BigDecimal("2000.00"), new BigDecimal("1200.00")));
        long requestId = feasibleRequest();
        UI.getCurrent().navigate(RequestView.class, requestId);
        _click(_get(RequestOffers.class).draftOffer);

        OfferEditorView editor = _get(OfferEditorView.class);
        editor.catalogPicker.setValue(printer);
        _click(editor.addCustom);
        assertThat(GridKt._size(editor.lines)).isEqualTo(2);
        cell(editor, 0, "quantity").setValue(new BigDecimal("2"));
        cell(editor, 0, "discount").setValue(new BigDecimal("15"));
        ((TextField) GridKt._getCellComponent(editor.lines, 1, "description")).setValue("Logo engraving");
        cell(editor, 1, "unitPrice").setValue(new BigDecimal("100.00"));
        cell(editor, 1, "unitCost").setValue(new BigDecimal("30.00"));

        // 2 x 2000 at 15 % = 3400 + 100 = 3500 net; cost 2400 + 30 = 2430; margin 1070 = 30.57 %; at list 1670 / 4100 = 40.73 %
        assertThat(editor.totals.net.getText()).isEqualTo("CN¥3,500.00");
        assertThat(editor.totals.marginPercent.getText()).isEqualTo("30.57 %");
        assertThat(editor.totals.approval.getText()).contains("discount 15 % above 10 %");
        assertThat(editor.actions.submitForApproval.isVisible()).isTrue();
        assertThat(editor.actions.send.isVisible()).isFalse();
        _click(editor.actions.submitForApproval);

        long offerId = editor.current().id();
        OfferDetails pending = offers.find(offerId).orElseThrow();
        assertThat(pending.state()).isEqualTo(OfferState.PENDING_APPROVAL);
        assertThat(pending.lines()).extracting(OfferLineInput::description).containsExactly("Printer " + tag, "Logo engraving");
        assertThat(pending.totals().netTotal()).isEqualByComparingTo("3500.00");
        assertThat(editor.actions.approve.isVisible()).as("a marketer never approves").isFalse();

        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(ApprovalQueueView.class);
        ApprovalQueueView queue = _get(ApprovalQueueView.class);
        assertThat(GridKt._findAll(queue.grid)).anySatisfy(row -> {
            assertThat(row.offer().id()).isEqualTo(offerId);
            assertThat(row.totals().marginPercent()).isEqualByComparingTo("30.57");
        });
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        editor = _get(OfferEditorView.class);
        assertThat(_get(DecisionFacts.class).getElement().getTextRecursively())
                .contains("Not scored", "40.73 % \u2192 30.57 %", "floor 20 %", "15 %", "limit 10 %");
        _click(editor.actions.approve);
        assertThat(offers.find(offerId).orElseThrow().state()).isEqualTo(OfferState.APPROVED);

        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        editor = _get(OfferEditorView.class);
        _click(editor.actions.send);
        _click(editor.actions.accept);

        assertThat(offers.find(offerId).orElseThrow().state()).isEqualTo(OfferState.ACCEPTED);
        assertThat(editor.actions.startDelivery.isVisible()).isTrue();
        assertThat(GridKt._size(editor.history)).isEqualTo(7);
    }

    @Test
    void theHistoryIsWrittenInTheReadersLanguageButTheUsersReasonStaysAsTyped() {
        login("marketer", AppRoles.MARKETER);
        long offerId = offers.draft(feasibleRequest());
        OfferDetails saved = offers.saveDraft(offerId, 0, new OfferDraft(LocalDate.of(2099, 3, 15), null,
                List.of(new OfferLineInput(null, null, "Logo printing", BigDecimal.ONE, new BigDecimal("100.00"),
                        new BigDecimal("60.00"), BigDecimal.ZERO))));
        offers.withdraw(offerId, saved.version(), "客户推迟了");
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        OfferEditorView editor = _get(OfferEditorView.class);

        String history = String.join("\n", java.util.stream.IntStream.range(0, GridKt._size(editor.history))
                .mapToObj(row -> String.join(" ", GridKt._getFormattedRow(editor.history, row))).toList());
        assertThat(history).contains("已编辑", "1 行；净额", "毛利率 40 %", "有效期至", "客户推迟了")
                .doesNotContain("lines", "valid until", "margin");
    }

    @Test
    void theApproverReadsACatalogLineInTheirOwnLanguageAndACustomLineAsTyped() {
        login("marketer", AppRoles.MARKETER);
        CatalogItemRow printer = catalog.save(new CatalogItem(CatalogItemKind.PRODUCT, "LG-" + tag, "Printer " + tag,
                "打印机" + tag, "Office Equipment", new BigDecimal("2000.00"), new BigDecimal("1200.00")));
        long offerId = offers.draft(feasibleRequest());
        OfferDetails saved = offers.saveDraft(offerId, 0, new OfferDraft(LocalDate.now().plusDays(9), null, List.of(
                new OfferLineInput(printer.id(), printer.code(), "Printer " + tag, BigDecimal.ONE, printer.listPrice(),
                        printer.unitCost(), new BigDecimal("15")),
                new OfferLineInput(null, null, "Logo engraving", BigDecimal.ONE, new BigDecimal("100.00"),
                        new BigDecimal("30.00"), BigDecimal.ZERO))));
        offers.submitForApproval(offerId, saved.version());

        login("manager", AppRoles.MANAGER);
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        OfferEditorView editor = _get(OfferEditorView.class);

        assertThat(descriptionText(editor, 0)).isEqualTo("打印机" + tag);
        assertThat(descriptionText(editor, 1)).isEqualTo("Logo engraving");
    }

    @Test
    void anItemAddedFromTheCatalogShowsInTheMarketersLanguageAndTheCustomLineStaysAsTyped() {
        login("marketer", AppRoles.MARKETER);
        CatalogItemRow printer = catalog.save(new CatalogItem(CatalogItemKind.PRODUCT, "LZ-" + tag, "Printer " + tag,
                "打印机" + tag, "Office Equipment", new BigDecimal("2000.00"), new BigDecimal("1200.00")));
        long offerId = offers.draft(feasibleRequest());
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        OfferEditorView editor = _get(OfferEditorView.class);
        editor.catalogPicker.setValue(printer);
        _click(editor.addCustom);
        ((TextField) GridKt._getCellComponent(editor.lines, 1, "description")).setValue("刻字");
        assertThat(descriptionText(editor, 0)).isEqualTo("打印机" + tag);
        _click(editor.actions.save);

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        editor = _get(OfferEditorView.class);
        assertThat(descriptionText(editor, 0)).isEqualTo("Printer " + tag);
        assertThat(((TextField) GridKt._getCellComponent(editor.lines, 1, "description")).getValue()).isEqualTo("刻字");
    }

    @Test
    void aClosedOfferWhoseValidityHasPassedShowsItWithoutAnError() {
        login("marketer", AppRoles.MARKETER);
        long offerId = offers.draft(feasibleRequest());
        offers.withdraw(offerId, 0, "Customer moved");
        jdbc.update("UPDATE offer SET valid_until = ? WHERE id = ?", LocalDate.now().minusMonths(3), offerId);

        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        OfferEditorView editor = _get(OfferEditorView.class);

        assertThat(editor.validUntil.isReadOnly()).isTrue();
        assertThat(editor.validUntil.isInvalid()).isFalse();
    }

    @Test
    void aConcurrentEditIsShownAndTheUsersLinesStay() {
        login("marketer", AppRoles.MARKETER);
        long offerId = offers.draft(feasibleRequest());
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        OfferEditorView editor = _get(OfferEditorView.class);
        _click(editor.addCustom);
        ((TextField) GridKt._getCellComponent(editor.lines, 0, "description")).setValue("Mine");
        cell(editor, 0, "unitPrice").setValue(new BigDecimal("50.00"));

        offers.saveDraft(offerId, 0, new OfferDraft(LocalDate.now().plusDays(9), "theirs",
                List.of(new OfferLineInput(null, null, "Theirs", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO))));
        _click(editor.actions.save);

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.lines.lines()).extracting(line -> line.description).containsExactly("Mine");
        assertThat(offers.find(offerId).orElseThrow().lines()).extracting(OfferLineInput::description).containsExactly("Theirs");
    }

    @Test
    void aZeroQuantityIsMarkedAndRefusedAndNothingSaved() {
        login("marketer", AppRoles.MARKETER);
        long offerId = offers.draft(feasibleRequest());
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        OfferEditorView editor = _get(OfferEditorView.class);
        _click(editor.addCustom);
        ((TextField) GridKt._getCellComponent(editor.lines, 0, "description")).setValue("Zero");
        BigDecimalField quantity = cell(editor, 0, "quantity");
        quantity.setValue(BigDecimal.ZERO);
        assertThat(quantity.isInvalid()).isTrue();

        _click(editor.actions.save);

        assertThat(offers.find(offerId).orElseThrow().lines()).isEmpty();
        assertThat(offers.find(offerId).orElseThrow().version()).isZero();
    }

    @Test
    void aFrequentBuyersOfferSuggestsTheLoyaltyRewardLine() {
        login("marketer", AppRoles.MARKETER);
        long requestId = feasibleRequest();
        long customerId = requests.find(requestId).orElseThrow().customerId();
        for (int i = 0; i < loyalty.rule().minOrders(); i++) {
            orders.record(new OrderRecord("LY-" + customerId + "-" + i, customerId, LocalDate.now().minusDays(i),
                    new BigDecimal("10.00"), new BigDecimal("5.00"), null, null, null, null));
        }
        long offerId = offers.draft(requestId);
        offers.saveDraft(offerId, 0, new OfferDraft(LocalDate.now().plusDays(9), null,
                List.of(new OfferLineInput(null, null, "Service", BigDecimal.ONE, new BigDecimal("1000.00"), BigDecimal.ONE, BigDecimal.ZERO))));
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        OfferEditorView editor = _get(OfferEditorView.class);

        assertThat(editor.loyaltyHint.isVisible()).isTrue();
        _click(editor.loyaltyHint.addReward);
        assertThat(GridKt._size(editor.lines)).isEqualTo(2);
        assertThat(editor.loyaltyHint.isVisible()).isFalse();
        // 3 % (the default rule) off 1,000.00
        assertThat(editor.totals.net.getText()).isEqualTo("CN¥970.00");
        _click(editor.actions.save);
        assertThat(offers.find(offerId).orElseThrow().lines()).extracting(OfferLineInput::reward).containsExactly(false, true);
    }

    @Test
    void theServiceDeskReadsAnOfferButCannotChangeIt() {
        login("marketer", AppRoles.MARKETER);
        long offerId = offers.draft(feasibleRequest());
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate(OfferEditorView.class, offerId);
        OfferEditorView editor = _get(OfferEditorView.class);

        assertThat(editor.actions.save.isVisible()).isFalse();
        assertThat(editor.addCustom.isVisible()).isFalse();
        assertThat(editor.actions.approve.isVisible()).isFalse();
    }

    @Test
    void onlyManagersOpenTheApprovalQueue() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate(ApprovalQueueView.class);
        _assertNone(ApprovalQueueView.class);
        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate(ApprovalQueueView.class);
        _assertNone(ApprovalQueueView.class);
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(ApprovalQueueView.class);
        _get(ApprovalQueueView.class);
    }

    private static String descriptionText(OfferEditorView editor, int row) {
        return ((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(editor.lines, row, "description")).getText();
    }

    private static BigDecimalField cell(OfferEditorView editor, int row, String key) {
        return (BigDecimalField) GridKt._getCellComponent(editor.lines, row, key);
    }

    private long feasibleRequest() {
        long customerId = customers.create(new NewCustomer("Offer UI " + tag, CustomerType.ORGANIZATION));
        long id = requests.submit(new NewRequest(customerId, NeedLevel.PRODUCT, "Printers with our logo", null, null,
                RequestSource.SALES_VISIT, null));
        RequestRow reviewing = requests.startReview(id, 0);
        RequestRow chosen = requests.choose(id, reviewing.version(), CustomizationType.COSMETIC, DeliveryMeans.STANDARD_PLUS_SERVICE);
        requests.decideFeasible(id, chosen.version());
        return id;
    }
}
