package com.idic.crm.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Where each known column sits in the file, read from the header row. */
final class ImportHeader {

    private final ImportKind kind;
    private final int[] positions;

    private ImportHeader(ImportKind kind, int[] positions) {
        this.kind = kind;
        this.positions = positions;
    }

    /** Reports unknown, repeated and missing required columns; the header is usable only if none were reported. */
    static ImportHeader read(ImportKind kind, long row, List<String> cells, Consumer<ImportProblem> problems) {
        int[] positions = new int[kind.columns().size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            int column = kind.columns().indexOf(name);
            if (column < 0) {
                problems.accept(ImportProblem.of(row, cells.get(i).trim(), "import.reason.unknownColumn", String.join(", ", kind.columns())));
            } else if (positions[column] >= 0) {
                problems.accept(ImportProblem.of(row, name, "import.reason.repeatedColumn"));
            } else {
                positions[column] = i;
            }
        }
        for (int column = 0; column < positions.length; column++) {
            String name = kind.columns().get(column);
            if (positions[column] < 0 && kind.isRequired(name)) {
                problems.accept(ImportProblem.of(row, name, "import.reason.missingColumn"));
            }
        }
        return new ImportHeader(kind, positions);
    }

    /** The file has this column (its cells may still be empty). */
    boolean has(String column) {
        return positions[kind.columns().indexOf(column)] >= 0;
    }

    /** The trimmed cell of {@code column}, or null when the column is absent or the cell blank. */
    String value(List<String> cells, String column) {
        int position = positions[kind.columns().indexOf(column)];
        if (position < 0 || position >= cells.size()) {
            return null;
        }
        String value = cells.get(position).trim();
        return value.isEmpty() ? null : value;
    }
}
