package com.idic.crm.notification.ui;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.notification.NoticeBroadcaster;
import com.idic.crm.notification.NoticeRow;
import com.idic.crm.notification.NotificationService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

/**
 * The bell in the top bar: a badge with the number of unread notices, kept current by server push, and a
 * list of the latest ones. Opening a notice marks it read and goes to its page.
 */
@StyleSheet("context://styles/notification.css")
class NotificationBell extends Div {

    final Button bell = new Button(VaadinIcon.BELL_O.create());
    final Span badge = new Span();
    final Popover popover = new Popover();
    final Div list = new Div();
    final Button markAllRead = new Button();

    private final transient NotificationService notifications;
    private final transient NoticeBroadcaster broadcaster;
    private transient Runnable stopListening;

    NotificationBell(NotificationService notifications, NoticeBroadcaster broadcaster) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.addClassName("notification-badge");
        badge.getElement().setAttribute("theme", "badge error primary small pill");
        markAllRead.setText(getTranslation("notification.markAllRead"));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            refresh();
        });
        Div header = new Div(new H4(getTranslation("notification.title")), markAllRead);
        header.addClassName("notification-header");
        list.addClassName("notification-list");
        popover.addClassName("notification-popover");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(header, list);
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                showList();
            }
        });
        add(bell, badge);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // notices are for people; a session without a person's role (none so far) shows no bell rather than an error
        if (AppRoles.ALL.stream().noneMatch(CurrentUser::hasRole)) {
            setVisible(false);
            return;
        }
        UI ui = attach.getUI();
        CurrentUser.username().ifPresent(username ->
                stopListening = broadcaster.listen(username, () -> ui.access(this::refresh)));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("notification.bell", unread);
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
        if (popover.isOpened()) {
            showList();
        }
    }

    private void showList() {
        list.removeAll();
        var latest = notifications.latest();
        if (latest.isEmpty()) {
            Span none = new Span(getTranslation("notification.none"));
            none.addClassNames("muted", "notification-none");
            list.add(none);
        }
        latest.forEach(notice -> list.add(entry(notice)));
        markAllRead.setEnabled(latest.stream().anyMatch(notice -> !notice.read()));
    }

    private Div entry(NoticeRow notice) {
        Span text = new Span(getTranslation(notice.messageKey(), notice.args().toArray()));
        text.addClassName("notification-text");
        Span when = new Span(Formats.dateTime(notice.createdAt(), getLocale()));
        when.addClassName("notification-when");
        Div entry = new Div(text, when);
        entry.addClassName("notification-entry");
        if (!notice.read()) {
            entry.addClassName("notification-unread");
        }
        entry.getElement().setAttribute("tabindex", "0");
        entry.addClickListener(click -> open(notice));
        return entry;
    }

    private void open(NoticeRow notice) {
        notifications.markRead(notice.id());
        popover.close();
        refresh();
        if (notice.route() != null) {
            getUI().ifPresent(ui -> ui.navigate(notice.route()));
        }
    }
}
