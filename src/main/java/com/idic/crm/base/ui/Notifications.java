package com.idic.crm.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Outcome messages with one look across the app: success fades quickly, errors stay longer. */
public final class Notifications {

    private static final int SUCCESS_MILLIS = 3000;
    private static final int ERROR_MILLIS = 8000;

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Another user saved the record first; the common wording of base.properties. */
    public static Notification conflict() {
        UI ui = UI.getCurrent();
        return error(ui.getTranslation("common.conflict.title") + " \u2014 " + ui.getTranslation("common.conflict.message"));
    }

    /** Nothing went wrong, but the user has to do something first. */
    public static Notification warning(String text) {
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        return notification;
    }

    public static Notification error(String text) {
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
