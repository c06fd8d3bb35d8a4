package com.idic.crm.customization.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.idic.crm.customization.OfferLineInput;
import com.idic.crm.customization.OfferTotals;

/**
 * An offer's money, exact: every line amount is rounded to the cent (HALF_UP) once, and totals are sums of
 * rounded line amounts, so the figures on screen, in the document and in the order add up to the cent.
 * Line list amount = quantity x unit price; net = list amount x (100 - discount %) / 100; cost = quantity x unit cost.
 */
public final class OfferPricing {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private OfferPricing() {
    }

    public static BigDecimal lineList(OfferLineInput line) {
        return cents(line.quantity().multiply(line.unitPrice()));
    }

    public static BigDecimal lineNet(OfferLineInput line) {
        BigDecimal list = line.quantity().multiply(line.unitPrice());
        return cents(list.multiply(HUNDRED.subtract(line.discountPercent())).divide(HUNDRED));
    }

    public static BigDecimal lineCost(OfferLineInput line) {
        return cents(line.quantity().multiply(line.unitCost()));
    }

    public static OfferTotals totals(List<OfferLineInput> lines) {
        BigDecimal list = zero();
        BigDecimal net = zero();
        BigDecimal cost = zero();
        BigDecimal maxDiscount = zero();
        for (OfferLineInput line : lines) {
            list = list.add(lineList(line));
            net = net.add(lineNet(line));
            cost = cost.add(lineCost(line));
            maxDiscount = maxDiscount.max(line.discountPercent());
        }
        BigDecimal margin = net.subtract(cost);
        return new OfferTotals(list, list.subtract(net), net, cost, margin, percentOf(margin, net), maxDiscount);
    }

    /** Margin as a share of net, in percent to two places; null when there is no net to measure it against. */
    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
