package com.idic.crm.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** User administration: only an ADMIN may list, create, disable users or reset passwords. */
@Service
@Validated
@RolesAllowed(AppRoles.ADMIN)
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 8;

    public record UserRow(long id, long version, String username, String displayName, boolean enabled, Set<String> roles) {
        static UserRow of(AppUser user) {
            return new UserRow(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
                    user.isEnabled(), user.getRoles());
        }
    }

    public record NewUser(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
            @NotBlank @Size(max = 128) String displayName,
            @NotBlank @Size(min = MIN_PASSWORD_LENGTH, max = 100) String password,
            @NotEmpty Set<String> roles) {
    }

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserRow> list() {
        return users.findAll(Sort.by("username")).stream().map(UserRow::of).toList();
    }

    @Transactional
    public UserRow create(@Valid NewUser newUser) {
        if (users.existsByUsername(newUser.username())) {
            throw new UsernameTakenException(newUser.username());
        }
        requireKnownRoles(newUser.roles());
        AppUser user = new AppUser(newUser.username(), newUser.displayName(),
                passwordEncoder.encode(newUser.password()), newUser.roles(), LocalDateTime.now(clock));
        return UserRow.of(users.save(user));
    }

    @Transactional
    public UserRow setEnabled(long userId, boolean enabled) {
        AppUser user = load(userId);
        if (!enabled && user.getUsername().equals(CurrentUser.usernameOrSystem())) {
            throw new IllegalArgumentException("An administrator cannot disable their own account");
        }
        user.setEnabled(enabled);
        return UserRow.of(user);
    }

    @Transactional
    public void resetPassword(long userId, @NotBlank @Size(min = MIN_PASSWORD_LENGTH, max = 100) String newPassword) {
        load(userId).setPasswordHash(passwordEncoder.encode(newPassword));
    }

    @Transactional
    public UserRow setRoles(long userId, @NotEmpty Set<String> roles) {
        requireKnownRoles(roles);
        AppUser user = load(userId);
        user.setRoles(roles);
        return UserRow.of(user);
    }

    private AppUser load(long userId) {
        return users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No user " + userId));
    }

    private static void requireKnownRoles(Set<String> roles) {
        if (!AppRoles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown role in " + roles);
        }
    }

    public static class UsernameTakenException extends RuntimeException {
        public UsernameTakenException(String username) {
            super("User name already taken: " + username);
        }
    }
}
