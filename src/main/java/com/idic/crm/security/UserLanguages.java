package com.idic.crm.security;

import java.util.Locale;
import java.util.Optional;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.base.ui.LanguagePreference;
import com.idic.crm.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's language, kept on their user record as a language tag: chosen with the language switch (by the user)
 * or in user administration (by an administrator), read when a notice is mailed to them. Only the application's
 * languages are kept.
 */
@Service
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
public class UserLanguages implements LanguagePreference {

    private final AppUserRepository users;

    UserLanguages(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional
    public void chosen(Locale locale) {
        String tag = tag(locale);
        CurrentUser.username().flatMap(users::findByUsername).ifPresent(user -> {
            if (!tag.equals(user.getLanguage())) {
                user.setLanguage(tag);
                users.save(user);
            }
        });
    }

    /** Asked when any page opens, also the sign-in page before anyone is signed in: nobody's choice is empty. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Locale> preferred() {
        return CurrentUser.username().flatMap(users::findByUsername).flatMap(user -> parse(user.getLanguage()));
    }

    static Optional<Locale> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag);
        return CrmI18NProvider.LOCALES.stream().filter(supported -> supported.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The tag stored for a language; an unsupported one is refused, null stays null. */
    static String tag(Locale locale) {
        if (locale == null) {
            return null;
        }
        return CrmI18NProvider.LOCALES.stream().filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst().map(Locale::toLanguageTag)
                .orElseThrow(() -> new IllegalArgumentException("Not a language of the application: " + locale));
    }
}
