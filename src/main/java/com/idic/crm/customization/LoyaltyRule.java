package com.idic.crm.customization;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Frequency marketing: at least {@code minOrders} orders in the last {@code months} months earn {@code discountPercent} off. */
public record LoyaltyRule(@Min(1) @Max(1000) int minOrders,
                          @Min(1) @Max(120) int months,
                          @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal discountPercent,
                          long version) {
}
