package com.idic.crm.customization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.idic.crm.customization.domain.LoyaltyRuleEntity;
import com.idic.crm.customization.domain.LoyaltyRuleRepository;
import com.idic.crm.order.OrderService;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Frequency marketing: who qualifies for the loyalty reward line, and the rule managers keep. */
@Service
@Validated
public class Loyalty {

    private final LoyaltyRuleRepository rules;
    private final OrderService orders;
    private final Clock clock;

    Loyalty(LoyaltyRuleRepository rules, OrderService orders, Clock clock) {
        this.rules = rules;
        this.orders = orders;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public LoyaltyRule rule() {
        LoyaltyRuleEntity rule = rules.findById(LoyaltyRuleEntity.THE_RULE).orElseThrow();
        return new LoyaltyRule(rule.getMinOrders(), rule.getMonths(), rule.getDiscountPercent(), rule.getVersion());
    }

    /** The reward the customer earned: orders in the rule's window (up to today) at least its minimum. */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional(readOnly = true)
    public Optional<LoyaltyReward> rewardFor(long customerId) {
        LoyaltyRule rule = rule();
        LocalDate today = LocalDate.now(clock);
        long count = orders.countBetween(customerId, today.minusMonths(rule.months()), today);
        return count >= rule.minOrders() ? Optional.of(new LoyaltyReward(count, rule)) : Optional.empty();
    }

    @RolesAllowed(AppRoles.MANAGER)
    @Transactional
    public LoyaltyRule saveRule(@NotNull @Valid LoyaltyRule rule) {
        LoyaltyRuleEntity entity = rules.findById(LoyaltyRuleEntity.THE_RULE).orElseThrow();
        if (entity.getVersion() != rule.version()) {
            throw new ObjectOptimisticLockingFailureException(LoyaltyRuleEntity.class, LoyaltyRuleEntity.THE_RULE);
        }
        entity.change(rule.minOrders(), rule.months(), rule.discountPercent());
        LoyaltyRuleEntity saved = rules.saveAndFlush(entity);
        return new LoyaltyRule(saved.getMinOrders(), saved.getMonths(), saved.getDiscountPercent(), saved.getVersion());
    }
}
