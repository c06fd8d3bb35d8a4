package com.idic.crm.catalog;

/** Another catalog item already has the code: codes are how marketers and offers name items. */
public class CodeTakenException extends RuntimeException {

    private final String code;

    public CodeTakenException(String code) {
        super("The catalog code " + code + " is already used");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
