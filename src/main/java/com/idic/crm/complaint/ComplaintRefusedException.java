package com.idic.crm.complaint;

import java.util.Arrays;

/**
 * The service refused a change that the rules do not allow (an illegal transition, a reopen after the
 * window, a duplicate of itself). Carries a translation key and its arguments so every caller, view or
 * API, tells the user the same reason in the user's language; the message is the English key for logs.
 */
public class ComplaintRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ComplaintRefusedException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
