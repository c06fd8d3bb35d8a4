package com.idic.crm.customer.duplicates.ui;

import java.util.stream.Stream;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customer.duplicates.MergeException;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.dao.OptimisticLockingFailureException;

/** Tells the user why a merge or undo was refused. */
final class MergeMessages {

    private MergeMessages() {
    }

    static String text(RuntimeException e) {
        if (!(e instanceof MergeException refusal)) {
            return I18NProvider.translate("duplicates.error.stale");
        }
        return text(refusal);
    }

    private static String text(MergeException e) {
        Object[] params = e.getParams();
        if (!e.getFields().isEmpty()) {
            String fields = String.join(", ", e.getFields().stream()
                    .map(field -> I18NProvider.translate("duplicates.field." + field)).toList());
            params = Stream.concat(Stream.of(params), Stream.of(fields)).toArray();
        }
        return I18NProvider.translate(e.getMessageKey(), params);
    }

    static void showRefusal(RuntimeException e) {
        Notifications.error(text(e));
    }

    /** Refusals the user can act on; anything else is a bug and goes to the error handler. */
    static boolean isRefusal(RuntimeException e) {
        return e instanceof MergeException || e instanceof OptimisticLockingFailureException;
    }
}
