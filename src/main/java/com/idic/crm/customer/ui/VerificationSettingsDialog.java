package com.idic.crm.customer.ui;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customer.VerificationRule;
import com.idic.crm.customer.VerificationSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

/** Lets a manager set after how many days a verified record needs verifying again. */
class VerificationSettingsDialog extends Dialog {

    final IntegerField days = new IntegerField();

    VerificationSettingsDialog(VerificationSettings settings, Runnable onChanged) {
        setHeaderTitle(getTranslation("customer.settings.title"));
        days.setLabel(getTranslation("customer.settings.days"));
        days.setMin(VerificationRule.MIN_DAYS);
        days.setMax(VerificationRule.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(settings.staleAfterDays());
        days.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("customer.settings.daysUnit")));
        Paragraph hint = new Paragraph(getTranslation("customer.settings.hint"));
        hint.addClassName("muted");

        Button save = new Button(getTranslation("action.save"), click -> {
            Integer value = days.getValue();
            if (value == null || value < VerificationRule.MIN_DAYS || value > VerificationRule.MAX_DAYS) {
                days.setErrorMessage(getTranslation("customer.settings.invalid",
                        VerificationRule.MIN_DAYS, VerificationRule.MAX_DAYS));
                days.setInvalid(true);
                return;
            }
            settings.changeStaleAfterDays(value);
            close();
            Notifications.success(getTranslation("customer.settings.saved", value));
            onChanged.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(days, hint);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
