package com.idic.crm.security.ui;

import java.util.function.Consumer;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.UserService;
import com.idic.crm.security.UserService.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Sets where a user's notices are mailed. */
class EmailDialog extends Dialog {

    final EmailField email = new EmailField();
    final Button save = new Button();

    EmailDialog(UserService userService, UserRow user, Consumer<UserRow> onChanged) {
        setHeaderTitle(getTranslation("users.dialog.email.title", user.username()));
        email.setLabel(getTranslation("users.column.email"));
        email.setValue(user.email() == null ? "" : user.email());
        email.setMaxLength(UserService.MAX_EMAIL_LENGTH);
        email.setErrorMessage(getTranslation("users.error.email"));
        email.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("users.dialog.email.help"));
        help.addClassName("muted");
        add(email, help);
        setWidth("32rem");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                UserRow changed = userService.setEmail(user, email.getValue().strip());
                close();
                Notifications.success(getTranslation("users.emailChanged", changed.username()));
                onChanged.accept(changed);
            } catch (ConstraintViolationException e) {
                email.setInvalid(true);
            } catch (OptimisticLockingFailureException e) {
                close();
                Notifications.conflict();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
