package com.idic.crm.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real sign-in path: the login form posts to Spring Security over HTTP (without a
 * CSRF token, as Vaadin's LoginForm does; the Vaadin configurer exempts the login page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void aValidUserIsLetIntoTheApp() throws Exception {
        String name = user("valid", true);

        HttpResponse<String> login = postLogin(name, "correct-password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).doesNotContain("login");
        HttpResponse<String> page = get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsSentBackToTheLoginWithAnError() throws Exception {
        String name = user("wrong", true);

        HttpResponse<String> login = postLogin(name, "not-the-password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).endsWith("/login?error");
        assertThat(get("/admin/users").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledUserCannotSignInEvenWithTheRightPassword() throws Exception {
        String name = user("disabled", false);

        HttpResponse<String> login = postLogin(name, "correct-password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).endsWith("/login?error");
        assertThat(location(get("/admin/users"))).endsWith("/login");
    }

    private String user(String prefix, boolean enabled) {
        AppUser user = new AppUser(prefix + "-" + suffix, "Http " + prefix, passwordEncoder.encode("correct-password"),
                Set.of(AppRoles.MARKETER), LocalDateTime.now(clock));
        user.setEnabled(enabled);
        return users.save(user).getUsername();
    }

    private HttpResponse<String> postLogin(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
