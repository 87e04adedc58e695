package dev.pitchnight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document (/q/openapi) describes the JSON API as the server answers it
 * (web/ApiDocument), and Redocly CLI's recommended rules find no error in it.
 */
@QuarkusTest
class ApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Path SAVED = Path.of("target", "openapi.json");

    private static JsonNode doc;

    /** Fetched once, in the first test (RestAssured knows the test port only once Quarkus runs). */
    @BeforeEach
    void fetch() throws IOException {
        if (doc != null) {
            return;
        }
        String body = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Files.createDirectories(SAVED.getParent());
        Files.writeString(SAVED, body);
        doc = new ObjectMapper().readTree(body);
    }

    @Test
    void onlyTheJsonApiIsDescribed() {
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/api/"), "only /api paths");
        assertThat(paths).contains("/api/me", "/api/events", "/api/events/{id}", "/api/pitches/{id}");
        assertThat(paths).noneMatch(p -> p.startsWith("/events") || p.startsWith("/groups") || p.equals("/language"));
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        forEachOperation((path, method, op) -> {
            String id = op.path("operationId").asText("");
            if (id.isBlank()) {
                missing.add(method + " " + path);
            } else {
                assertThat(ids.add(id)).as("operationId " + id + " is unique").isTrue();
            }
        });
        assertThat(missing).isEmpty();
        assertThat(ids).hasSizeGreaterThan(40);
    }

    @Test
    void everyClientErrorIsAProblemDocument() {
        JsonNode problem = doc.path("components").path("schemas").path(ApiDocument.PROBLEM_SCHEMA);
        assertThat(problem.path("properties").has("status")).isTrue();
        assertThat(problem.path("properties").has("errors")).isTrue();
        List<String> wrong = new ArrayList<>();
        forEachOperation((path, method, op) -> {
            boolean any4xx = false;
            var codes = op.path("responses").fieldNames();
            while (codes.hasNext()) {
                String code = codes.next();
                if (!code.startsWith("4")) {
                    continue;
                }
                any4xx = true;
                JsonNode content = op.path("responses").path(code).path("content");
                if (!content.path(Problem.MEDIA_TYPE).path("schema").path("$ref").asText()
                        .equals("#/components/schemas/Problem") || content.size() != 1) {
                    wrong.add(method + " " + path + " " + code + " " + content);
                }
            }
            if (!any4xx) {
                wrong.add(method + " " + path + " documents no 4xx");
            }
            if (path.contains("{") && !op.path("responses").has("404")) {
                wrong.add(method + " " + path + " names something but documents no 404");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void publicOperationsSayNoTokenIsNeededOthersNeedOne() {
        JsonNode events = doc.path("paths").path("/api/events").path("get");
        assertThat(events.has("security")).isTrue();
        assertThat(events.path("security").isArray() && events.path("security").isEmpty()).isTrue();
        assertThat(events.path("responses").has("401")).as("a public list never answers 401").isFalse();

        JsonNode me = doc.path("paths").path("/api/me").path("get");
        assertThat(me.path("security").isEmpty()).as("/api/me needs a token").isFalse();
        assertThat(me.path("responses").has("401")).isTrue();
    }

    /** The 406 the document promises everywhere is what the server answers, as a Problem. */
    @Test
    void anAcceptTheApiCannotSatisfyIsA406Problem() {
        assertThat(doc.path("paths").path("/api/events").path("get").path("responses").has("406")).isTrue();
        var answer = given().header("Accept", "text/csv").when().get("/api/events").then().extract();
        assertThat(answer.statusCode()).isEqualTo(406);
        assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(406);
    }

    @Test
    void inputEnumsAndFormatsAreDocumented() {
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(strings(schemas.path("PitchInput").path("properties").path("stage").path("enum")))
                .containsExactly("IDEA", "PROTOTYPE", "LAUNCHED", "REVENUE", "SCALING");
        assertThat(schemas.path("PitchInput").path("properties").path("contactEmail").path("format").asText()).isEqualTo("email");
        assertThat(strings(schemas.path("SlotInput").path("properties").path("kind").path("enum"))).contains("PITCH", "BREAK");
        assertThat(strings(schemas.path("Decision").path("properties").path("decision").path("enum")))
                .containsExactly("ACCEPTED", "RESERVE", "REJECTED");
        assertThat(strings(schemas.path("Settings").path("properties").path("moderation").path("enum"))).containsExactly("PRE", "POST");
        // A night's times have no offset: documented as such, and the example fits its own pattern.
        JsonNode local = schemas.path("LocalDateTime");
        assertThat(local.has("format")).isFalse();
        assertThat(local.path("examples").get(0).asText()).matches(local.path("pattern").asText());
    }

    @Test
    void onlyUsedSchemasAndDescribedTagsRemain() {
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.has("TemplateInstance")).as("a page type, not part of the JSON API").isFalse();
        doc.path("tags").forEach(t -> assertThat(t.path("description").asText()).as(t.path("name").asText()).isNotBlank());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void serversNameThisInstance() {
        String baseUrl = ConfigProvider.getConfig().getValue("pitchnight.base-url", String.class);
        assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo(baseUrl);
    }

    @Test
    void redoclyFindsNoErrors() throws Exception {
        String redocly = System.getenv("PN_REDOCLY");
        assertThat(redocly).as("PN_REDOCLY: bin/test installs @redocly/cli from npm and sets it").isNotBlank();
        Path out = Files.createTempFile("redocly", ".txt");
        Process lint = new ProcessBuilder(redocly, "lint", "--format=stylish", SAVED.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(lint.waitFor(180, TimeUnit.SECONDS)).as("redocly finished").isTrue();
        String report = Files.readString(out, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "openapi-lint.txt"), report);
        assertThat(report).as(report).containsPattern("(?i)(valid|0 errors|no errors)");
        assertThat(lint.exitValue()).as(report).isEqualTo(0);
    }

    interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                visitor.visit(path.getKey(), m.getKey(), m.getValue());
            }
        }));
    }
}
