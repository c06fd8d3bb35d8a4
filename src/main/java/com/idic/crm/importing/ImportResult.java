package com.idic.crm.importing;

import java.util.List;

/**
 * The outcome of an import. Either it succeeded ({@code problemCount == 0}) and says how many rows
 * made new records, changed stored ones or found them as they were, with notices about rows it
 * skipped on purpose (a merged-away or anonymized record); or nothing was saved and
 * {@code problems} lists the first bad cells ({@code problemCount} counts them all).
 */
public record ImportResult(ImportKind kind, long rows, long inserted, long updated, long unchanged,
                           List<ImportProblem> problems, long problemCount, List<ImportProblem> notices, long noticeCount) {

    public boolean succeeded() {
        return problemCount == 0;
    }

    static ImportResult saved(ImportKind kind, long rows, long inserted, long updated, long unchanged,
                              List<ImportProblem> notices, long noticeCount) {
        return new ImportResult(kind, rows, inserted, updated, unchanged, List.of(), 0, List.copyOf(notices), noticeCount);
    }

    static ImportResult rejected(ImportKind kind, long rows, List<ImportProblem> problems, long problemCount) {
        return new ImportResult(kind, rows, 0, 0, 0, List.copyOf(problems), problemCount, List.of(), 0);
    }
}
