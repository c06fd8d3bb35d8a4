package com.idic.crm.notification.ui;

import com.idic.crm.base.ui.NavbarItem;
import com.idic.crm.notification.NoticeBroadcaster;
import com.idic.crm.notification.NotificationService;
import com.vaadin.flow.component.Component;

/** Puts the notification bell in the top bar. */
@org.springframework.stereotype.Component
class NotificationBellItem implements NavbarItem {

    private final NotificationService notifications;
    private final NoticeBroadcaster broadcaster;

    NotificationBellItem(NotificationService notifications, NoticeBroadcaster broadcaster) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, broadcaster);
    }
}
