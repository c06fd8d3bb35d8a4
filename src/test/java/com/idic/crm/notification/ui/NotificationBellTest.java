package com.idic.crm.notification.ui;

import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.idic.crm.notification.Notice;
import com.idic.crm.notification.NotificationService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationBellTest extends KaribuTest {

    @Autowired NotificationService notifications;

    private final String user = "bell-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aNoticeArrivingForTheSignedInUserLightsTheBadgeAtOnce() {
        login(user, AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate("customers");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badge.isVisible()).isFalse();

        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(user, "someone-else"), notice("one")));
        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(user), notice("two")));
        MockVaadin.clientRoundtrip();

        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.badge.getText()).isEqualTo("2");
        assertThat(bell.bell.getTooltip().getText()).isEqualTo("Notifications: 2 unread");
    }

    @Test
    void openingANoticeMarksItReadAndGoesToItsPage() {
        login(user, AppRoles.MANAGER);
        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(user), notice("open")));
        UI.getCurrent().navigate("customers");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badge.getText()).isEqualTo("1");

        bell.popover.open();
        List<Div> entries = _find(bell.list, Div.class, spec -> spec.withClasses("notification-entry"));
        assertThat(entries).hasSize(1);
        assertThat(_get(entries.get(0), Span.class, spec -> spec.withClasses("notification-text")).getText())
                .isEqualTo("Relationship level is now Proactive.");
        _click(entries.get(0));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("account/password");
        assertThat(notifications.unreadCount()).isZero();
        assertThat(_get(NotificationBell.class).badge.isVisible()).isFalse();
    }

    @Test
    void markAllReadEmptiesTheBadgeAndTheListSaysWhenThereIsNothing() {
        login(user, AppRoles.MARKETER);
        UI.getCurrent().navigate("customers");
        NotificationBell bell = _get(NotificationBell.class);
        bell.popover.open();
        assertThat(_get(bell.list, Span.class, spec -> spec.withClasses("notification-none")).getText())
                .isEqualTo("No notifications.");

        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(user), notice("a")));
        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(user), notice("b")));
        MockVaadin.clientRoundtrip();
        assertThat(_find(bell.list, Div.class, spec -> spec.withClasses("notification-unread"))).hasSize(2);
        _click(bell.markAllRead);

        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(_find(bell.list, Div.class, spec -> spec.withClasses("notification-unread"))).isEmpty();
    }

    @Test
    void aNoticeReadsInTheViewersCurrentLanguage() {
        login(user, AppRoles.SERVICE_DESK);
        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(user), notice("zh")));
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("customers");
        NotificationBell bell = _get(NotificationBell.class);

        bell.popover.open();

        assertThat(_get(bell.list, Span.class, spec -> spec.withClasses("notification-text")).getText())
                .isEqualTo("关系水平已改为Proactive。");
    }

    private Notice notice(String key) {
        return new Notice(key + "-" + user, "interaction.level.saved", List.of("Proactive"), "account/password");
    }
}
