package com.idic.crm.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class NotificationServiceTest {

    @Autowired NotificationService notifications;
    @Autowired NoticeBroadcaster broadcaster;
    @Autowired AppUserRepository users;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theSameNoticeSentAtTheSameMomentByTwoNodesIsStoredAndPushedOnce() throws Exception {
        String user = "dedup-" + tag;
        AtomicInteger pushes = new AtomicInteger();
        Runnable stop = broadcaster.listen(user, pushes::incrementAndGet);
        Notice notice = notice("sla-warning-17");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                sent.add(nodes.submit(() -> {
                    start.await();
                    SystemAuthentication.run(() -> notifications.notifyUsers(List.of(user), notice));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            nodes.shutdown();
            stop.run();
        }
        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(user, user), notice));

        assertThat(as(user, () -> notifications.latest())).hasSize(1);
        assertThat(pushes).hasValue(1);
    }

    @Test
    void aRoleNoticeReachesEveryEnabledUserWithTheRoleAndNobodyElse() {
        String managerA = user("mgr-a", AppRoles.MANAGER, true);
        String managerB = user("mgr-b", AppRoles.MANAGER, true);
        String retired = user("mgr-off", AppRoles.MANAGER, false);
        String marketer = user("mkt", AppRoles.MARKETER, true);

        as(user("desk", AppRoles.SERVICE_DESK, true), () -> {
            notifications.notifyRole(AppRoles.MANAGER, notice("escalated-" + tag));
            return null;
        });

        assertThat(as(managerA, () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(as(managerB, () -> notifications.latest())).extracting(NoticeRow::messageKey)
                .containsExactly("interaction.level.saved");
        assertThat(as(retired, () -> notifications.unreadCount())).isZero();
        assertThat(as(marketer, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void aUserReadsAndMarksOnlyTheirOwnNotices() {
        String mine = "reader-" + tag;
        String theirs = "other-" + tag;
        SystemAuthentication.run(() -> {
            notifications.notifyUsers(List.of(mine, theirs), notice("a-" + tag));
            notifications.notifyUsers(List.of(mine), notice("b-" + tag));
        });
        List<NoticeRow> latest = as(mine, () -> notifications.latest());
        assertThat(latest).hasSize(2);
        assertThat(latest.get(0).args()).containsExactly("Proactive");
        assertThat(latest.get(0).route()).isEqualTo("customers/1");
        long theirId = as(theirs, () -> notifications.latest()).get(0).id();

        as(mine, () -> {
            notifications.markRead(latest.get(0).id());
            notifications.markRead(theirId);
            return null;
        });

        assertThat(as(mine, () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(as(theirs, () -> notifications.unreadCount())).isEqualTo(1);
        as(mine, () -> {
            notifications.markAllRead();
            return null;
        });
        assertThat(as(mine, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void aNoticeSentInATransactionThatRollsBackReachesNobody() {
        String user = "rollback-" + tag;
        AtomicInteger pushes = new AtomicInteger();
        Runnable stop = broadcaster.listen(user, pushes::incrementAndGet);
        try {
            SystemAuthentication.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                notifications.notifyUsers(List.of(user), notice("rolled-back"));
                status.setRollbackOnly();
            }));
        } finally {
            stop.run();
        }
        assertThat(pushes).hasValue(0);
        assertThat(as(user, () -> notifications.latest())).isEmpty();
    }

    @Test
    void aBadNoticeAnUnknownRoleOrACallerNobodySignedInIsRefused() {
        assertThatThrownBy(() -> SystemAuthentication.run(() -> notifications.notifyUsers(List.of("x-" + tag),
                new Notice(" ", "interaction.level.saved", List.of(), null)))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> SystemAuthentication.run(() -> notifications.notifyRole("CUSTOMER", notice("r"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.notifyUsers(List.of("x-" + tag), notice("anonymous")))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private Notice notice(String dedupKey) {
        return new Notice(dedupKey, "interaction.level.saved", List.of("Proactive"), "customers/1");
    }

    private String user(String prefix, String role, boolean enabled) {
        AppUser user = new AppUser(prefix + "-" + tag, "Notified " + prefix, "{noop}x", Set.of(role), LocalDateTime.now(clock));
        user.setEnabled(enabled);
        return users.save(user).getUsername();
    }

    private static <T> T as(String username, java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SERVICE_DESK))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
