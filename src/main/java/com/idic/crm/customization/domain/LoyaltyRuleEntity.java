package com.idic.crm.customization.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one loyalty reward rule (row 1). */
@Entity
@Table(name = "offer_loyalty_rule")
public class LoyaltyRuleEntity {

    public static final int THE_RULE = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    private int minOrders;
    private int months;
    private BigDecimal discountPercent;

    protected LoyaltyRuleEntity() {
    }

    public long getVersion() { return version; }
    public int getMinOrders() { return minOrders; }
    public int getMonths() { return months; }
    public BigDecimal getDiscountPercent() { return discountPercent; }

    public void change(int minOrders, int months, BigDecimal discountPercent) {
        this.minOrders = minOrders;
        this.months = months;
        this.discountPercent = discountPercent;
    }
}
