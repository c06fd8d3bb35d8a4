package com.idic.crm.customization;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One line of an offer as the marketer entered it: from the catalog ({@code catalogItemId} set) or a free
 * custom line with its own price and cost. Quantity above zero, prices not negative, discount 0-100 %.
 */
public record OfferLineInput(
        Long catalogItemId,
        @Size(max = 40) String code,
        @NotBlank @Size(max = 300) String description,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal quantity,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal unitPrice,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal unitCost,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent) {
}
