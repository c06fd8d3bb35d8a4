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
 * A loyalty reward line takes its percentage off the net of all other lines, rounded once; it is a reward the
 * rules grant, so it does not count as a line discount for the approval threshold (the margin after it does).
 */
public final class OfferPricing {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private OfferPricing() {
    }

    public static BigDecimal lineList(OfferLineInput line) {
        if (line.reward()) {
            return zero();
        }
        return cents(line.quantity().multiply(line.unitPrice()));
    }

    /** The line's net; a reward line's is computed from the other lines by {@link #reward}. */
    public static BigDecimal lineNet(OfferLineInput line) {
        if (line.reward()) {
            return zero();
        }
        BigDecimal list = line.quantity().multiply(line.unitPrice());
        return cents(list.multiply(HUNDRED.subtract(line.discountPercent())).divide(HUNDRED));
    }

    public static BigDecimal lineCost(OfferLineInput line) {
        if (line.reward()) {
            return zero();
        }
        return cents(line.quantity().multiply(line.unitCost()));
    }

    public static OfferTotals totals(List<OfferLineInput> lines) {
        BigDecimal list = zero();
        BigDecimal net = zero();
        BigDecimal cost = zero();
        BigDecimal maxDiscount = zero();
        for (OfferLineInput line : lines) {
            if (!line.reward()) {
                list = list.add(lineList(line));
                net = net.add(lineNet(line));
                cost = cost.add(lineCost(line));
                maxDiscount = maxDiscount.max(line.discountPercent());
            }
        }
        BigDecimal itemsNet = net;
        for (OfferLineInput line : lines) {
            if (line.reward()) {
                net = net.subtract(reward(line, itemsNet));
            }
        }
        BigDecimal margin = net.subtract(cost);
        return new OfferTotals(list, list.subtract(net), net, cost, margin, percentOf(margin, net), maxDiscount);
    }

    /** What a reward line takes off: its percentage of the other lines' net, to the cent. */
    public static BigDecimal reward(OfferLineInput rewardLine, BigDecimal itemsNet) {
        return cents(itemsNet.multiply(rewardLine.discountPercent()).divide(HUNDRED));
    }

    /** The net of the lines that are not rewards. */
    public static BigDecimal itemsNet(List<OfferLineInput> lines) {
        BigDecimal net = zero();
        for (OfferLineInput line : lines) {
            net = net.add(lineNet(line));
        }
        return net;
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
