package com.idic.crm.notification;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Something a user should know. The message is a translation key with its arguments, resolved in the
 * recipient's language when shown; {@code route} is the view it opens (e.g. "complaints/17") or null;
 * the same {@code dedupKey} sent to the same user again is stored and mailed only once.
 */
public record Notice(
        @NotBlank @Size(max = 200) String dedupKey,
        @NotBlank @Size(max = 200) String messageKey,
        @NotNull List<@NotNull @Size(max = 500) String> args,
        @Size(max = 300) String route) {

    public Notice {
        args = args == null ? null : List.copyOf(args);
    }
}
