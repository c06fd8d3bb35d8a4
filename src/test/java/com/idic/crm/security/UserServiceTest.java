package com.idic.crm.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.idic.crm.security.PasswordPolicy.Problem;
import com.idic.crm.security.PasswordPolicy.WeakPasswordException;
import com.idic.crm.security.UserService.NewUser;
import com.idic.crm.security.UserService.OwnAccountException;
import com.idic.crm.security.UserService.UserRow;
import com.idic.crm.security.UserService.UsernameTakenException;
import com.idic.crm.security.domain.AppUserRepository;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class UserServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    AppUserRepository users;
    @Autowired
    SecurityEvents securityEvents;
    @Autowired
    PasswordEncoder passwordEncoder;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithMockUser(roles = AppRoles.MARKETER)
    void aNonAdministratorIsRefused() {
        assertThatThrownBy(() -> userService.create(newUser("sneaky-" + suffix, "long-enough-pass")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.page(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.existsByUsername("sneaky-" + suffix)).isFalse();
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void invalidInputIsRefusedAndNothingSaved() {
        assertThatThrownBy(() -> userService.create(newUser("bad name " + suffix, "long-enough-pass")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> userService.create(newUser("short-" + suffix, "short")))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_SHORT));
        assertThatThrownBy(() -> userService.create(newUser("common-" + suffix, "Qwerty123456")))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_COMMON));
        assertThatThrownBy(() -> userService.create(new NewUser("noroles-" + suffix, "No Roles", "long-enough-pass", Set.of())))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> userService.create(new NewUser("ghost-" + suffix, "Ghost", "long-enough-pass", Set.of("GHOST"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(users.existsByUsername("short-" + suffix)).isFalse();
        assertThat(users.existsByUsername("common-" + suffix)).isFalse();
        assertThat(users.existsByUsername("noroles-" + suffix)).isFalse();
        assertThat(users.existsByUsername("ghost-" + suffix)).isFalse();

        UserRow created = userService.create(newUser("valid-" + suffix, "long-enough-pass"));
        assertThatThrownBy(() -> userService.resetPassword(created, "short"))
                .isInstanceOf(WeakPasswordException.class);
        assertThatThrownBy(() -> userService.resetPassword(created, "x".repeat(129)))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
        assertThatThrownBy(() -> userService.setRoles(created, Set.of()))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void aTakenUserNameIsRefusedWhateverItsCase() {
        userService.create(newUser("twin-" + suffix, "long-enough-pass"));

        assertThatThrownBy(() -> userService.create(newUser("twin-" + suffix, "other-password")))
                .isInstanceOf(UsernameTakenException.class);
        assertThatThrownBy(() -> userService.create(newUser("TWIN-" + suffix, "other-password")))
                .isInstanceOf(UsernameTakenException.class);
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void aChangeBasedOnAStaleRowIsRefused() {
        UserRow seen = userService.create(newUser("stale-" + suffix, "long-enough-pass"));
        UserRow changed = userService.setRoles(seen, Set.of(AppRoles.MANAGER));
        assertThat(changed.version()).isGreaterThan(seen.version());

        assertThatThrownBy(() -> userService.setEnabled(seen, false))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(userService.find(seen.id()).orElseThrow().enabled()).isTrue();
        assertThat(userService.setEnabled(changed, false).enabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "self-admin", roles = AppRoles.ADMIN)
    void anAdministratorCannotLockThemselfOut() {
        UserRow self = users.existsByUsername("self-admin")
                ? userService.page(PageRequest.of(0, 1000, Sort.by("username"))).stream()
                    .filter(row -> row.username().equals("self-admin")).findFirst().orElseThrow()
                : userService.create(new NewUser("self-admin", "Self Admin", "long-enough-pass", Set.of(AppRoles.ADMIN)));

        assertThatThrownBy(() -> userService.setEnabled(self, false))
                .isInstanceOf(OwnAccountException.class);
        assertThatThrownBy(() -> userService.setRoles(self, Set.of(AppRoles.MANAGER)))
                .isInstanceOf(OwnAccountException.class);
        UserRow now = userService.find(self.id()).orElseThrow();
        assertThat(now.enabled()).isTrue();
        assertThat(now.roles()).containsExactly(AppRoles.ADMIN);
    }

    @Test
    @WithMockUser(username = "events-admin", roles = AppRoles.ADMIN)
    void everyChangeToAnAccountIsInTheSecurityEventLog() {
        String name = "logged-" + suffix;
        UserRow row = userService.create(newUser(name, "long-enough-pass"));
        row = userService.setRoles(row, Set.of(AppRoles.MANAGER));
        row = userService.resetPassword(row, "another long passphrase");
        row = userService.setEnabled(row, false);
        userService.setEnabled(row, true);

        List<SecurityEventRow> logged = securityEvents.page(
                new SecurityEventFilter(null, "events-admin", null, null), PageRequest.of(0, 50)).stream()
                .filter(event -> name.equals(event.subject())).toList();
        assertThat(logged).extracting(SecurityEventRow::type).containsExactly(
                SecurityEventType.USER_ENABLED, SecurityEventType.USER_DISABLED, SecurityEventType.PASSWORD_RESET,
                SecurityEventType.ROLES_CHANGED, SecurityEventType.USER_CREATED);
        assertThat(logged.get(3).detail()).isEqualTo("[SERVICE_DESK] \u2192 [MANAGER]");
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String name = "own-" + suffix;
        SystemAuthentication.run(() -> userService.create(newUser(name, "the first passphrase")));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SERVICE_DESK))));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> userService.changeOwnPassword("not the current one", "the second passphrase"))
                    .isInstanceOf(UserService.WrongPasswordException.class);
            assertThatThrownBy(() -> userService.changeOwnPassword("the first passphrase", "password1234"))
                    .isInstanceOf(WeakPasswordException.class);
            userService.changeOwnPassword("the first passphrase", "the second passphrase");
        } finally {
            SecurityContextHolder.clearContext();
        }
        String hash = users.findByUsername(name).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("the second passphrase", hash)).isTrue();
        assertThat(passwordEncoder.matches("the first passphrase", hash)).isFalse();
    }

    private static NewUser newUser(String username, String password) {
        return new NewUser(username, "Test User", password, Set.of(AppRoles.SERVICE_DESK));
    }
}
