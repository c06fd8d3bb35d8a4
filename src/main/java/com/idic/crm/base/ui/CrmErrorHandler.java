package com.idic.crm.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Last line of defence for exceptions no view handled: the user gets a translated
 * notification instead of a stack trace, and the log gets the details.
 */
public class CrmErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(CrmErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = event.getComponent().map(component -> component.getUI().orElse(null)).orElse(UI.getCurrent());
        if (isConflict(error)) {
            log.info("Concurrent edit refused: {}", error.getMessage());
            show(ui, Notifications::conflict);
        } else if (isAccessDenied(error)) {
            // a service refused the role (the security event log has it): the user's role, not a fault
            log.info("Access denied: {}", error.getMessage());
            show(ui, () -> Notifications.error(ui.getTranslation("error.accessDenied.title") + " \u2014 "
                    + ui.getTranslation("common.accessDenied")));
        } else {
            log.error("Unexpected error", error);
            show(ui, () -> Notifications.error(ui.getTranslation("error.unexpected.title") + " \u2014 "
                    + ui.getTranslation("error.unexpected.message")));
        }
    }

    static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    static boolean isAccessDenied(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    private static void show(UI ui, Runnable notification) {
        if (ui == null) {
            return; // not inside a UI request (e.g. a failed upload stream): the log is all we can do
        }
        if (ui.getSession() != null && ui.getSession().hasLock() && UI.getCurrent() == ui) {
            notification.run();
        } else {
            ui.access(notification::run);
        }
    }
}
