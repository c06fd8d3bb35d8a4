package com.idic.crm.security.ui;

import java.util.function.Consumer;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.PasswordPolicy;
import com.idic.crm.security.UserService;
import com.idic.crm.security.UserService.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import org.springframework.dao.OptimisticLockingFailureException;

/** Sets a new password chosen by the administrator, who then passes it on to the user. */
class ResetPasswordDialog extends Dialog {

    static final class Draft {
        String password = "";
    }

    final PasswordFields passwords = new PasswordFields(this);
    private final Binder<Draft> binder = new Binder<>();

    ResetPasswordDialog(UserService userService, UserRow user, Consumer<UserRow> onChanged) {
        setHeaderTitle(getTranslation("users.dialog.resetPassword.title", user.username()));
        passwords.bind(binder, draft -> draft.password, (draft, value) -> draft.password = value);
        binder.readBean(new Draft());
        add(new FormLayout(passwords.password, passwords.confirmation));
        Button save = new Button(getTranslation("action.save"), click -> {
            Draft draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                UserRow changed = userService.resetPassword(user, draft.password);
                close();
                Notifications.success(getTranslation("users.passwordReset", changed.username()));
                onChanged.accept(changed);
            } catch (PasswordPolicy.WeakPasswordException e) {
                passwords.password.setErrorMessage(PasswordFields.problemText(this, e.problem()));
                passwords.password.setInvalid(true);
            } catch (OptimisticLockingFailureException e) {
                close();
                Notifications.conflict();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
