package com.idic.crm.customization;

/**
 * A request the rules refuse (an illegal step, bad input, approving one's own offer): nothing was saved.
 * The message is a translation key with its arguments, so the view tells the user in their language.
 */
public class CustomizationRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CustomizationRefusedException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
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
