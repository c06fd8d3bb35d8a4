package com.idic.crm.complaint;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.ApiKeyService;
import com.idic.crm.security.CreatedApiKey;
import com.idic.crm.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/complaints over real HTTP with an API key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplaintIntakeApiTest {

    @LocalServerPort int port;
    @Autowired ApiKeyService keys;
    @Autowired CustomerService customers;
    @Autowired JdbcClient jdbc;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String key() {
        CreatedApiKey created = SystemAuthentication.call(() -> keys.create("Complaint form " + tag));
        return created.key();
    }

    private HttpResponse<String> post(String key, String idempotencyKey, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/complaints"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String where, Object value) {
        return jdbc.sql("SELECT COUNT(*) FROM complaint WHERE " + where).param(value).query(Long.class).single();
    }

    @Test
    void aComplaintOfAKnownCustomerFoundByExternalIdIsTakenIn() throws Exception {
        long customerId = SystemAuthentication.call(() -> customers.create(new NewCustomer("Known " + tag, CustomerType.INDIVIDUAL)));
        jdbc.sql("UPDATE customer SET external_id = ? WHERE id = ?").params("EXT-" + tag, customerId).update();

        HttpResponse<String> response = post(key(), null, """
                {"customerExternalId":"EXT-%s","channel":"web","subject":"Broken kettle","description":"It leaks.","priority":"high"}"""
                .formatted(tag));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"customerId\":" + customerId, "\"customerCreated\":false", "\"status\":\"RECEIVED\"");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/complaints/"));
        assertThat(jdbc.sql("SELECT priority FROM complaint WHERE customer_id = ?").param(customerId).query(String.class).single())
                .isEqualTo("HIGH");
    }

    @Test
    void anUnknownEmailBecomesANewPotentialCustomer() throws Exception {
        String email = "new-" + tag + "@example.com";
        HttpResponse<String> response = post(key(), null, """
                {"customerEmail":"%s","customerName":"刘洋 %s","subject":"No reply","description":"Nobody answered my e-mail."}"""
                .formatted(email, tag));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"customerCreated\":true");
        assertThat(jdbc.sql("SELECT stage FROM customer WHERE email = ?").param(email).query(String.class).single()).isEqualTo("POTENTIAL");
        assertThat(jdbc.sql("SELECT c.channel FROM complaint c JOIN customer cu ON cu.id = c.customer_id WHERE cu.email = ?")
                .param(email).query(String.class).single()).isEqualTo("WEB");
    }

    @Test
    void badInputGets400WithEveryFieldProblemAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
        HttpResponse<String> response = post(key(), null, """
                {"customerEmail":"not-an-address","customerPhone":"abc","channel":"pigeon","subject":" ","description":"x","priority":"asap"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"field\":\"channel\"", "\"field\":\"customerEmail\"", "\"field\":\"customerPhone\"",
                "\"field\":\"priority\"", "\"field\":\"subject\"");
        assertThat(post(key(), null, "{\"subject\":\"S\",\"description\":\"D\"}").body()).contains("\"field\":\"customer\"");
        assertThat(post(key(), null, "not json").statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyReturnsTheFirstComplaint() throws Exception {
        String key = key();
        String body = """
                {"customerPhone":"+86 139 %s","subject":"Late parcel","description":"Ten days late."}""".formatted("1234 " + tag.substring(0, 4).replaceAll("[^0-9]", "5"));
        String idem = "form-" + tag;
        HttpResponse<String> first = post(key, idem, body);
        HttpResponse<String> second = post(key, idem, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        long complaintId = Long.parseLong(first.body().replaceAll(".*\"complaintId\":(\\d+).*", "$1"));
        long customerId = Long.parseLong(first.body().replaceAll(".*\"customerId\":(\\d+).*", "$1"));
        assertThat(count("customer_id = ?", customerId)).isEqualTo(1);
        assertThat(complaintId).isPositive();
    }

    @Test
    void withoutAKeyThePostIsRefused() throws Exception {
        HttpResponse<String> response = post(null, null, "{\"customerEmail\":\"a@b.cn\",\"subject\":\"S\",\"description\":\"D\"}");
        assertThat(response.statusCode()).isEqualTo(401);
    }
}
