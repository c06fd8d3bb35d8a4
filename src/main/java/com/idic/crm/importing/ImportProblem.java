package com.idic.crm.importing;

import java.util.List;

/**
 * Why one cell (or the header, or the whole row when {@code column} is empty) cannot be
 * imported. {@code reason} is a translation key, {@code arguments} fill its placeholders.
 */
public record ImportProblem(long row, String column, String reason, List<String> arguments) {

    static ImportProblem of(long row, String column, String reason, Object... arguments) {
        return new ImportProblem(row, column, reason, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
