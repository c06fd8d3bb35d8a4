package com.idic.crm.security.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.PasswordPolicy;
import com.idic.crm.security.UserService;
import com.idic.crm.security.UserService.NewUser;
import com.idic.crm.security.UserService.UserRow;
import com.idic.crm.security.UserService.UsernameTakenException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import jakarta.validation.ConstraintViolationException;

/** Creates a user; a taken user name is shown on the field and nothing is saved. */
class NewUserDialog extends Dialog {

    /** What the form edits; the password confirmation lives only in the field. */
    static final class Draft {
        String username = "";
        String displayName = "";
        String password = "";
        Set<String> roles = new HashSet<>();
    }

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordFields passwords = new PasswordFields(this);
    final RoleCheckboxGroup roles = new RoleCheckboxGroup();

    private final Binder<Draft> binder = new Binder<>();
    private final UserService userService;
    private final Consumer<UserRow> onCreated;

    NewUserDialog(UserService userService, Consumer<UserRow> onCreated) {
        this.userService = userService;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("users.dialog.new.title"));
        username.setLabel(getTranslation("users.field.username"));
        username.setHelperText(getTranslation("users.field.username.help", UserService.MAX_USERNAME_LENGTH));
        displayName.setLabel(getTranslation("users.field.displayName"));
        bindFields();
        add(new FormLayout(username, displayName, passwords.password, passwords.confirmation, roles));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        binder.readBean(new Draft());
    }

    private void bindFields() {
        binder.forField(username)
                .asRequired(getTranslation("users.error.username.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("users.error.username.length", UserService.MAX_USERNAME_LENGTH),
                        1, UserService.MAX_USERNAME_LENGTH))
                .withValidator(new RegexpValidator(getTranslation("users.error.username.pattern"),
                        UserService.USERNAME_PATTERN))
                .bind(draft -> draft.username, (draft, value) -> draft.username = value.trim());
        binder.forField(displayName)
                .asRequired(getTranslation("users.error.displayName.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("users.error.displayName.length", UserService.MAX_DISPLAY_NAME_LENGTH),
                        1, UserService.MAX_DISPLAY_NAME_LENGTH))
                .bind(draft -> draft.displayName, (draft, value) -> draft.displayName = value.trim());
        passwords.bind(binder, draft -> draft.password, (draft, value) -> draft.password = value);
        binder.forField(roles)
                .asRequired(getTranslation("users.error.roles.required"))
                .bind(draft -> draft.roles, (draft, value) -> draft.roles = Set.copyOf(value));
    }

    private void save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            UserRow created = userService.create(new NewUser(draft.username, draft.displayName, draft.password, draft.roles));
            close();
            Notifications.success(getTranslation("users.created", created.username()));
            onCreated.accept(created);
        } catch (UsernameTakenException e) {
            String message = getTranslation("users.error.username.taken", draft.username);
            username.setErrorMessage(message);
            username.setInvalid(true);
            Notifications.error(message);
        } catch (PasswordPolicy.WeakPasswordException e) {
            passwords.password.setErrorMessage(PasswordFields.problemText(this, e.problem()));
            passwords.password.setInvalid(true);
        } catch (ConstraintViolationException e) {
            Notifications.error(getTranslation("common.invalid"));
        }
    }
}
