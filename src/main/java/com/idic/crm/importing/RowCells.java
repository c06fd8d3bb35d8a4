package com.idic.crm.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

/** One data row: typed cell values, with every cell that cannot be read reported once. */
final class RowCells {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final ImportKind kind;
    private final ImportHeader header;
    private final long row;
    private final List<String> cells;
    private final Consumer<ImportProblem> problems;
    private final Set<String> badColumns = new HashSet<>();

    RowCells(ImportKind kind, ImportHeader header, long row, List<String> cells, Consumer<ImportProblem> problems) {
        this.kind = kind;
        this.header = header;
        this.row = row;
        this.cells = cells;
        this.problems = problems;
    }

    long row() {
        return row;
    }

    String text(String column) {
        String value = header.value(cells, column);
        if (value == null && kind.isRequired(column)) {
            report(column, "import.reason.required");
        }
        return value;
    }

    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            report(column, "import.reason.choice", value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the report below, as for any other text that is not a date
        }
        report(column, "import.reason.date", value);
        return null;
    }

    LocalDate notAfter(String column, LocalDate today) {
        LocalDate date = date(column);
        if (date != null && date.isAfter(today)) {
            report(column, "import.reason.future", date);
            return null;
        }
        return date;
    }

    BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            report(column, "import.reason.decimal", value);
            return null;
        }
        return new BigDecimal(value);
    }

    void report(String column, String reason, Object... arguments) {
        if (badColumns.add(column)) {
            problems.accept(ImportProblem.of(row, column, reason, arguments));
        }
    }

    /** Reports the record's constraint violations, in column order, on columns that have no problem yet. */
    void report(Set<? extends ConstraintViolation<?>> violations) {
        violations.stream()
                .sorted(java.util.Comparator.comparingInt(v -> kind.columns().indexOf(kind.columnOf(v.getPropertyPath().toString()))))
                .forEach(violation -> {
                    String column = kind.columnOf(violation.getPropertyPath().toString());
                    String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                    Object max = violation.getConstraintDescriptor().getAttributes().get("max");
                    report(column, "import.reason.constraint." + constraint, max == null ? "" : max);
                });
    }

    boolean hasProblems() {
        return !badColumns.isEmpty();
    }
}
