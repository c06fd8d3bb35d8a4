package com.idic.crm.customization;

import java.math.BigDecimal;

import com.idic.crm.segmentation.Tier;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * When an offer needs a manager: a line discount above {@code maxDiscountPercent} or a margin below
 * {@code minMarginPercent}. One rule per tier; {@code tier} null = customers without a score.
 */
public record ApprovalRule(Tier tier,
                           @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal maxDiscountPercent,
                           @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal minMarginPercent,
                           long version) {
}
