package com.idic.crm.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * User administration: only an ADMIN may list, create, disable users, reset passwords or
 * change roles. Every change names the {@link UserRow} the admin saw, so a change made
 * meanwhile by another admin is refused instead of silently overwritten.
 */
@Service
@Validated
@RolesAllowed(AppRoles.ADMIN)
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_PASSWORD_LENGTH = PasswordPolicy.MAX_LENGTH;
    public static final int MAX_USERNAME_LENGTH = 64;
    public static final int MAX_DISPLAY_NAME_LENGTH = 128;
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]+";

    /** @param language the language the user reads in, null until chosen */
    public record UserRow(long id, long version, String username, String displayName, boolean enabled, Set<String> roles,
                          String email, Locale language) {
        static UserRow of(AppUser user) {
            return new UserRow(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
                    user.isEnabled(), user.getRoles(), user.getEmail(), UserLanguages.parse(user.getLanguage()).orElse(null));
        }
    }

    public static final int MAX_EMAIL_LENGTH = 200;

    public record NewUser(
            @NotBlank @Size(max = MAX_USERNAME_LENGTH) @Pattern(regexp = USERNAME_PATTERN) String username,
            @NotBlank @Size(max = MAX_DISPLAY_NAME_LENGTH) String displayName,
            @NotNull String password,
            @NotEmpty Set<@NotNull String> roles) {
    }

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SecurityEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, SecurityEvents events,
                ApplicationEventPublisher publisher, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** One page of users; sortable by {@code username}, {@code displayName} and {@code enabled}. */
    @Transactional(readOnly = true)
    public List<UserRow> page(@NotNull Pageable pageable) {
        return users.findAll(pageable).stream().map(UserRow::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserRow> find(long userId) {
        return users.findById(userId).map(UserRow::of);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    /** Creates an account; a password breaking {@link PasswordPolicy} is refused with a {@link PasswordPolicy.WeakPasswordException}. */
    @Transactional
    public UserRow create(@NotNull @Valid NewUser newUser) {
        requireKnownRoles(newUser.roles());
        PasswordPolicy.require(newUser.password());
        if (users.existsByUsername(newUser.username())) {
            throw new UsernameTakenException(newUser.username());
        }
        AppUser user = new AppUser(newUser.username(), newUser.displayName(),
                passwordEncoder.encode(newUser.password()), newUser.roles(), LocalDateTime.now(clock));
        try {
            UserRow created = UserRow.of(users.saveAndFlush(user));
            events.record(SecurityEventType.USER_CREATED, created.username(), "roles " + sorted(created.roles()));
            return created;
        } catch (DataIntegrityViolationException e) {
            // another admin created the same name between the check and the insert
            throw new UsernameTakenException(newUser.username());
        }
    }

    /** Disabling also ends the user's open sessions. */
    @Transactional
    public UserRow setEnabled(@NotNull UserRow seen, boolean enabled) {
        AppUser user = loadUnchanged(seen);
        if (!enabled && isSignedIn(user)) {
            throw new OwnAccountException(OwnAccountException.Reason.DISABLE_SELF);
        }
        user.setEnabled(enabled);
        UserRow changed = flushed(user);
        SecurityEventType type = enabled ? SecurityEventType.USER_ENABLED : SecurityEventType.USER_DISABLED;
        events.record(type, changed.username(), null);
        if (!enabled) {
            publisher.publishEvent(new UserAccessChanged(changed.username(), type));
        }
        return changed;
    }

    /** The administrator sets a new password and passes it on; the user's open sessions end. */
    @Transactional
    public UserRow resetPassword(@NotNull UserRow seen, @NotNull String newPassword) {
        PasswordPolicy.require(newPassword);
        AppUser user = loadUnchanged(seen);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        UserRow changed = flushed(user);
        events.record(SecurityEventType.PASSWORD_RESET, changed.username(), null);
        publisher.publishEvent(new UserAccessChanged(changed.username(), SecurityEventType.PASSWORD_RESET));
        return changed;
    }

    /** New roles take effect at the user's next sign-in: their open sessions end now. */
    @Transactional
    public UserRow setRoles(@NotNull UserRow seen, @NotEmpty Set<@NotNull String> roles) {
        requireKnownRoles(roles);
        AppUser user = loadUnchanged(seen);
        if (isSignedIn(user) && !roles.contains(AppRoles.ADMIN)) {
            throw new OwnAccountException(OwnAccountException.Reason.DROP_OWN_ADMIN_ROLE);
        }
        String before = sorted(user.getRoles());
        user.setRoles(roles);
        UserRow changed = flushed(user);
        events.record(SecurityEventType.ROLES_CHANGED, changed.username(), before + " \u2192 " + sorted(changed.roles()));
        publisher.publishEvent(new UserAccessChanged(changed.username(), SecurityEventType.ROLES_CHANGED));
        return changed;
    }

    /** Where the user's notices are mailed; empty removes the address (notices stay in the app). */
    @Transactional
    public UserRow setEmail(@NotNull UserRow seen, @Email @Size(max = MAX_EMAIL_LENGTH) String email) {
        AppUser user = loadUnchanged(seen);
        String before = user.getEmail();
        user.setEmail(email == null || email.isEmpty() ? null : email);
        UserRow changed = flushed(user);
        events.record(SecurityEventType.EMAIL_CHANGED, changed.username(),
                (before == null ? "-" : before) + " \u2192 " + (changed.email() == null ? "-" : changed.email()));
        return changed;
    }

    /** The language the user reads the application and notice mails in; null forgets it (mails stay bilingual). */
    @Transactional
    public UserRow setLanguage(@NotNull UserRow seen, Locale language) {
        AppUser user = loadUnchanged(seen);
        user.setLanguage(UserLanguages.tag(language));
        return flushed(user);
    }

    /**
     * The signed-in user replaces their own password, proving they know the current one (ASVS 5.0 6.2.3).
     * Their other sessions keep running: ending them would also end the one they are using.
     */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional
    public void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword) {
        AppUser user = users.findByUsername(CurrentUser.usernameOrSystem())
                .orElseThrow(() -> new IllegalStateException("The signed-in user has no account"));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            events.record(SecurityEventType.PASSWORD_CHANGED, user.getUsername(), "refused: wrong current password");
            throw new WrongPasswordException();
        }
        PasswordPolicy.require(newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        users.saveAndFlush(user);
        events.record(SecurityEventType.PASSWORD_CHANGED, user.getUsername(), null);
    }

    private static String sorted(Set<String> roles) {
        return roles.stream().sorted().toList().toString();
    }

    private AppUser loadUnchanged(UserRow seen) {
        AppUser user = users.findById(seen.id())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(AppUser.class, seen.id()));
        if (user.getVersion() != seen.version()) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, seen.id());
        }
        return user;
    }

    private UserRow flushed(AppUser user) {
        // flush so the returned row carries the incremented version for the admin's next change
        return UserRow.of(users.saveAndFlush(user));
    }

    private static boolean isSignedIn(AppUser user) {
        return user.getUsername().equalsIgnoreCase(CurrentUser.usernameOrSystem());
    }

    private static void requireKnownRoles(Set<String> roles) {
        if (!AppRoles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown role in " + roles);
        }
    }

    /** The current password given to change one's own was not the current password. */
    public static class WrongPasswordException extends RuntimeException {
        public WrongPasswordException() {
            super("The current password is wrong");
        }
    }

    public static class UsernameTakenException extends RuntimeException {
        public UsernameTakenException(String username) {
            super("User name already taken: " + username);
        }
    }

    /** An administrator must not lock themself out of user administration. */
    public static class OwnAccountException extends RuntimeException {

        public enum Reason { DISABLE_SELF, DROP_OWN_ADMIN_ROLE }

        private final Reason reason;

        public OwnAccountException(Reason reason) {
            super(reason == Reason.DISABLE_SELF ? "An administrator cannot disable their own account"
                    : "An administrator cannot remove their own administrator role");
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
