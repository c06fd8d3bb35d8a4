package com.idic.crm.security.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.UserService;
import com.idic.crm.security.UserService.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.springframework.dao.OptimisticLockingFailureException;

/** Sets the language a user reads the application and their notice mails in. */
class LanguageDialog extends Dialog {

    final Select<Locale> language = new Select<>();
    final Button save = new Button();

    LanguageDialog(UserService userService, UserRow user, Consumer<UserRow> onChanged) {
        setHeaderTitle(getTranslation("users.dialog.language.title", user.username()));
        language.setLabel(getTranslation("users.column.language"));
        language.setItems(CrmI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> locale == null ? getTranslation("users.language.none") : UserAdminView.languageName(locale));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("users.language.none"));
        language.setValue(user.language());
        language.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("users.dialog.language.help"));
        help.addClassName("muted");
        add(language, help);
        setWidth("32rem");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                UserRow changed = userService.setLanguage(user, language.getValue());
                close();
                Notifications.success(getTranslation("users.languageChanged", changed.username()));
                onChanged.accept(changed);
            } catch (OptimisticLockingFailureException e) {
                close();
                Notifications.conflict();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
