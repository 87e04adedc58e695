package dev.pitchnight.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes /q/openapi describe the JSON API as the server answers it:
 *
 * <ul>
 *   <li>only {@code /api} paths: the HTML pages and their form posts (303 redirects, HTML) are
 *       not part of the API;</li>
 *   <li>a {@code Problem} schema (RFC 9457, {@link Problem}) under {@code application/problem+json}
 *       for every 4xx an operation can answer: 400 when it takes a body or query parameters, 401
 *       and 403 when it needs a signed-in person, 404 when its path names something, 415 when it
 *       takes a body, 406 for an Accept header it cannot satisfy, and whatever its annotations
 *       already list (409, 413, 422, 429);</li>
 *   <li>{@code security: []} on the operations anyone may call, so the document's readers (and
 *       generated clients) know no token is needed;</li>
 *   <li>{@code servers}: this instance's public address ({@code pitchnight.base-url});</li>
 *   <li>local date-times (a night's times, in its own time zone) as what they are: ISO 8601
 *       without an offset, not RFC 3339's {@code date-time}, whose example they would fail;</li>
 *   <li>only the schemas and tags the remaining operations use, each tag described.</li>
 * </ul>
 *
 * Runs at startup, so {@code servers} is the deployment's own address, not the build machine's.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ApiDocument implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    private static final Map<String, String> REASONS = Map.of(
            "400", "The request is malformed: a parameter or field is missing, of the wrong type or out of range.",
            "401", "No valid bearer token (sign in at Keycloak first).",
            "403", "Signed in, but not allowed to do this.",
            "404", "Nothing by that identifier (or not visible to the caller).",
            "406", "None of the media types in the Accept header can be produced.",
            "409", "Conflicts with the current state.",
            "413", "The body is too large.",
            "415", "The body is not of a media type this operation takes.",
            "422", "Understood, but refused by a rule of the domain.",
            "429", "Too many requests; try again after the Retry-After seconds.");

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("Account", "Who is signed in, which optional mails they get, everything Pitchnight holds about them, and erasing their account."),
            Map.entry("Agenda", "A night's running order: doors, intro, pitch slots, breaks, networking."),
            Map.entry("Audience Q&A", "Questions from the audience to a pitch, votes, moderation."),
            Map.entry("Audience award", "The audience's vote for the best pitch of the night."),
            Map.entry("Check-in", "The door: tickets scanned, counts."),
            Map.entry("Events", "Pitch nights: announced, found, changed, copied to the next month."),
            Map.entry("Groups", "Meetup groups: anyone starts one, everyone finds them; owners edit, admins suspend."),
            Map.entry("Live night", "The night as it happens: stage timer, current slot, moderation settings."),
            Map.entry("Messages", "Organizers' messages to a night's people, sent as mails."),
            Map.entry("Pitches", "Founders' pitches, decks, reviews and decisions."),
            Map.entry("RSVPs", "Seats, the waitlist and offers; the organizers' attendee lists."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            Map<String, PathItem> kept = new TreeMap<>();
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (path.startsWith("/api/") || path.equals("/api")) {
                    kept.put(path, item);
                }
            });
            openAPI.getPaths().setPathItems(kept);
            kept.forEach((path, item) -> item.getOperations().values().forEach(op -> document(path, op)));
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        Schema local = components.getSchemas() == null ? null : components.getSchemas().get("LocalDateTime");
        if (local != null) {
            local.setFormat(null);
            local.setPattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
            local.setDescription("A local date and time (ISO 8601, no offset), in the night's own time zone.");
            local.setExamples(new ArrayList<>(List.of("2026-12-10T18:30:00")));
        }
        keepOnlyWhatIsUsed(openAPI);
        String baseUrl = ConfigProvider.getConfig().getOptionalValue("pitchnight.base-url", String.class)
                .orElse("http://localhost:8080");
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(baseUrl)
                .description("This Pitchnight instance"))));
    }

    /** Drops component schemas no operation reaches, and tags no operation carries; describes the rest. */
    private static void keepOnlyWhatIsUsed(OpenAPI openAPI) {
        Map<String, Schema> all = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Set<String> tags = new HashSet<>();
        ArrayDeque<Schema> todo = new ArrayDeque<>();
        if (openAPI.getPaths() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation op : item.getOperations().values()) {
                    if (op.getTags() != null) {
                        tags.addAll(op.getTags());
                    }
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> add(todo, p.getSchema()));
                    }
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody().getContent().getMediaTypes().values().forEach(media -> add(todo, media.getSchema()));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses().getAPIResponses().values().forEach(r -> {
                            if (r.getContent() != null) {
                                r.getContent().getMediaTypes().values().forEach(media -> add(todo, media.getSchema()));
                            }
                        });
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && all != null && all.get(name) != null) {
                    todo.push(all.get(name));
                }
            }
            add(todo, schema.getItems());
            add(todo, schema.getAdditionalPropertiesSchema());
            add(todo, schema.getNot());
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> add(todo, p));
            }
            for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(g -> add(todo, g));
                }
            }
        }
        if (all != null) {
            Map<String, Schema> kept = new TreeMap<>();
            all.forEach((name, schema) -> {
                if (used.contains(name)) {
                    kept.put(name, schema);
                }
            });
            openAPI.getComponents().setSchemas(kept);
        }
        if (openAPI.getTags() != null) {
            openAPI.setTags(new ArrayList<>(openAPI.getTags().stream().filter(t -> tags.contains(t.getName())).toList()));
            openAPI.getTags().forEach(t -> {
                if (t.getDescription() == null) {
                    t.setDescription(TAGS.get(t.getName()));
                }
            });
        }
    }

    private static void add(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }

    private static void document(String path, Operation op) {
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (!secured) {
            op.setSecurity(new ArrayList<>()); // security: [] — anyone may call it
        }
        boolean body = op.getRequestBody() != null;
        boolean queries = op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        Map<String, APIResponse> errors = new LinkedHashMap<>();
        if (body || queries) {
            errors.put("400", null);
        }
        if (secured) {
            errors.put("401", null);
            errors.put("403", null);
        }
        if (path.contains("{")) {
            errors.put("404", null);
        }
        errors.put("406", null);
        if (body) {
            errors.put("415", null);
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4")) {
                    errors.put(code, response);
                }
            });
        }
        errors.forEach((code, existing) -> {
            APIResponse response = existing != null ? existing : OASFactory.createAPIResponse();
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(REASONS.getOrDefault(code, "Refused."));
            }
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            responses.addAPIResponse(code, response);
        });
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: the body of every error under /api.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .description("Names the kind of problem; about:blank when the status says it all.")
                        .examples(List.of("about:blank")))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Short summary of the kind of problem, in the caller's language."))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status code."))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong this time, for a person to read."))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .description("The request path it happened on."))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                        .description("Per-field messages for invalid input, by field name."));
    }
}
