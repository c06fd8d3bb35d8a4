package com.idic.crm.security;

import jakarta.annotation.security.PermitAll;
import java.util.Set;

import com.idic.crm.base.db.EmbeddedDatabaseBootstrap;
import com.idic.crm.security.UserService.NewUser;
import com.idic.crm.security.UserService.UsernameTakenException;
import com.idic.crm.security.domain.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first administrator of a new installation, from {@code CRM_ADMIN_USERNAME} and
 * {@code CRM_ADMIN_PASSWORD}: created on a start that finds no user at all, under the same password rules
 * as every other account. Once any user exists the variables are ignored, so leaving them set cannot
 * re-create or reset an account.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final UserService userService;
    private final Environment environment;
    private final String username;
    private final String password;

    FirstAdministrator(AppUserRepository users, UserService userService, Environment environment,
                       @Value("${crm.admin.username:}") String username, @Value("${crm.admin.password:}") String password) {
        this.users = users;
        this.userService = userService;
        this.environment = environment;
        this.username = username.strip();
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @PermitAll // runs at start-up, before anybody can sign in; creates the account as "system"
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void createIfNoUserExists() {
        if (users.count() > 0) {
            return;
        }
        if (!StringUtils.hasText(username) || password.isEmpty()) {
            if (EmbeddedDatabaseBootstrap.inUse(environment)) {
                return; // the zero-setup run signs in with its demo users
            }
            log.warn("No user exists and CRM_ADMIN_USERNAME / CRM_ADMIN_PASSWORD are not set: nobody can sign in. "
                    + "Set both and restart to create the first administrator.");
            return;
        }
        PasswordPolicy.check(password).ifPresent(problem -> {
            throw new IllegalStateException("CRM_ADMIN_PASSWORD is refused (" + problem + "): it needs "
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                    + " characters and must not be one of the most common passwords");
        });
        try {
            SystemAuthentication.run(() -> userService.create(
                    new NewUser(username, "Administrator", password, Set.of(AppRoles.ADMIN))));
            log.info("Created the first administrator {} from CRM_ADMIN_USERNAME", username);
        } catch (UsernameTakenException e) {
            log.info("Another node created the first administrator {} at the same time", username);
        }
    }
}
