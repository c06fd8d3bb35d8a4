package com.idic.crm.security.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.UserService;
import com.idic.crm.security.UserService.NewUser;
import com.idic.crm.security.UserService.UserRow;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String adminName = "admin-" + suffix;
    private UserAdminView view;

    @BeforeEach
    void openAsAdmin() {
        login(adminName, AppRoles.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        view = _get(UserAdminView.class);
    }

    @Test
    void createdUserAppearsInTheGridAndCanSignIn() {
        String name = "mia-" + suffix;
        fillNewUser(name, "Mia Marketer", "s3cret-passphrase", "s3cret-passphrase", Set.of(AppRoles.MARKETER, AppRoles.MANAGER));
        clickSave();

        _assertNoDialogs();
        NotificationsKt.expectNotifications(t("users.created", name));
        UserRow row = row(name);
        assertThat(row.displayName()).isEqualTo("Mia Marketer");
        assertThat(GridKt._getFormatted(view.grid, indexOf(name), "roles")).isEqualTo("Marketer, Manager");
        assertThat(roles(authenticate(name, "s3cret-passphrase"))).containsExactlyInAnyOrder("ROLE_MARKETER", "ROLE_MANAGER");
    }

    @Test
    void badInputShowsTheErrorAndSavesNothing() {
        fillNewUser("bad name!" + suffix, "", "short", "different", Set.of());
        clickSave();

        NewUserDialog dialog = _get(NewUserDialog.class);
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo(t("users.error.username.pattern"));
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo(t("users.error.displayName.required"));
        assertThat(dialog.passwords.password.getErrorMessage()).isEqualTo(
                t("users.error.password.length", UserService.MIN_PASSWORD_LENGTH, UserService.MAX_PASSWORD_LENGTH));
        assertThat(dialog.passwords.confirmation.getErrorMessage()).isEqualTo(t("users.error.password.mismatch"));
        assertThat(dialog.roles.getErrorMessage()).isEqualTo(t("users.error.roles.required"));
        assertThat(indexOfOrMinusOne("bad name!" + suffix)).isEqualTo(-1);
    }

    @Test
    void aTakenUserNameIsShownOnTheFieldAndNothingIsSaved() {
        String name = "taken-" + suffix;
        userService.create(new NewUser(name, "First Owner", "first-password", Set.of(AppRoles.SERVICE_DESK)));

        fillNewUser(name, "Second Owner", "second-password", "second-password", Set.of(AppRoles.ADMIN));
        clickSave();

        NewUserDialog dialog = _get(NewUserDialog.class);
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo(t("users.error.username.taken", name));
        assertThat(row(name).displayName()).isEqualTo("First Owner");
        assertThat(roles(authenticate(name, "first-password"))).containsExactly("ROLE_SERVICE_DESK");
    }

    @Test
    void disablingAfterConfirmationStopsTheUserSigningIn() {
        String name = "dora-" + suffix;
        userService.create(new NewUser(name, "Dora Desk", "dora-password", Set.of(AppRoles.SERVICE_DESK)));
        view.grid.getDataProvider().refreshAll();

        select(name);
        _click(view.toggleEnabled);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications(t("users.disabled", name));
        assertThat(row(name).enabled()).isFalse();
        assertThat(view.toggleEnabled.getText()).isEqualTo(t("users.action.enable"));
        assertThatThrownBy(() -> authenticate(name, "dora-password")).isInstanceOf(DisabledException.class);

        _click(view.toggleEnabled);
        assertThat(row(name).enabled()).isTrue();
        assertThat(authenticate(name, "dora-password").isAuthenticated()).isTrue();
    }

    @Test
    void anAdminCannotDisableThemself() {
        userService.create(new NewUser(adminName, "Ada Admin", "admin-password", Set.of(AppRoles.ADMIN)));
        view.grid.getDataProvider().refreshAll();

        select(adminName);
        _click(view.toggleEnabled);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications(t("users.error.disableSelf"));
        assertThat(row(adminName).enabled()).isTrue();
    }

    @Test
    void resetPasswordReplacesTheOldOne() {
        String name = "rita-" + suffix;
        userService.create(new NewUser(name, "Rita Reset", "old-password", Set.of(AppRoles.MARKETER)));
        view.grid.getDataProvider().refreshAll();

        select(name);
        _click(view.resetPassword);
        ResetPasswordDialog dialog = _get(ResetPasswordDialog.class);
        _setValue(dialog.passwords.password, "new-password");
        _setValue(dialog.passwords.confirmation, "new-passwore");
        clickSave();
        assertThat(dialog.passwords.confirmation.getErrorMessage()).isEqualTo(t("users.error.password.mismatch"));
        assertThat(authenticate(name, "old-password").isAuthenticated()).isTrue();

        _setValue(dialog.passwords.confirmation, "new-password");
        clickSave();

        NotificationsKt.expectNotifications(t("users.passwordReset", name));
        assertThat(authenticate(name, "new-password").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authenticate(name, "old-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void changedRolesTakeEffectAtTheNextSignIn() {
        String name = "carl-" + suffix;
        userService.create(new NewUser(name, "Carl Change", "carl-password", Set.of(AppRoles.MARKETER)));
        view.grid.getDataProvider().refreshAll();

        select(name);
        _click(view.changeRoles);
        RolesDialog dialog = _get(RolesDialog.class);
        assertThat(dialog.roles.getValue()).containsExactly(AppRoles.MARKETER);
        _setValue(dialog.roles, Set.of());
        clickSave();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo(t("users.error.roles.required"));

        _setValue(dialog.roles, Set.of(AppRoles.MANAGER, AppRoles.ADMIN));
        clickSave();

        NotificationsKt.expectNotifications(t("users.rolesChanged", name));
        assertThat(roles(authenticate(name, "carl-password"))).containsExactlyInAnyOrder("ROLE_MANAGER", "ROLE_ADMIN");
    }

    @Test
    void aChangeMadeMeanwhileByAnotherAdminIsNotOverwritten() {
        String name = "vera-" + suffix;
        UserRow created = userService.create(new NewUser(name, "Vera Version", "vera-password", Set.of(AppRoles.MARKETER)));
        view.grid.getDataProvider().refreshAll();
        select(name);

        userService.setRoles(created, Set.of(AppRoles.MANAGER)); // the other admin's change
        _click(view.toggleEnabled);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications(t("common.conflict.title") + " \u2014 " + t("common.conflict.message"));
        assertThat(row(name).enabled()).isTrue();
        assertThat(row(name).roles()).containsExactly(AppRoles.MANAGER);
    }

    private void fillNewUser(String username, String displayName, String password, String confirmation, Set<String> roles) {
        _click(view.newUser);
        NewUserDialog dialog = _get(NewUserDialog.class);
        _setValue(dialog.username, username);
        _setValue(dialog.displayName, displayName);
        _setValue(dialog.passwords.password, password);
        _setValue(dialog.passwords.confirmation, confirmation);
        _setValue(dialog.roles, roles);
    }

    private static void clickSave() {
        _click(_get(Button.class, spec -> spec.withText(t("action.save"))));
    }

    private void select(String username) {
        view.grid.select(row(username));
    }

    private UserRow row(String username) {
        int index = indexOf(username);
        return GridKt._get(view.grid, index);
    }

    private int indexOf(String username) {
        int index = indexOfOrMinusOne(username);
        assertThat(index).as("row of %s", username).isNotNegative();
        return index;
    }

    private int indexOfOrMinusOne(String username) {
        view.grid.getDataProvider().refreshAll();
        List<UserRow> rows = GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).username().equals(username)).findFirst().orElse(-1);
    }

    private Authentication authenticate(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
