package com.idic.crm.segmentation.ui;

import java.util.Optional;

/** The {@code run} query parameter: a run id, or nothing if it is not one. */
final class RunParameter {

    private RunParameter() {
    }

    static Optional<Long> parse(String text) {
        try {
            long id = Long.parseLong(text.trim());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
