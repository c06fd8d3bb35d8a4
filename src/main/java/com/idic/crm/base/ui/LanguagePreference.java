package com.idic.crm.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the language switch keeps the signed-in user's choice, so it follows them to their next sign-in and
 * into their notice mails. The security feature implements it (it owns the user record); base only asks.
 */
public interface LanguagePreference {

    /** The signed-in user chose this language. */
    void chosen(Locale locale);

    /** The language the signed-in user chose last, empty if never or if nobody is signed in. */
    Optional<Locale> preferred();
}
