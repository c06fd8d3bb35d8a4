package com.idic.crm.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

import com.idic.crm.base.db.EmbeddedDatabaseBootstrap;
import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * desk/desk, marketer/marketer, manager/manager, admin/admin for the zero-setup run. Created only when
 * the embedded database is in use, whatever any property says: those well-known passwords must never
 * reach a real installation. The embedded run listens on 127.0.0.1 only.
 */
@Component
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final Clock clock;

    DemoUsers(AppUserRepository users, PasswordEncoder passwordEncoder, Environment environment, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    @Transactional
    @PermitAll // started by the application itself at start-up, before anyone can log in
    public void createDemoUsers() {
        if (!EmbeddedDatabaseBootstrap.inUse(environment)) {
            return;
        }
        create("desk", "Dana Desk", AppRoles.SERVICE_DESK);
        create("marketer", "Mark Marketer", AppRoles.MARKETER);
        create("manager", "Mia Manager", AppRoles.MANAGER);
        create("admin", "Ada Admin", AppRoles.ADMIN);
    }

    private void create(String username, String displayName, String role) {
        if (users.existsByUsername(username)) {
            return;
        }
        AppUser user = new AppUser(username, displayName, passwordEncoder.encode(username), Set.of(role), LocalDateTime.now(clock));
        user.setEmail(username + "@demo.idic-crm.example");
        users.save(user);
        log.info("Created demo user {} ({})", username, role);
    }
}
