package com.idic.crm.security;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.UUID;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.security.UserService.UserRow;
import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static com.idic.crm.security.HttpBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real sign-in path: the login form posts to Spring Security over HTTP (without a CSRF token, as
 * Vaadin's LoginForm does), and what the signed-in user then sees is read from the server's rendering
 * of the page, not from the status code of the page shell (which every visitor gets).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginOverHttpTest {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    CrmI18NProvider i18n;
    @Autowired
    Clock clock;
    @Autowired
    UserService userService;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdministratorSeesUserAdministration() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> login = browser.login(user("admin", AppRoles.ADMIN, true), PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).doesNotContain("login");
        String page = browser.render("admin/users", "");
        assertThat(page).contains(t("users.action.new")).doesNotContain(t("error.accessDenied.message"));
    }

    @Test
    void aMarketerIsLetInButSeesAccessDeniedOnUserAdministration() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.login(user("marketer", AppRoles.MARKETER, true), PASSWORD);

        String page = browser.render("admin/users", "");
        assertThat(page).contains(t("error.accessDenied.message")).doesNotContain(t("users.action.new"));
        assertThat(browser.render("customers", "")).doesNotContain(t("error.accessDenied.message"))
                .contains(t("customer.new.button"));
    }

    @Test
    void aWrongPasswordIsSentBackToTheLoginWithAnError() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> login = browser.login(user("wrong", AppRoles.MARKETER, true), "not the password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).endsWith("/login?error");
        assertThat(location(browser.get("/admin/users"))).endsWith("/login");
        assertThat(browser.render("login", "error")).contains(t("login.error.message"));
    }

    @Test
    void aDisabledUserCannotSignInEvenWithTheRightPassword() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> login = browser.login(user("disabled", AppRoles.MARKETER, false), PASSWORD);

        assertThat(location(login)).endsWith("/login?error");
        assertThat(location(browser.get("/admin/users"))).endsWith("/login");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheUserIsToldSo() throws Exception {
        String name = user("guessed", AppRoles.MARKETER, true);
        HttpBrowser attacker = new HttpBrowser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(attacker.login(name, "guess " + i))).endsWith("/login?error");
        }
        assertThat(attacker.render("login", "error")).contains(t("login.throttled.title"));

        HttpBrowser owner = new HttpBrowser(port);
        assertThat(location(owner.login(name, PASSWORD))).endsWith("/login?error");
        assertThat(location(owner.get("/"))).endsWith("/login");
        assertThat(owner.render("login", "error")).contains(t("login.throttled.title"));
    }

    @Test
    void anUnknownUserNameIsThrottledTheSameWaySoTheMessageRevealsNothing() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        for (int i = 0; i < 5; i++) {
            browser.login("nobody-" + suffix, "guess " + i);
        }
        assertThat(browser.render("login", "error")).contains(t("login.throttled.title"));
    }

    @Test
    void disablingResettingThePasswordOrChangingTheRolesEndsTheUsersSessionsAtOnce() throws Exception {
        List<Function<UserRow, UserRow>> changes = List.of(
                row -> userService.setEnabled(row, false),
                row -> userService.resetPassword(row, "a brand new passphrase"),
                row -> userService.setRoles(row, Set.of(AppRoles.MANAGER)));
        for (Function<UserRow, UserRow> change : changes) {
            String name = user("ended" + changes.indexOf(change), AppRoles.MARKETER, true);
            HttpBrowser browser = new HttpBrowser(port);
            HttpBrowser otherTab = new HttpBrowser(port);
            browser.login(name, PASSWORD);
            otherTab.login(name, PASSWORD);
            assertThat(browser.render("customers", "")).contains(t("customer.new.button"));

            SystemAuthentication.run(() -> change.apply(userService.find(users.findByUsername(name).orElseThrow().getId()).orElseThrow()));

            assertThat(location(browser.get("/customers"))).as("after change %d", changes.indexOf(change)).endsWith("/login");
            assertThat(location(otherTab.get("/customers"))).endsWith("/login");
        }
    }

    String user(String prefix, String role, boolean enabled) {
        AppUser user = new AppUser(prefix + "-" + suffix, "Http " + prefix, passwordEncoder.encode(PASSWORD),
                Set.of(role), LocalDateTime.now(clock));
        user.setEnabled(enabled);
        return users.save(user).getUsername();
    }

    private String t(String key) {
        return i18n.getTranslation(key, Locale.ENGLISH);
    }
}
