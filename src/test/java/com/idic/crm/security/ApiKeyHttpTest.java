package com.idic.crm.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The API over real HTTP: a key made by an administrator lets a system in, statelessly, until it is revoked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiKeyHttpTest {

    @LocalServerPort int port;
    @Autowired ApiKeyService keys;
    @Autowired SecurityEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired Clock clock;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aValidKeyIsLetInByEitherHeaderWithoutASession() throws Exception {
        CreatedApiKey created = SystemAuthentication.call(() -> keys.create("Web form " + tag));

        HttpResponse<String> bearer = get("/api/ping", "Authorization", "Bearer " + created.key());
        HttpResponse<String> header = get("/api/ping", "X-API-Key", created.key());

        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(bearer.body()).contains("\"client\":\"api:Web form " + tag + "\"");
        assertThat(bearer.headers().firstValue("Set-Cookie")).as("no session for an API call").isEmpty();
        assertThat(header.statusCode()).isEqualTo(200);
        assertThat(SystemAuthentication.call(() -> keys.list())).filteredOn(row -> row.id() == created.row().id())
                .singleElement().satisfies(row -> assertThat(row.lastUsedAt()).isNotNull());
    }

    @Test
    void aMissingWrongOrRevokedKeyGets401InJson() throws Exception {
        CreatedApiKey created = SystemAuthentication.call(() -> keys.create("Gateway " + tag));
        assertThat(get("/api/ping", "X-API-Key", created.key()).statusCode()).isEqualTo(200);

        SystemAuthentication.call(() -> keys.revoke(created.row()));

        for (HttpResponse<String> refused : new HttpResponse[] {get("/api/ping", null, null),
                get("/api/ping", "Authorization", "Bearer idic_not-a-key"),
                get("/api/ping", "X-API-Key", created.key()),
                get("/api/ping", "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes()))}) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(refused.body()).contains("\"error\":\"unauthorized\"");
        }
    }

    @Test
    void aSignedInBrowserSessionDoesNotOpenTheApiAndCsrfDoesNotApplyToIt() throws Exception {
        String admin = "api-admin-" + tag;
        users.save(new AppUser(admin, "Api Admin", passwordEncoder.encode("correct horse battery"), Set.of(AppRoles.ADMIN),
                LocalDateTime.now(clock)));
        HttpBrowser browser = new HttpBrowser(port);
        browser.login(admin, "correct horse battery");
        assertThat(browser.get("/api/ping").statusCode()).isEqualTo(401);

        CreatedApiKey created = SystemAuthentication.call(() -> keys.create("Poster " + tag));
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ping"))
                .header("X-API-Key", created.key()).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("no CSRF refusal (403); the endpoint just takes no POST").isEqualTo(405);
    }

    @Test
    void onlyAHashOfTheKeyIsStoredAndCreatingAndRevokingAreSecurityEvents() {
        CreatedApiKey created = SystemAuthentication.call(() -> keys.create("Stored " + tag));
        String stored = jdbc.sql("SELECT CONCAT(name, key_hash, key_prefix) FROM api_key WHERE id = ?")
                .param(created.row().id()).query(String.class).single();
        assertThat(stored).doesNotContain(created.key()).contains(ApiKeys.hash(created.key()));
        assertThat(created.key()).startsWith("idic_").hasSizeGreaterThan(40);

        SystemAuthentication.call(() -> keys.revoke(created.row()));

        assertThat(SystemAuthentication.call(() -> events.page(new SecurityEventFilter(null, "system", null, null),
                org.springframework.data.domain.PageRequest.of(0, 200))))
                .filteredOn(e -> ("Stored " + tag).equals(e.subject())).extracting(SecurityEventRow::type)
                .containsExactlyInAnyOrder(SecurityEventType.API_KEY_CREATED, SecurityEventType.API_KEY_REVOKED);
    }

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (header != null) {
            request.header(header, value);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
