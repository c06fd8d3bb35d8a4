package com.idic.crm.importing;

import java.util.Arrays;
import java.util.List;

/** The whole file is refused (too large, too many rows, unreadable, wrong type); nothing was saved. */
public class ImportRejectedException extends RuntimeException {

    private final String reason;
    private final List<String> arguments;

    ImportRejectedException(String reason, Object... arguments) {
        super(reason + " " + Arrays.toString(arguments));
        this.reason = reason;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** A translation key. */
    public String reason() {
        return reason;
    }

    public List<String> arguments() {
        return arguments;
    }
}
