package com.idic.crm.security.ui;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.PasswordPolicy;
import com.idic.crm.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every signed-in user replaces their own password here, typing the current one first. */
@Route("account/password")
@Menu(title = "nav.admin.ownPassword", order = 9, icon = "PASSWORD")
@PermitAll
public class OwnPasswordView extends Main implements HasDynamicTitle {

    static final class Draft {
        String password = "";
    }

    final PasswordField current = new PasswordField();
    final PasswordFields passwords = new PasswordFields(this);
    final Button save = new Button();
    private final Binder<Draft> binder = new Binder<>();

    public OwnPasswordView(UserService userService) {
        addClassName("view");
        current.setLabel(getTranslation("account.field.currentPassword"));
        current.setRequiredIndicatorVisible(true);
        passwords.bind(binder, draft -> draft.password, (draft, value) -> draft.password = value);
        binder.readBean(new Draft());
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Draft draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                userService.changeOwnPassword(current.getValue(), draft.password);
                current.clear();
                binder.readBean(new Draft());
                Notifications.success(getTranslation("account.passwordChanged"));
            } catch (UserService.WrongPasswordException e) {
                current.setErrorMessage(getTranslation("account.error.wrongCurrent"));
                current.setInvalid(true);
            } catch (PasswordPolicy.WeakPasswordException e) {
                passwords.password.setErrorMessage(PasswordFields.problemText(this, e.problem()));
                passwords.password.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(current, passwords.password, passwords.confirmation);
        form.setMaxWidth("40em");
        add(new H2(getTranslation("account.title")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
