package com.idic.crm.order;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An order as bulk sources describe it, keyed by {@code externalId} (which is also its order
 * number). The constraints are the entity's, so a bulk source can check a record before writing it.
 */
public record OrderRecord(
        @NotBlank @Size(max = 64) String externalId,
        long customerId,
        @NotNull LocalDate orderDate,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal cost,
        @Size(max = 100) String category,
        @Size(max = 50) String channel,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal paidAmount,
        LocalDate paidDate) {

    public String orderNumber() {
        return externalId;
    }
}
