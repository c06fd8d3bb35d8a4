package com.idic.crm.segmentation.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;

/** Background runs reach the UI through {@code ui.access}; Karibu runs those tasks when asked. */
final class UiWait {

    private UiWait() {
    }

    static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("condition not met within 60 s");
    }

    static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(UiWait::text).toList();
    }

    static String text(Notification notification) {
        String text = notification.getElement().getProperty("text");
        return text != null ? text : notification.getElement().getTextRecursively();
    }
}
