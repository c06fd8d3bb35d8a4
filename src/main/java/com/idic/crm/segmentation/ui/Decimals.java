package com.idic.crm.segmentation.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Plain numbers (years, factors) in the user's locale. */
final class Decimals {

    private Decimals() {
    }

    static String format(BigDecimal value, int fractionDigits, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(fractionDigits);
        format.setMinimumFractionDigits(fractionDigits);
        return format.format(value);
    }
}
