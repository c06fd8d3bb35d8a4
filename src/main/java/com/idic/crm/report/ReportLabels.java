package com.idic.crm.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Texts of a workbook in the language of the user who asked for it; a report is written in the
 * background, away from the user's UI, so the locale travels with the request.
 */
public final class ReportLabels {

    private final I18NProvider i18n;
    private final Locale locale;

    public ReportLabels(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    /** Named like the views' method, so the translation completeness test checks the keys used here too. */
    public String getTranslation(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    /** The label of an enum value under {@code prefix}, or null (an empty cell) for no value. */
    public String label(String prefix, Enum<?> value) {
        return value == null ? null : getTranslation(prefix + value.name());
    }

    /** Every value's label under {@code prefix}, looked up once rather than once per cell. */
    public <E extends Enum<E>> Map<E, String> labels(String prefix, Class<E> type) {
        Map<E, String> labels = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            labels.put(value, getTranslation(prefix + value.name()));
        }
        return labels;
    }

    public Locale locale() {
        return locale;
    }
}
