package dev.pitchnight.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    /** The management interface (quarkus.management): health and metrics, never on the app's port. */
    private static String management(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }

    @Test
    void readinessChecksTheDatabaseAndKeycloak() {
        given().when().get(management("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")))
                .body("checks.name", hasItem(containsString("OIDC")));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/");
        given().when().get(management("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthAndMetricsAreNotOnTheAppsPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics"}) {
            String body = given().when().get(path).then().statusCode(404).extract().asString();
            org.assertj.core.api.Assertions.assertThat(body).as(path)
                    .doesNotContain("jvm_memory_used_bytes").doesNotContain("\"checks\"");
        }
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Pitchnight API"))
                .body("paths", Matchers.hasKey("/api/me"));
    }

    /** Swagger UI is in dev and test only, so the footer links the document, which production serves too. */
    @Test
    void theFootersApiLinkLeadsToTheDocument() {
        String home = given().when().get("/").then().statusCode(200).extract().asString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/q/openapi[^\"]*)\"").matcher(home);
        org.assertj.core.api.Assertions.assertThat(link.find()).as("footer links the API document").isTrue();
        given().when().get(link.group(1).replace("&amp;", "&"))
                .then().statusCode(200)
                .body("info.title", equalTo("Pitchnight API"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }
}
