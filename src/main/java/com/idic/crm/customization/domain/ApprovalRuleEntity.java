package com.idic.crm.customization.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A tier's approval rule; the tier key is the Tier's name, or UNSCORED for customers without a score. */
@Entity
@Table(name = "offer_approval_rule")
public class ApprovalRuleEntity {

    public static final String UNSCORED = "UNSCORED";

    @Id
    private String tierKey;

    @Version
    private long version;

    private BigDecimal maxDiscountPercent;
    private BigDecimal minMarginPercent;

    protected ApprovalRuleEntity() {
    }

    public String getTierKey() { return tierKey; }
    public long getVersion() { return version; }
    public BigDecimal getMaxDiscountPercent() { return maxDiscountPercent; }
    public BigDecimal getMinMarginPercent() { return minMarginPercent; }

    public void change(BigDecimal maxDiscountPercent, BigDecimal minMarginPercent) {
        this.maxDiscountPercent = maxDiscountPercent;
        this.minMarginPercent = minMarginPercent;
    }
}
