package com.idic.crm.customization;

import java.math.BigDecimal;

/**
 * An offer's figures, exact to the cent: at list price, the discount given, the net the customer pays,
 * our cost, the margin and the margin as a percentage of net (null when net is zero).
 */
public record OfferTotals(BigDecimal listTotal, BigDecimal discountTotal, BigDecimal netTotal, BigDecimal costTotal,
                          BigDecimal margin, BigDecimal marginPercent, BigDecimal maxDiscountPercent) {
}
