package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One customer's order figures at an analysis date: exactly what the SQL run aggregates per
 * customer in its single pass over the orders. Orders after A are ignored.
 */
public record CustomerFacts(
        long customerId,
        boolean organization,
        LocalDate firstOrder,
        LocalDate lastOrder,
        int ordersInWindow,
        BigDecimal amountInWindow,
        BigDecimal paidInWindow,
        Integer longestTermDays,
        BigDecimal profit12m,
        BigDecimal profitPrev12m,
        BigDecimal revenue12m,
        BigDecimal profitToDate,
        int ordersLast12m,
        int ordersChurnBaseYear) {

    public boolean hasOrders() {
        return lastOrder != null;
    }

    public static CustomerFacts of(long customerId, boolean organization, Iterable<OrderFact> orders,
                                   AnalysisDates dates) {
        LocalDate a = dates.analysisDate();
        LocalDate first = null;
        LocalDate last = null;
        int inWindow = 0;
        int last12 = 0;
        int churnBase = 0;
        Integer longestTerm = null;
        BigDecimal amountW = BigDecimal.ZERO;
        BigDecimal paidW = BigDecimal.ZERO;
        BigDecimal p = BigDecimal.ZERO;
        BigDecimal pp = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal history = BigDecimal.ZERO;
        for (OrderFact order : orders) {
            LocalDate date = order.orderDate();
            if (date.isAfter(a)) {
                continue;
            }
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
            history = history.add(order.profit());
            if (dates.inWindow(date)) {
                inWindow++;
                amountW = amountW.add(order.amount());
                paidW = paidW.add(order.paidBy(a));
                LocalDate termEnd = order.fullyPaidBy(a) ? order.paidDate() : a;
                int term = (int) ChronoUnit.DAYS.between(date, termEnd);
                longestTerm = longestTerm == null ? term : Math.max(longestTerm, term);
            }
            if (dates.inLastYear(date)) {
                last12++;
                p = p.add(order.profit());
                revenue = revenue.add(order.amount());
            }
            if (dates.inYearBefore(date)) {
                pp = pp.add(order.profit());
            }
            if (dates.inChurnBaseYear(date)) {
                churnBase++;
            }
        }
        return new CustomerFacts(customerId, organization, first, last, inWindow, amountW, paidW, longestTerm, p, pp,
                revenue, history, last12, churnBase);
    }
}
