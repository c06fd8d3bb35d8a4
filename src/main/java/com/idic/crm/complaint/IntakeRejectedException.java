package com.idic.crm.complaint;

import java.util.List;

/** The posted complaint has problems; each names the field and says what is wrong. Nothing was saved. */
public class IntakeRejectedException extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public IntakeRejectedException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
