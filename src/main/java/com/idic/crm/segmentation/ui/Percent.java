package com.idic.crm.segmentation.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Shares as the user's locale writes percentages, one decimal. */
final class Percent {

    private Percent() {
    }

    static String of(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(share != 0 && Math.abs(share) < 0.1 ? 1 : 0);
        return format.format(share);
    }

    /** For CSS widths: 0..100 with a dot as decimal separator whatever the locale. */
    static String css(double share) {
        double clamped = Math.max(0, Math.min(1, share));
        return String.format(Locale.ROOT, "%.2f%%", clamped * 100);
    }
}
