package com.idic.crm.customization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.idic.crm.base.ui.Formats;

/**
 * What the system writes into an offer's history is stored as plain values and worded only when shown, so a
 * reader in Shanghai sees it in Chinese; what a user typed (a reason) stays as typed. Notes written before this
 * format existed are shown as stored.
 */
public final class OfferHistoryNote {

    private static final String SEPARATOR = "|";

    /** Looks up a translation key in the reader's language, e.g. a component's getTranslation. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... params);
    }

    private OfferHistoryNote() {
    }

    static String join(Object... values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(SEPARATOR));
    }

    public static String render(OfferHistoryEntry entry, Locale locale, Translator translator) {
        String note = entry.note();
        if (note == null) {
            return "";
        }
        String[] values = note.split("\\" + SEPARATOR, -1);
        try {
            return switch (entry.action()) {
                case SUBMIT_FOR_APPROVAL -> Arrays.stream(note.split(",")).map(String::trim).filter(code -> !code.isEmpty())
                        .map(code -> translator.translate("approval.reason." + code)).collect(Collectors.joining(", "));
                case EDIT -> values.length == 6 ? translator.translate("offer.note.EDIT", values[0],
                        Formats.money(new BigDecimal(values[1]), locale), Formats.money(new BigDecimal(values[2]), locale),
                        values[3].isEmpty() ? "-" : percent(values[3]), percent(values[4]), date(values[5], locale)) : note;
                case EXPIRE -> values.length == 1 && !note.contains(" ")
                        ? translator.translate("offer.note.EXPIRE", date(values[0], locale)) : note;
                case CREATE -> values.length == 2 ? translator.translate("offer.note.RENEGOTIATED", values[0], values[1]) : note;
                default -> note;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return note;
        }
    }

    private static String percent(String value) {
        return new BigDecimal(value).stripTrailingZeros().toPlainString() + " %";
    }

    private static String date(String value, Locale locale) {
        return "null".equals(value) ? "-" : Formats.date(LocalDate.parse(value), locale);
    }
}
