package com.idic.crm.base.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.idic.crm.base.CrmI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/** Switches between English and Simplified Chinese for the whole session and keeps the choice as the user's language. */
public class LanguageSwitch extends Select<Locale> {

    /** For the session only: on the sign-in page there is nobody yet to keep the choice for. */
    public LanguageSwitch() {
        this(locale -> { });
    }

    public LanguageSwitch(Consumer<Locale> chosen) {
        setItems(CrmI18NProvider.LOCALES);
        setItemLabelGenerator(locale -> locale.getDisplayName(locale));
        setAriaLabel(getTranslation("language.label"));
        addClassName("language-switch");
        setValue(matching(getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                chosen.accept(event.getValue());
                VaadinSession.getCurrent().setLocale(event.getValue());
                // Every translated string is built in constructors, so a reload is the honest way to apply the switch.
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private static Locale matching(Locale current) {
        return current != null && "zh".equals(current.getLanguage()) ? CrmI18NProvider.CHINESE : Locale.ENGLISH;
    }
}
