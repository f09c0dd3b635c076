package org.tollgate.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less console session for the security tests: cookies kept, redirects not followed, the CSRF token read
 * from the last page as a browser would submit it.
 */
final class ConsoleSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private String csrf;

    ConsoleSession(int port) {
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response. */
    record Page(int status, String location, String body) {}

    Page get(String path) {
        Page p = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        Matcher m = CSRF.matcher(p.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return p;
    }

    /** Posts a form with the CSRF token of the last page read. */
    Page post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        return postRaw(path, all);
    }

    /** Posts a form exactly as given (no CSRF token unless it is in {@code form}). */
    Page postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Logs in through the login form; returns where the login redirected. */
    String login(String username, String password) {
        get("/login");
        Page p = post("/login", Map.of("username", username, "password", password));
        return p.location();
    }

    private Page send(HttpRequest r) {
        try {
            HttpResponse<String> res = client.send(r, HttpResponse.BodyHandlers.ofString());
            return new Page(
                    res.statusCode(), res.headers().firstValue("Location").orElse(""), res.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
