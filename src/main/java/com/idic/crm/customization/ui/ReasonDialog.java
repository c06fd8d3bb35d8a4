package com.idic.crm.customization.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for the reason a step needs (not feasible, rejected, declined) before it is taken. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm;

    ReasonDialog(String title, String confirmText, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation("customization.field.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidth("28rem");
        reason.setMinHeight("8rem");
        confirm = new Button(confirmText, click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("customization.validation.reason"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue().trim());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
