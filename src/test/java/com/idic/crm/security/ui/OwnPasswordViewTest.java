package com.idic.crm.security.ui;

import java.util.Set;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.security.UserService;
import com.idic.crm.security.UserService.NewUser;
import com.idic.crm.security.domain.AppUserRepository;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class OwnPasswordViewTest extends KaribuTest {

    @Autowired
    UserService userService;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    private final String name = "self-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aServiceDeskUserChangesTheirPasswordWithTheCurrentOne() {
        SystemAuthentication.run(() -> userService.create(
                new NewUser(name, "Sam Self", "my first passphrase", Set.of(AppRoles.SERVICE_DESK))));
        login(name, AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate(OwnPasswordView.class);
        OwnPasswordView view = _get(OwnPasswordView.class);

        _setValue(view.current, "not my passphrase");
        _setValue(view.passwords.password, "my second passphrase");
        _setValue(view.passwords.confirmation, "my second passphrase");
        _click(view.save);
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo(view.getTranslation("account.error.wrongCurrent"));

        _setValue(view.current, "my first passphrase");
        _setValue(view.passwords.password, "qwertyuiop123");
        assertThat(view.passwords.password.getErrorMessage()).isEqualTo(view.getTranslation("users.error.password.common"));
        _setValue(view.passwords.password, "my second passphrase");
        _click(view.save);

        NotificationsKt.expectNotifications(view.getTranslation("account.passwordChanged"));
        assertThat(passwordEncoder.matches("my second passphrase", users.findByUsername(name).orElseThrow().getPasswordHash())).isTrue();
    }
}
