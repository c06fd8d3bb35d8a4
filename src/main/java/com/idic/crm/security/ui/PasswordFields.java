package com.idic.crm.security.ui;

import java.util.Objects;

import com.idic.crm.security.PasswordPolicy;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.ValueProvider;

/** A new password typed twice, checked against the {@link PasswordPolicy} the service applies. */
class PasswordFields {

    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();

    PasswordFields(Component owner) {
        password.setLabel(owner.getTranslation("users.field.password"));
        password.setHelperText(owner.getTranslation("users.field.password.help",
                PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        // the field itself must not cut a long password short; the policy explains the limit instead
        password.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        confirmation.setLabel(owner.getTranslation("users.field.passwordConfirmation"));
    }

    <T> void bind(Binder<T> binder, ValueProvider<T, String> getter, Setter<T, String> setter) {
        Component owner = password;
        binder.forField(password)
                .asRequired(problemText(owner, PasswordPolicy.Problem.TOO_SHORT))
                .withValidator((value, context) -> PasswordPolicy.check(value)
                        .map(problem -> ValidationResult.error(problemText(owner, problem)))
                        .orElse(ValidationResult.ok()))
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

    static String problemText(Component owner, PasswordPolicy.Problem problem) {
        return problem == PasswordPolicy.Problem.TOO_COMMON
                ? owner.getTranslation("users.error.password.common")
                : owner.getTranslation("users.error.password.length", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }
}
