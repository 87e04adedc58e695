package dev.pitchnight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.support.CodeFlow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * HTTPS-only headers and cookie attributes as browsers receive them. The test profile trusts
 * X-Forwarded-* from 127.0.0.1 only (as production trusts its ingress), so a request from there
 * with {@code X-Forwarded-Proto: https} is what a request through the TLS-terminating ingress looks like.
 */
@QuarkusTest
class TransportSecurityTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void plainHttpGetsNoStrictTransportSecurity() {
        Response home = given().get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(home.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void httpsThroughTheTrustedProxyGetsStrictTransportSecurityEverywhere() {
        for (String path : new String[] {"/", "/api/events", "/no-such-page", "/q/openapi"}) {
            Response answer = given().header("X-Forwarded-Proto", "https").redirects().follow(false).get(path);
            assertThat(answer.getHeader("Strict-Transport-Security")).as(path)
                    .isEqualTo("max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void aForwardedProtoFromAnUntrustedAddressIsIgnored() throws Exception {
        // Same server, but the connection comes from 127.0.0.2, which is not a trusted proxy.
        HttpClient untrusted = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        HttpResponse<String> answer = untrusted.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getPort() + "/"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> language = untrusted.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.getPort() + "/language?lang=de&back=/"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(attributes(language.headers().firstValue("set-cookie").orElseThrow())).doesNotContain("secure");
    }

    @Test
    void sessionAndSignInCookiesAreHttpOnlyAndSameSiteLax() {
        CodeFlow browser = new CodeFlow(app);
        assertThat(browser.signIn("/account", "alice").body()).contains("Alice Nguyen");

        for (String cookie : new String[] {"q_auth", "q_session", "csrf-token"}) {
            Set<String> attributes = attributes(browser.setCookie(cookie));
            assertThat(attributes).as(cookie).contains("httponly", "samesite=lax", "path=/");
            assertThat(attributes).as(cookie + " over plain HTTP in tests").doesNotContain("secure");
        }
    }

    @Test
    void theLanguageCookieIsHttpOnlyLaxAndSecureOverHttps() {
        Response plain = given().redirects().follow(false).get("/language?lang=de&back=/events");
        assertThat(plain.statusCode()).isEqualTo(303);
        Set<String> attributes = attributes(plain.getHeader("Set-Cookie"));
        assertThat(attributes).contains("httponly", "samesite=lax", "path=/").doesNotContain("secure");

        Response https = given().header("X-Forwarded-Proto", "https").redirects().follow(false).get("/language?lang=de&back=/events");
        assertThat(attributes(https.getHeader("Set-Cookie"))).contains("secure", "httponly", "samesite=lax");
    }

    /** "name=value; Path=/; HttpOnly" → {"path=/", "httponly"} (lower case, without the name=value). */
    static Set<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase(Locale.ROOT))
                .filter(a -> !a.startsWith("max-age") && !a.startsWith("expires"))
                .collect(Collectors.toSet());
    }

}
