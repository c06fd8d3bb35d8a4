package com.idic.crm.customization.domain;

import java.math.BigDecimal;
import java.util.List;

import com.idic.crm.customization.ApprovalRule;
import com.idic.crm.customization.OfferLineInput;
import com.idic.crm.customization.OfferTotals;
import com.idic.crm.segmentation.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfferPricingTest {

    @Test
    void linesAreRoundedToTheCentOnceAndTotalsAddTheRoundedLines() {
        // 3 x 33.33 at 12.5 % = 99.99 x 0.875 = 87.49125 -> 87.49; 7 x 0.15 at 0 % = 1.05
        OfferLineInput printers = line("3", "33.33", "20.00", "12.5");
        OfferLineInput paper = line("7", "0.15", "0.10", "0");

        assertThat(OfferPricing.lineList(printers)).isEqualByComparingTo("99.99");
        assertThat(OfferPricing.lineNet(printers)).isEqualTo(new BigDecimal("87.49"));
        assertThat(OfferPricing.lineCost(printers)).isEqualTo(new BigDecimal("60.00"));

        OfferTotals totals = OfferPricing.totals(List.of(printers, paper));
        assertThat(totals.listTotal()).isEqualTo(new BigDecimal("101.04"));
        assertThat(totals.netTotal()).isEqualTo(new BigDecimal("88.54"));
        assertThat(totals.discountTotal()).isEqualTo(new BigDecimal("12.50"));
        assertThat(totals.costTotal()).isEqualTo(new BigDecimal("60.70"));
        assertThat(totals.margin()).isEqualTo(new BigDecimal("27.84"));
        // 27.84 / 88.54 = 31.4434... %
        assertThat(totals.marginPercent()).isEqualTo(new BigDecimal("31.44"));
        assertThat(totals.maxDiscountPercent()).isEqualByComparingTo("12.5");
    }

    @Test
    void aLoyaltyRewardTakesItsPercentageOffTheOtherLinesAndIsNoLineDiscount() {
        List<OfferLineInput> lines = List.of(line("3", "33.33", "20.00", "12.5"), line("7", "0.15", "0.10", "0"),
                OfferLineInput.reward("Loyalty reward", new BigDecimal("3")));

        OfferTotals totals = OfferPricing.totals(lines);

        // items net 88.54; 3 % of it = 2.6562 -> 2.66
        assertThat(OfferPricing.reward(lines.get(2), new BigDecimal("88.54"))).isEqualTo(new BigDecimal("2.66"));
        assertThat(totals.netTotal()).isEqualTo(new BigDecimal("85.88"));
        assertThat(totals.listTotal()).isEqualTo(new BigDecimal("101.04"));
        assertThat(totals.discountTotal()).isEqualTo(new BigDecimal("15.16"));
        assertThat(totals.costTotal()).isEqualTo(new BigDecimal("60.70"));
        assertThat(totals.margin()).isEqualTo(new BigDecimal("25.18"));
        assertThat(totals.marginPercent()).isEqualTo(new BigDecimal("29.32"));
        assertThat(totals.maxDiscountPercent()).isEqualByComparingTo("12.5");
    }

    @Test
    void halfACentRoundsUp() {
        // 1 x 0.05 at 50 % = 0.025 -> 0.03
        assertThat(OfferPricing.lineNet(line("1", "0.05", "0", "50"))).isEqualTo(new BigDecimal("0.03"));
        // 2.5 x 19.99 = 49.975 -> 49.98
        assertThat(OfferPricing.lineList(line("2.5", "19.99", "0", "0"))).isEqualTo(new BigDecimal("49.98"));
    }

    @Test
    void aFullDiscountLeavesNoNetAndNoMarginPercent() {
        OfferTotals totals = OfferPricing.totals(List.of(line("1", "100.00", "40.00", "100")));

        assertThat(totals.netTotal()).isEqualByComparingTo("0");
        assertThat(totals.margin()).isEqualByComparingTo("-40.00");
        assertThat(totals.marginPercent()).isNull();
    }

    @Test
    void anEmptyOfferIsZero() {
        OfferTotals totals = OfferPricing.totals(List.of());

        assertThat(totals.netTotal()).isEqualTo(new BigDecimal("0.00"));
        assertThat(totals.marginPercent()).isNull();
    }

    @Test
    void approvalIsNeededAboveTheDiscountThresholdOrBelowTheMarginFloorOfTheTier() {
        ApprovalRule gold = new ApprovalRule(Tier.GOLD, new BigDecimal("10"), new BigDecimal("20"), 0);
        ApprovalRule platinum = new ApprovalRule(Tier.PLATINUM, new BigDecimal("15"), new BigDecimal("12"), 0);
        // 1000 at 10 %, cost 700: net 900, margin 200 = 22.22 %
        OfferTotals tenPercent = OfferPricing.totals(List.of(line("1", "1000.00", "700.00", "10")));
        // 1000 at 12 %, cost 700: net 880, margin 180 = 20.45 %
        OfferTotals twelvePercent = OfferPricing.totals(List.of(line("1", "1000.00", "700.00", "12")));
        // 1000 at 0 %, cost 850: margin 15 %
        OfferTotals thinMargin = OfferPricing.totals(List.of(line("1", "1000.00", "850.00", "0")));

        assertThat(ApprovalCheck.reasons(tenPercent, gold)).as("exactly at the threshold").isEmpty();
        assertThat(ApprovalCheck.reasons(twelvePercent, gold)).containsExactly(ApprovalCheck.Reason.DISCOUNT_ABOVE_THRESHOLD);
        assertThat(ApprovalCheck.reasons(twelvePercent, platinum)).isEmpty();
        assertThat(ApprovalCheck.reasons(thinMargin, gold)).containsExactly(ApprovalCheck.Reason.MARGIN_BELOW_FLOOR);
        assertThat(ApprovalCheck.reasons(thinMargin, platinum)).isEmpty();
        assertThat(ApprovalCheck.reasons(OfferPricing.totals(List.of(line("1", "100.00", "100.00", "100"))), platinum))
                .containsExactly(ApprovalCheck.Reason.DISCOUNT_ABOVE_THRESHOLD, ApprovalCheck.Reason.MARGIN_BELOW_FLOOR);
    }

    static OfferLineInput line(String quantity, String price, String cost, String discount) {
        return new OfferLineInput(null, null, "line", new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(cost),
                new BigDecimal(discount));
    }
}
