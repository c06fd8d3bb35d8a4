package com.idic.crm.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript: keeps cookies, follows no redirects, posts the login form as Vaadin's
 * LoginForm does, and asks the server for the first rendering of a view as Vaadin's client does, so a
 * test can read what the user would see on that page.
 */
final class HttpBrowser {

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpBrowser(int port) {
        this.port = port;
    }

    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + encode(username) + "&password=" + encode(password);
        return client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What the server renders for the view at {@code route}: Vaadin's client loads the page shell, asks
     * for the UI and then sends a navigation event; the answer lists the components and their texts.
     */
    String render(String route, String query) throws IOException, InterruptedException {
        get("/" + route + (query.isEmpty() ? "" : "?" + query));
        String init = get("/?v-r=init&location=" + encode(route) + "&query=" + encode(query)).body();
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher uiId = UI_ID.matcher(init);
        if (!key.find() || !uiId.find()) {
            return init; // no UI for this visitor, e.g. sent to the login page
        }
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":null,"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), route, query);
        return client.send(HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=" + uiId.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
