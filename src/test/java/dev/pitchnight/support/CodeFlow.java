package dev.pitchnight.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in the way a browser does, without one: the app's redirect to Keycloak, Keycloak's real
 * login form, the code back to the app. Each instance is one browser profile with its own cookie
 * jar (cookies are kept by name only: the app and Keycloak both live on localhost), and follows
 * no redirect by itself, so that tests can look at every Set-Cookie on the way.
 */
public final class CodeFlow {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI app;
    /** The cookie jar: name → value. */
    public final Map<String, String> cookies = new LinkedHashMap<>();
    /** Every Set-Cookie header received, in order. */
    public final List<String> setCookies = new ArrayList<>();

    public CodeFlow(URI app) {
        this.app = app;
    }

    /** Opens {@code path} (e.g. "/account"), signs in on Keycloak as {@code user} and comes back; returns the final page. */
    public HttpResponse<String> signIn(String path, String user) {
        HttpResponse<String> toKeycloak = get(app.resolve(path));
        expectRedirect(toKeycloak, "/protocol/openid-connect/auth");
        HttpResponse<String> loginPage = get(location(toKeycloak));
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new AssertionError("no Keycloak login form at " + loginPage.uri() + " (status " + loginPage.statusCode() + ")");
        }
        HttpResponse<String> back = post(URI.create(action.group(1).replace("&amp;", "&")),
                Map.of("username", user, "password", user, "credentialId", ""));
        expectRedirect(back, "code=");
        HttpResponse<String> answer = get(location(back));
        while (answer.statusCode() == 302 || answer.statusCode() == 303) {
            answer = get(location(answer));
        }
        return answer;
    }

    /** Follows redirects until a page answers, hopping between the app and Keycloak like a browser. */
    public HttpResponse<String> browse(String path) {
        HttpResponse<String> answer = get(app.resolve(path));
        while (answer.statusCode() == 302 || answer.statusCode() == 303) {
            answer = get(location(answer));
        }
        return answer;
    }

    /** One GET with this profile's cookies, redirects not followed. */
    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public HttpResponse<String> get(String path) {
        return get(app.resolve(path));
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", header.toString());
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("set-cookie")) {
                setCookies.add(setCookie);
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('=')).strip();
                String value = pair.substring(pair.indexOf('=') + 1).strip();
                boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last Set-Cookie header that gave a cookie whose name starts with {@code prefix} a value (not one deleting it). */
    public String setCookie(String prefix) {
        for (int i = setCookies.size() - 1; i >= 0; i--) {
            String header = setCookies.get(i);
            String value = header.split(";", 2)[0].substring(header.indexOf('=') + 1);
            if (header.startsWith(prefix) && !value.isBlank() && !header.toLowerCase().contains("max-age=0")) {
                return setCookies.get(i);
            }
        }
        throw new AssertionError("no Set-Cookie for " + prefix + "* among " + setCookies);
    }

    private static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("location")
                .orElseThrow(() -> new AssertionError("no redirect from " + response.uri() + " (status " + response.statusCode() + ")"));
        return response.uri().resolve(location);
    }

    private static void expectRedirect(HttpResponse<String> response, String to) {
        String location = response.headers().firstValue("location").orElse("");
        if (!(response.statusCode() / 100 == 3 && location.contains(to))) {
            throw new AssertionError("expected a redirect to …" + to + " from " + response.uri() + ", got " + response.statusCode()
                    + " " + location + "\n" + response.body());
        }
    }
}
