package com.idic.crm.security;

import java.util.Set;
import java.util.UUID;

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

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithMockUser(roles = AppRoles.MARKETER)
    void aNonAdministratorIsRefused() {
        assertThatThrownBy(() -> userService.create(newUser("sneaky-" + suffix, "long-enough")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.page(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.existsByUsername("sneaky-" + suffix)).isFalse();
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void invalidInputIsRefusedAndNothingSaved() {
        assertThatThrownBy(() -> userService.create(newUser("bad name " + suffix, "long-enough")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> userService.create(newUser("short-" + suffix, "short")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> userService.create(new NewUser("noroles-" + suffix, "No Roles", "long-enough", Set.of())))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> userService.create(new NewUser("ghost-" + suffix, "Ghost", "long-enough", Set.of("GHOST"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(users.existsByUsername("short-" + suffix)).isFalse();
        assertThat(users.existsByUsername("noroles-" + suffix)).isFalse();
        assertThat(users.existsByUsername("ghost-" + suffix)).isFalse();

        UserRow created = userService.create(newUser("valid-" + suffix, "long-enough"));
        assertThatThrownBy(() -> userService.resetPassword(created, "short"))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> userService.setRoles(created, Set.of()))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void aTakenUserNameIsRefusedWhateverItsCase() {
        userService.create(newUser("twin-" + suffix, "long-enough"));

        assertThatThrownBy(() -> userService.create(newUser("twin-" + suffix, "other-password")))
                .isInstanceOf(UsernameTakenException.class);
        assertThatThrownBy(() -> userService.create(newUser("TWIN-" + suffix, "other-password")))
                .isInstanceOf(UsernameTakenException.class);
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void aChangeBasedOnAStaleRowIsRefused() {
        UserRow seen = userService.create(newUser("stale-" + suffix, "long-enough"));
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
                : userService.create(new NewUser("self-admin", "Self Admin", "long-enough", Set.of(AppRoles.ADMIN)));

        assertThatThrownBy(() -> userService.setEnabled(self, false))
                .isInstanceOf(OwnAccountException.class);
        assertThatThrownBy(() -> userService.setRoles(self, Set.of(AppRoles.MANAGER)))
                .isInstanceOf(OwnAccountException.class);
        UserRow now = userService.find(self.id()).orElseThrow();
        assertThat(now.enabled()).isTrue();
        assertThat(now.roles()).containsExactly(AppRoles.ADMIN);
    }

    private static NewUser newUser(String username, String password) {
        return new NewUser(username, "Test User", password, Set.of(AppRoles.SERVICE_DESK));
    }
}
