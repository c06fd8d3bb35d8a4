package com.idic.crm.customization.ui;

import java.util.ArrayList;
import java.util.List;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customization.ApprovalRule;
import com.idic.crm.customization.Loyalty;
import com.idic.crm.customization.LoyaltyRule;
import com.idic.crm.customization.OfferApprovals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Managers set, per tier, the largest discount and the lowest margin a marketer may offer without approval. */
class ApprovalRulesDialog extends Dialog {

    final List<BigDecimalField> discounts = new ArrayList<>();
    final List<BigDecimalField> margins = new ArrayList<>();
    final Button save = new Button(getTranslation("action.save"));

    final IntegerField loyaltyOrders = new IntegerField(getTranslation("loyalty.rule.minOrders"));
    final IntegerField loyaltyMonths = new IntegerField(getTranslation("loyalty.rule.months"));
    final BigDecimalField loyaltyDiscount = new BigDecimalField(getTranslation("loyalty.rule.discount"));

    ApprovalRulesDialog(OfferApprovals approvals, Loyalty loyalty) {
        setHeaderTitle(getTranslation("approval.rules"));
        List<ApprovalRule> rules = approvals.rules();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        for (ApprovalRule rule : rules) {
            BigDecimalField discount = new BigDecimalField(getTranslation("approval.rule.maxDiscount"));
            discount.setValue(rule.maxDiscountPercent());
            discount.setSuffixComponent(new Span("%"));
            BigDecimalField margin = new BigDecimalField(getTranslation("approval.rule.minMargin"));
            margin.setValue(rule.minMarginPercent());
            margin.setSuffixComponent(new Span("%"));
            discounts.add(discount);
            margins.add(margin);
            Span tier = new Span(rule.tier() == null ? getTranslation("customization.unscored")
                    : getTranslation("segments.tier." + rule.tier().name()));
            tier.addClassName("rule-tier");
            form.add(tier, discount, margin);
        }
        LoyaltyRule loyaltyRule = loyalty.rule();
        loyaltyOrders.setValue(loyaltyRule.minOrders());
        loyaltyOrders.setMin(1);
        loyaltyMonths.setValue(loyaltyRule.months());
        loyaltyMonths.setMin(1);
        loyaltyMonths.setMax(120);
        loyaltyDiscount.setValue(loyaltyRule.discountPercent());
        loyaltyDiscount.setSuffixComponent(new Span("%"));
        FormLayout loyaltyForm = new FormLayout(loyaltyOrders, loyaltyMonths, loyaltyDiscount);
        loyaltyForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        add(new Span(getTranslation("approval.rules.help")), form, new H4(getTranslation("loyalty.rule.title")),
                new Span(getTranslation("loyalty.rule.help")), loyaltyForm);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                List<ApprovalRule> changed = new ArrayList<>();
                for (int i = 0; i < rules.size(); i++) {
                    ApprovalRule rule = rules.get(i);
                    if (!same(rule.maxDiscountPercent(), discounts.get(i).getValue())
                            || !same(rule.minMarginPercent(), margins.get(i).getValue())) {
                        changed.add(new ApprovalRule(rule.tier(), discounts.get(i).getValue(), margins.get(i).getValue(),
                                rule.version()));
                    }
                }
                LoyaltyRule newLoyalty = new LoyaltyRule(orZero(loyaltyOrders.getValue()), orZero(loyaltyMonths.getValue()),
                        loyaltyDiscount.getValue(), loyaltyRule.version());
                if (!validLoyalty(newLoyalty)) {
                    Notifications.error(getTranslation("loyalty.rule.invalid"));
                    return;
                }
                approvals.saveRules(changed);
                if (!newLoyalty.equals(loyaltyRule)) {
                    loyalty.saveRule(newLoyalty);
                }
                Notifications.success(getTranslation("approval.rules.saved"));
                close();
            } catch (ConstraintViolationException e) {
                Notifications.error(getTranslation("approval.rules.invalid"));
            } catch (ObjectOptimisticLockingFailureException e) {
                Notifications.conflict();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** Checked before anything is saved, so a bad loyalty value leaves the approval rules untouched too. */
    private static boolean validLoyalty(LoyaltyRule rule) {
        return rule.minOrders() >= 1 && rule.months() >= 1 && rule.months() <= 120 && rule.discountPercent() != null
                && rule.discountPercent().signum() > 0 && rule.discountPercent().compareTo(new java.math.BigDecimal("100")) <= 0;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static boolean same(java.math.BigDecimal a, java.math.BigDecimal b) {
        return b != null && a.compareTo(b) == 0;
    }
}
