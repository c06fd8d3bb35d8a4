package com.idic.crm.customer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalized forms of name, phone and e-mail. Filters and the duplicate finder compare
 * these, so "+86 138-0013-8000" and "13800138000" are the same phone.
 */
public final class CustomerKeys {

    private CustomerKeys() {
    }

    public static String name(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", "");
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
