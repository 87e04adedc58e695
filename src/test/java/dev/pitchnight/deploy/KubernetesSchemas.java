package dev.pitchnight.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.annotations.SerializedName;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;

/**
 * Checks a Kubernetes object against the API schema of its apiVersion and kind, offline.
 *
 * <p>The schema comes from the official Kubernetes Java client ({@code io.kubernetes:client-java-api}),
 * whose model classes are generated from the Kubernetes OpenAPI spec: one class per kind and
 * version ({@code apps/v1 Deployment} is {@code V1Deployment}), one field per property with its
 * JSON name and type, and the required properties in {@code openapiRequiredFields}. No JSON-schema
 * files of current Kubernetes versions are published to a registry this project can reach; the
 * generated models are the same spec in another form.
 *
 * <p>Strict like {@code kubectl apply --validate=strict}: an unknown field, a missing required
 * field or a value of the wrong type (a string for an integer, an object for a list, a malformed
 * quantity) is a problem. Every problem is reported with its JSON path, not only the first.
 */
final class KubernetesSchemas {

    /** The Kubernetes release whose API the models describe (client-java 27 = Kubernetes 1.35). */
    static final String KUBERNETES_VERSION = "1.35";

    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    private KubernetesSchemas() {
    }

    /** Problems of one object as "path: what is wrong"; empty when it matches its kind's schema. */
    static List<String> problems(JsonNode object) {
        List<String> problems = new ArrayList<>();
        String apiVersion = object.path("apiVersion").asText("");
        String kind = object.path("kind").asText("");
        Optional<Class<?>> model = modelOf(apiVersion, kind);
        if (model.isEmpty()) {
            problems.add("$: Kubernetes " + KUBERNETES_VERSION + " has no kind " + kind + " in apiVersion " + apiVersion);
            return problems;
        }
        check(object, model.get(), "$", problems);
        return problems;
    }

    /** {@code apps/v1} + {@code Deployment} is {@code V1Deployment}; {@code autoscaling/v2} + HPA is {@code V2HorizontalPodAutoscaler}. */
    static Optional<Class<?>> modelOf(String apiVersion, String kind) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        if (!version.matches("v\\d+((alpha|beta)\\d+)?") || !kind.matches("[A-Z][A-Za-z0-9]*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(MODELS + "V" + version.substring(1) + kind));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static void check(JsonNode node, Type type, String path, List<String> problems) {
        if (node.isNull()) {
            return; // an explicit null is the same as leaving an optional field out
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            expect(node.isTextual(), "a string", node, path, problems);
        } else if (raw == Integer.class) {
            expect(node.isIntegralNumber() && node.canConvertToInt(), "a 32-bit integer", node, path, problems);
        } else if (raw == Long.class) {
            expect(node.isIntegralNumber() && node.canConvertToLong(), "a 64-bit integer", node, path, problems);
        } else if (raw == Double.class || raw == Float.class) {
            expect(node.isNumber(), "a number", node, path, problems);
        } else if (raw == Boolean.class) {
            expect(node.isBoolean(), "true or false", node, path, problems);
        } else if (raw == byte[].class) {
            expect(node.isTextual() && isBase64(node.asText()), "base64 text", node, path, problems);
        } else if (raw == OffsetDateTime.class) {
            expect(node.isTextual() && isTimestamp(node.asText()), "an RFC 3339 timestamp", node, path, problems);
        } else if (raw == IntOrString.class) {
            expect(node.isIntegralNumber() || node.isTextual(), "an integer or a string", node, path, problems);
        } else if (raw == Quantity.class) {
            expect((node.isTextual() || node.isNumber()) && isQuantity(node.asText()), "a quantity such as 250m or 1Gi",
                    node, path, problems);
        } else if (raw == Object.class) {
            // free-form (e.g. RawExtension): anything goes
        } else if (List.class.isAssignableFrom(raw)) {
            if (expect(node.isArray(), "a list", node, path, problems)) {
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), typeArgument(type, 0), path + "[" + i + "]", problems);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(node.isObject(), "a map", node, path, problems)) {
                node.properties().forEach(e -> check(e.getValue(), typeArgument(type, 1), path + "." + e.getKey(), problems));
            }
        } else if (raw.getName().startsWith(MODELS)) {
            if (expect(node.isObject(), "an object (" + raw.getSimpleName() + ")", node, path, problems)) {
                checkObject(node, raw, path, problems);
            }
        } else {
            // A model type this checker does not know yet: fail rather than let it through unchecked.
            problems.add(path + ": no rule for values of type " + raw.getName() + " (extend KubernetesSchemas)");
        }
    }

    private static void checkObject(JsonNode node, Class<?> model, String path, List<String> problems) {
        Map<String, Field> properties = properties(model);
        node.properties().forEach(e -> {
            Field field = properties.get(e.getKey());
            if (field == null) {
                problems.add(path + "." + e.getKey() + ": unknown field (" + model.getSimpleName() + " has "
                        + new TreeSet<>(properties.keySet()) + ")");
            } else {
                check(e.getValue(), field.getGenericType(), path + "." + e.getKey(), problems);
            }
        });
        for (String required : requiredProperties(model)) {
            if (!node.hasNonNull(required)) {
                problems.add(path + "." + required + ": required by " + model.getSimpleName() + " but missing");
            }
        }
    }

    private static final Map<Class<?>, Map<String, Field>> PROPERTIES = new HashMap<>();

    private static synchronized Map<String, Field> properties(Class<?> model) {
        return PROPERTIES.computeIfAbsent(model, m -> {
            Map<String, Field> byName = new HashMap<>();
            for (Field f : m.getDeclaredFields()) {
                SerializedName name = f.getAnnotation(SerializedName.class);
                if (name != null && !Modifier.isStatic(f.getModifiers())) {
                    byName.put(name.value(), f);
                }
            }
            return byName;
        });
    }

    @SuppressWarnings("unchecked")
    private static Set<String> requiredProperties(Class<?> model) {
        try {
            return (Set<String>) model.getField("openapiRequiredFields").get(null);
        } catch (NoSuchFieldException e) {
            return Set.of();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean expect(boolean ok, String what, JsonNode node, String path, List<String> problems) {
        if (!ok) {
            problems.add(path + ": expected " + what + ", found " + node.getNodeType().name().toLowerCase() + " " + node);
        }
        return ok;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unexpected model type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isTimestamp(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isQuantity(String text) {
        try {
            Quantity.fromString(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
