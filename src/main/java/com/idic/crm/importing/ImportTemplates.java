package com.idic.crm.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A file to start from for each kind: the header row with every column and one example row, as
 * CSV in UTF-8 with a byte-order mark (so Excel opens the Chinese example text correctly). The
 * example imports as it stands.
 */
public final class ImportTemplates {

    private static final List<String> CUSTOMER_EXAMPLE = List.of("C-0001", "INDIVIDUAL", "Wang Fang", "FEMALE",
            "1988-04-12", "", "", "+86 138 0013 8000", "wang.fang@example.com", "华东", "GENERAL_CONSUMER", "WEBSITE",
            "2024-01-15");
    private static final List<String> ORDER_EXAMPLE = List.of("O-0001", "C-0001", "2024-03-01", "1280.00", "900.00",
            "Electronics", "Online", "1280.00", "2024-03-02");

    private ImportTemplates() {
    }

    public static String fileName(ImportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + "-template.csv";
    }

    public static byte[] csv(ImportKind kind) {
        List<String> example = kind == ImportKind.CUSTOMERS ? CUSTOMER_EXAMPLE : ORDER_EXAMPLE;
        String text = "\uFEFF" + String.join(",", kind.columns()) + "\r\n" + String.join(",", example) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
