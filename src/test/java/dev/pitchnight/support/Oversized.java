package dev.pitchnight.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends a body larger than the server accepts the way a careful client does, announcing it first
 * ({@code Expect: 100-continue}), so the test reads the server's refusal instead of failing on a
 * connection the server closed while the body was still being written.
 */
public final class Oversized {

    private Oversized() {
    }

    public static HttpResponse<String> send(String method, URI url, String contentType, String body, String bearer)
            throws Exception {
        return send(method, url, contentType, body, bearer, "en");
    }

    public static HttpResponse<String> send(String method, URI url, String contentType, String body, String bearer,
                                            String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).expectContinue(true)
                .header("Content-Type", contentType).header("Accept", "application/json, text/html")
                .header("Accept-Language", acceptLanguage)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    public static HttpResponse<String> post(URI url, String contentType, String body) throws Exception {
        return send("POST", url, contentType, body, null);
    }
}
