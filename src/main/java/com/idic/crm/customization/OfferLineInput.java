package com.idic.crm.customization;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One line of an offer as the marketer entered it: from the catalog ({@code catalogItemId} set) or a free
 * custom line with its own price and cost. Quantity above zero, prices not negative, discount 0-100 %.
 * A {@code reward} line is the loyalty reward: {@code discountPercent} off the other lines' net, nothing else.
 * A catalog line carries the item's {@code names} (the service takes them from the catalog on save) and reads
 * in the reader's language; {@code description} is what the marketer saw, and all a custom line has.
 */
public record OfferLineInput(
        Long catalogItemId,
        @Size(max = 40) String code,
        @NotBlank @Size(max = 300) String description,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal quantity,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal unitPrice,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal unitCost,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        boolean reward,
        @Valid LineNames names) {

    public OfferLineInput(Long catalogItemId, String code, String description, BigDecimal quantity, BigDecimal unitPrice,
                          BigDecimal unitCost, BigDecimal discountPercent) {
        this(catalogItemId, code, description, quantity, unitPrice, unitCost, discountPercent, false, null);
    }

    /** The loyalty reward line: {@code percent} off the net of the offer's other lines. */
    public static OfferLineInput reward(String description, BigDecimal percent) {
        return new OfferLineInput(null, null, description, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, percent, true, null);
    }

    /** The catalog item's name in the reader's language; a custom line's text as typed. */
    public String description(Locale locale) {
        return names == null ? description : names.in(locale);
    }

    public OfferLineInput withNames(LineNames itemNames) {
        return new OfferLineInput(catalogItemId, code, description, quantity, unitPrice, unitCost, discountPercent, reward,
                itemNames);
    }
}
