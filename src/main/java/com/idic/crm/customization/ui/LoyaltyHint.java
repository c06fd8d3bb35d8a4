package com.idic.crm.customization.ui;

import java.util.Optional;
import java.util.function.Consumer;

import com.idic.crm.customization.LoyaltyReward;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Frequency marketing in the editor: tells the marketer the customer earned the loyalty reward and adds its line. */
class LoyaltyHint extends Div {

    final Button addReward = new Button(getTranslation("offer.loyalty.add"), VaadinIcon.GIFT.create());

    private final Span text = new Span();
    private LoyaltyReward reward;

    LoyaltyHint(Consumer<EditableLine> addLine) {
        addClassName("loyalty-hint");
        addReward.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addReward.addClickListener(click -> {
            if (reward != null) {
                String percent = TotalsPanel.percent(reward.rule().discountPercent());
                addLine.accept(EditableLine.reward(getTranslation("offer.loyalty.line", percent, reward.orders(),
                        reward.rule().months()), reward.rule().discountPercent()));
                show(Optional.empty());
            }
        });
        add(text, addReward);
        setVisible(false);
    }

    void show(Optional<LoyaltyReward> earned) {
        reward = earned.orElse(null);
        setVisible(reward != null);
        if (reward != null) {
            text.setText(getTranslation("offer.loyalty.hint", reward.orders(), reward.rule().months(),
                    TotalsPanel.percent(reward.rule().discountPercent())));
        }
    }
}
