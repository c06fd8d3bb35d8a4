package com.idic.crm.segmentation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The worked example of ../shared/examples/segmentation (copied to the test resources): 150 customers,
 * their orders and every expected result at 2025-06-15, and the comparison of a run's scores with it.
 */
public final class WorkedExample {

    public static final String FOLDER = "/segmentation/worked-example/";
    public static final LocalDate ANALYSIS_DATE = LocalDate.of(2025, 6, 15);

    private WorkedExample() {
    }

    /** Imports the example's customers and orders (again: re-importing updates) through the import service. */
    public static void importInto(com.idic.crm.importing.ImportService imports, java.nio.file.Path dir) {
        for (var kind : List.of(com.idic.crm.importing.ImportKind.CUSTOMERS, com.idic.crm.importing.ImportKind.ORDERS)) {
            String name = kind == com.idic.crm.importing.ImportKind.CUSTOMERS ? "customers.csv" : "orders.csv";
            java.nio.file.Path file = dir.resolve(name);
            try (InputStream in = open(name)) {
                java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var result = imports.importFile(kind, file, name, com.idic.crm.importing.ImportProgress.NONE);
            if (!result.succeeded()) {
                throw new IllegalStateException("Worked example import failed: " + result);
            }
        }
    }

    public static InputStream open(String file) {
        return WorkedExample.class.getResourceAsStream(FOLDER + file);
    }

    /** Rows of a CSV file (no quoting in these files) as maps by header, in file order. */
    public static List<Map<String, String>> rows(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Differences between the expected results and {@code scores} (by external id), one line per
     * customer and column; empty when everything matches.
     */
    public static List<String> differences(Map<String, CustomerScore> scores) {
        List<String> differences = new ArrayList<>();
        for (Map<String, String> expected : rows("expected.csv")) {
            String id = expected.get("External ID");
            CustomerScore score = scores.get(id);
            if (score == null) {
                differences.add(id + ": no score");
                continue;
            }
            compare(differences, id, "R", expected, score, s -> text(s.recency()));
            compare(differences, id, "F", expected, score, s -> text(s.frequency()));
            compare(differences, id, "M", expected, score, s -> text(s.monetary()));
            compare(differences, id, "RFM", expected, score, s -> text(s.rfmCode()));
            compare(differences, id, "Tier", expected, score, s -> name(s.tier()));
            compare(differences, id, "ABC", expected, score, s -> text(s.abcClass()));
            compare(differences, id, "Profit 12m", expected, score, s -> money(s.profit12m()));
            compare(differences, id, "Profit prev 12m", expected, score, s -> money(s.profitPrev12m()));
            compare(differences, id, "CLV history", expected, score, s -> money(s.clvHistory()));
            compare(differences, id, "CLV future", expected, score, s -> money(s.clvFuture()));
            compare(differences, id, "CLV total", expected, score, s -> money(s.clvTotal()));
            compare(differences, id, "Quadrant", expected, score, s -> s.quadrant() == null ? ""
                    : s.quadrant() == Quadrant.VIP ? "VIP" : name(s.quadrant()));
            compare(differences, id, "Credit rating", expected, score, s -> name(s.creditRating()));
            compare(differences, id, "Lifecycle stage", expected, score, s -> name(s.stage()));
        }
        return differences;
    }

    private static void compare(List<String> differences, String id, String column, Map<String, String> expected,
                                CustomerScore score, Function<CustomerScore, String> actual) {
        String want = expected.get(column);
        String got = actual.apply(score);
        if (!want.equals(got)) {
            differences.add(id + " " + column + ": expected '" + want + "' but was '" + got + "'");
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2).toPlainString();
    }

    /** Platinum, None, Growth: the enum name as the example writes it. */
    private static String name(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String lower = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
