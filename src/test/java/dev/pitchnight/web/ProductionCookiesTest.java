package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Production's cookie settings, read from application.properties with the prod profile (the
 * running tests use the test profile, over plain HTTP, so they cannot show it): every cookie maker
 * is told to set Secure, and the rest of the attributes hold in every profile.
 */
class ProductionCookiesTest {

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = ProductionCookiesTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250)).build();
    }

    @Test
    void productionForcesSecureOnEveryCookie() throws IOException {
        SmallRyeConfig prod = config("prod");
        assertThat(prod.getValue("pitchnight.cookies.force-secure", Boolean.class)).isTrue();
        assertThat(prod.getValue("quarkus.oidc.authentication.cookie-force-secure", Boolean.class)).as("q_session, q_auth").isTrue();
        assertThat(prod.getValue("quarkus.rest-csrf.cookie-force-secure", Boolean.class)).as("csrf-token").isTrue();

        SmallRyeConfig test = config("test");
        assertThat(test.getValue("pitchnight.cookies.force-secure", Boolean.class)).as("tests run over plain HTTP").isFalse();
    }

    @Test
    void everyProfileKeepsCookiesHttpOnlyAndSameSite() throws IOException {
        for (String profile : new String[] {"prod", "dev", "test"}) {
            SmallRyeConfig config = config(profile);
            assertThat(config.getValue("quarkus.oidc.authentication.cookie-same-site", String.class)).as(profile).isEqualToIgnoringCase("lax");
            assertThat(config.getValue("quarkus.http.same-site-cookie.\"csrf-token\".value", String.class)).as(profile).isEqualToIgnoringCase("lax");
            assertThat(config.getValue("quarkus.http.same-site-cookie.\"q_auth.*\".value", String.class)).as(profile).isEqualToIgnoringCase("lax");
            assertThat(config.getValue("quarkus.rest-csrf.cookie-http-only", Boolean.class)).as(profile).isTrue();
        }
    }

    @Test
    void theLanguageSwitchMarksItsCookieSecureWhenProductionSaysSo() {
        HttpServerRequest plainHttp = (HttpServerRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> method.getName().equals("scheme") ? "http" : null);
        Response forced = new LanguageResource(true).choose("de", "/", plainHttp);
        assertThat(forced.getCookies().get("pitchnight-lang").isSecure()).isTrue();
        Response notForced = new LanguageResource(false).choose("de", "/", plainHttp);
        assertThat(notForced.getCookies().get("pitchnight-lang").isSecure()).isFalse();
        assertThat(notForced.getCookies().get("pitchnight-lang").isHttpOnly()).isTrue();
    }
}
