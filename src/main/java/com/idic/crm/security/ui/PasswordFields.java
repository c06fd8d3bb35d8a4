package com.idic.crm.security.ui;

import java.util.Objects;

import com.idic.crm.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.binder.Setter;

/** A new password typed twice, with the service's length rule, for creating a user and for a reset. */
class PasswordFields {

    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();

    PasswordFields(Component owner) {
        password.setLabel(owner.getTranslation("users.field.password"));
        password.setHelperText(owner.getTranslation("users.field.password.help", UserService.MIN_PASSWORD_LENGTH));
        confirmation.setLabel(owner.getTranslation("users.field.passwordConfirmation"));
    }

    <T> void bind(Binder<T> binder, ValueProvider<T, String> getter, Setter<T, String> setter) {
        Component owner = password;
        String lengthMessage = owner.getTranslation("users.error.password.length",
                UserService.MIN_PASSWORD_LENGTH, UserService.MAX_PASSWORD_LENGTH);
        binder.forField(password)
                .asRequired(lengthMessage)
                .withValidator(new StringLengthValidator(lengthMessage,
                        UserService.MIN_PASSWORD_LENGTH, UserService.MAX_PASSWORD_LENGTH))
                .bind(getter, setter);
        Binder.Binding<T, String> repeated = binder.forField(confirmation)
                .withValidator(value -> Objects.equals(value, password.getValue()),
                        owner.getTranslation("users.error.password.mismatch"))
                .bind(bean -> "", (bean, value) -> { });
        // typing the first password again must re-check a confirmation already entered
        password.addValueChangeListener(event -> {
            if (!confirmation.isEmpty()) {
                repeated.validate();
            }
        });
    }
}
