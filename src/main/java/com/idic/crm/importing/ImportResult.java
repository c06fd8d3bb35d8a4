package com.idic.crm.importing;

import java.util.List;

/**
 * The outcome of an import. Either it succeeded ({@code problemCount == 0}) and says how many
 * records were inserted and updated, or nothing was saved and {@code problems} lists the first
 * bad cells ({@code problemCount} counts them all).
 */
public record ImportResult(ImportKind kind, long rows, long inserted, long updated, List<ImportProblem> problems, long problemCount) {

    public boolean succeeded() {
        return problemCount == 0;
    }

    static ImportResult saved(ImportKind kind, long rows, long inserted, long updated) {
        return new ImportResult(kind, rows, inserted, updated, List.of(), 0);
    }

    static ImportResult rejected(ImportKind kind, long rows, List<ImportProblem> problems, long problemCount) {
        return new ImportResult(kind, rows, 0, 0, List.copyOf(problems), problemCount);
    }
}
