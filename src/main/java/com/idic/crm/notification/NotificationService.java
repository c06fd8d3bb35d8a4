package com.idic.crm.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import com.idic.crm.notification.domain.NoticeStore;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.security.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

/**
 * Tells users about things (an SLA about to break, an escalation): under the bell in the app, pushed live
 * to a signed-in user, and by mail when mail is configured. A notice reaches a user once per dedup key,
 * even when two nodes send it at the same moment. The signed-in user reads and marks their own notices.
 */
@Service
@Validated
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
public class NotificationService {

    public static final int LATEST_SHOWN = 30;

    private final NoticeStore store;
    private final UserDirectory users;
    private final NoticeBroadcaster broadcaster;
    private final NoticeMailer mailer;
    private final Clock clock;

    NotificationService(NoticeStore store, UserDirectory users, NoticeBroadcaster broadcaster, NoticeMailer mailer,
                        Clock clock) {
        this.store = store;
        this.users = users;
        this.broadcaster = broadcaster;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Stores the notice for each user who has not had it yet; they are pushed and mailed once the caller's
     * transaction commits (at once without one), so a rolled-back escalation tells nobody anything.
     */
    @Transactional
    public void notifyUsers(@NotNull Collection<@NotNull String> usernames, @NotNull @Valid Notice notice) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> stored = new ArrayList<>();
        for (String username : new LinkedHashSet<>(usernames)) {
            if (store.insertIfNew(username, notice, now)) {
                stored.add(username);
            }
        }
        if (stored.isEmpty()) {
            return;
        }
        Runnable deliver = () -> {
            broadcaster.arrived(stored);
            mailer.mail(stored, notice);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }

    /** To every enabled user holding the role (an {@link AppRoles} constant). */
    @Transactional
    public void notifyRole(@NotNull String role, @NotNull @Valid Notice notice) {
        if (!AppRoles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        notifyUsers(users.enabledUsernamesWithRole(role), notice);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return store.unreadCount(me());
    }

    /** The signed-in user's latest notices, newest first. */
    @Transactional(readOnly = true)
    public List<NoticeRow> latest() {
        return store.latest(me(), LATEST_SHOWN);
    }

    @Transactional
    public void markRead(long noticeId) {
        if (store.markRead(me(), noticeId, LocalDateTime.now(clock))) {
            broadcaster.arrived(List.of(me()));
        }
    }

    @Transactional
    public void markAllRead() {
        if (store.markAllRead(me(), LocalDateTime.now(clock)) > 0) {
            broadcaster.arrived(List.of(me()));
        }
    }

    private static String me() {
        return CurrentUser.username().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
