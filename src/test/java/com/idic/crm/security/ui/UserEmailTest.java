package com.idic.crm.security.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.UserDirectory;
import com.idic.crm.security.UserService;
import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator sets where a user's notices are mailed. */
class UserEmailTest extends KaribuTest {

    @Autowired UserService users;
    @Autowired UserDirectory directory;
    @Autowired AppUserRepository repository;
    @Autowired Clock clock;

    private final String name = "mail-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdministratorSetsAUsersAddressInTheUserList() {
        login("admin-" + name, AppRoles.ADMIN);
        repository.save(new AppUser(name, "Mail User", "{noop}x", Set.of(AppRoles.MANAGER), LocalDateTime.now(clock)));
        UI.getCurrent().navigate(UserAdminView.class);
        UserAdminView view = _get(UserAdminView.class);
        int index = indexOf(view);
        view.grid.select(GridKt._get(view.grid, index));

        _click(view.email);
        EmailDialog dialog = _get(EmailDialog.class);
        dialog.email.setValue(" mia@example.com ");
        _click(dialog.save);

        NotificationsKt.expectNotifications("E-mail address of " + name + " saved.");
        assertThat(directory.emailOf(name)).hasValue("mia@example.com");
        assertThat(GridKt._getFormatted(view.grid, indexOf(view), "email")).isEqualTo("mia@example.com");
    }

    @Test
    void aMalformedAddressOrAStaleRowIsRefusedAndABlankOneRemovesTheAddress() {
        login("admin-" + name, AppRoles.ADMIN);
        repository.save(new AppUser(name, "Mail User", "{noop}x", Set.of(AppRoles.MANAGER), LocalDateTime.now(clock)));
        UserService.UserRow row = users.find(repository.findByUsername(name).orElseThrow().getId()).orElseThrow();

        assertThatThrownBy(() -> users.setEmail(row, "not an address")).isInstanceOf(ConstraintViolationException.class);
        UserService.UserRow withMail = users.setEmail(row, "mia@example.com");
        assertThat(withMail.email()).isEqualTo("mia@example.com");
        assertThatThrownBy(() -> users.setEmail(row, "other@example.com"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(users.setEmail(withMail, "").email()).isNull();
        assertThat(directory.emailOf(name)).isEmpty();
    }

    private int indexOf(UserAdminView view) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).username().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
