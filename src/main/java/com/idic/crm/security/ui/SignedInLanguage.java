package com.idic.crm.security.ui;

import com.idic.crm.base.ui.LanguagePreference;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Opens every page of a signed-in user in the language they chose last (language switch or administrator),
 * on any browser; before a choice the browser's language applies. Set before the view is built, as the
 * switch's reload does, because views translate their texts when they are made.
 */
@Component
class SignedInLanguage implements VaadinServiceInitListener {

    private final LanguagePreference languages;

    SignedInLanguage(LanguagePreference languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> languages.preferred()
                .filter(locale -> !locale.equals(init.getUI().getSession().getLocale()))
                .ifPresent(locale -> init.getUI().getSession().setLocale(locale)));
    }
}
