package com.idic.crm.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.idic.crm.security.domain.AppUserRepository;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may be told something: the enabled users holding a role, and where a user's mail goes. For
 * features that address users (notifications); administering users stays with {@link UserService}.
 */
@Service
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
public class UserDirectory {

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<String> enabledUsernamesWithRole(String role) {
        return users.enabledUsernamesWithRole(role);
    }

    /** The user's e-mail address, if they have one. */
    /** The language the user reads in, if they chose one. */
    @Transactional(readOnly = true)
    public Optional<Locale> languageOf(String username) {
        return users.findByUsername(username).flatMap(user -> UserLanguages.parse(user.getLanguage()));
    }

    @Transactional(readOnly = true)
    public Optional<String> emailOf(String username) {
        return users.findByUsername(username).map(user -> user.getEmail()).filter(email -> !email.isBlank());
    }
}
