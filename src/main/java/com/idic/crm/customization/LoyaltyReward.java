package com.idic.crm.customization;

/** A customer who qualifies for the loyalty reward: their orders in the rule's window, and the rule. */
public record LoyaltyReward(long orders, LoyaltyRule rule) {
}
