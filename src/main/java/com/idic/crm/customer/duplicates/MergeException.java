package com.idic.crm.customer.duplicates;

import java.util.List;

/**
 * A merge or undo that was refused; nothing was changed. Carries a translation key of the
 * duplicates bundle and its parameters, and for some refusals the fields concerned.
 */
public class MergeException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;
    private final List<String> fields;

    public MergeException(String messageKey, Object... params) {
        this(messageKey, List.of(), params);
    }

    public MergeException(String messageKey, List<String> fields, Object... params) {
        super(messageKey + " " + fields);
        this.messageKey = messageKey;
        this.params = params;
        this.fields = List.copyOf(fields);
    }

    public String getMessageKey() { return messageKey; }
    public Object[] getParams() { return params.clone(); }
    /** {@code FillableField} names, e.g. the kept record's fields changed since the merge. */
    public List<String> getFields() { return fields; }
}
