package dev.pitchnight.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Checks what the deployment files say, not how they are spelled: renders the Kustomize
 * manifests with {@code kubectl kustomize} and the compose file with {@code docker compose config},
 * then asserts on the resulting objects.
 *
 * <p>Plain JUnit (no Quarkus): nothing here needs the application. Needs {@code kubectl} (with
 * its built-in kustomize) on PATH; the compose render is skipped where the docker compose plugin
 * is missing. Every rendered object is also checked against the Kubernetes API schema of its
 * kind ({@link KubernetesSchemas}).
 */
class DeployFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Current stable API group/version for every kind the manifests may contain. */
    private static final Map<String, String> STABLE_API_VERSIONS = Map.of(
            "Namespace", "v1",
            "ConfigMap", "v1",
            "Secret", "v1",
            "Service", "v1",
            "Deployment", "apps/v1",
            "StatefulSet", "apps/v1",
            "Ingress", "networking.k8s.io/v1",
            "HorizontalPodAutoscaler", "autoscaling/v2",
            "PodDisruptionBudget", "policy/v1");

    private static List<JsonNode> localRender;

    /**
     * The rendered local overlay, rendered once on first use (not in a @BeforeAll, so the tests
     * that need no kubectl still run, and report, where it is missing).
     */
    private static synchronized List<JsonNode> local() {
        if (localRender == null) {
            try {
                localRender = kustomize("k8s/overlays/local");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not render k8s/overlays/local", e);
            }
        }
        return localRender;
    }

    // ---------------------------------------------------------------- Kubernetes

    @Test
    void everyObjectHasApiVersionKindAndName() {
        assertFalse(local().isEmpty(), "the local overlay rendered no objects");
        for (JsonNode o : local()) {
            assertFalse(o.path("apiVersion").asText().isBlank(), "object without apiVersion: " + o);
            assertFalse(o.path("kind").asText().isBlank(), "object without kind: " + o);
            assertFalse(o.path("metadata").path("name").asText().isBlank(), "object without metadata.name: " + o);
        }
    }

    /** Base and every overlay, each object against the Kubernetes API schema of its apiVersion and kind. */
    @Test
    void everyRenderedObjectMatchesTheKubernetesSchemaOfItsKind() throws Exception {
        List<String> dirs = new ArrayList<>(List.of("k8s/base"));
        try (var overlays = Files.list(ROOT.resolve("k8s/overlays"))) {
            overlays.filter(Files::isDirectory).sorted()
                    .forEach(d -> dirs.add(ROOT.relativize(d).toString()));
        }
        assertTrue(dirs.contains("k8s/overlays/local"), "overlays found: " + dirs);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String dir : dirs) {
            for (JsonNode o : kustomize(dir)) {
                checked++;
                KubernetesSchemas.problems(o).forEach(p -> problems.add(dir + " " + kindAndName(o) + " " + p));
            }
        }
        assertTrue(checked > 10, "only " + checked + " objects rendered");
        assertTrue(problems.isEmpty(), "not valid for Kubernetes " + KubernetesSchemas.KUBERNETES_VERSION + ":\n"
                + String.join("\n", problems));
    }

    @Test
    void everyKindUsesItsCurrentStableApiVersion() {
        for (JsonNode o : local()) {
            String kind = o.path("kind").asText();
            String expected = STABLE_API_VERSIONS.get(kind);
            assertNotNull(expected, "unexpected kind " + kind + " (" + name(o) + "): add it to STABLE_API_VERSIONS");
            assertEquals(expected, o.path("apiVersion").asText(), kind + " " + name(o));
        }
    }

    @Test
    void namespacedObjectsLandInThePitchnightNamespace() {
        for (JsonNode o : local()) {
            if (!o.path("kind").asText().equals("Namespace")) {
                assertEquals("pitchnight", o.path("metadata").path("namespace").asText(), kindAndName(o));
            }
        }
    }

    @Test
    void appDeploymentRunsTwoHardenedReplicasWithHealthProbes() {
        JsonNode deployment = appDeployment();
        assertEquals(2, deployment.path("spec").path("replicas").asInt(), "app replicas");

        JsonNode container = appContainer(deployment);
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText());
        assertTrue(containerPorts(container).contains(8080), "the app container exposes 8080");
        assertFalse(container.path("resources").path("requests").path("cpu").isMissingNode(),
                "a CPU request is required for the HPA's utilization target");
        assertFalse(container.path("resources").path("limits").path("memory").isMissingNode(), "memory limit");

        JsonNode podSecurity = deployment.path("spec").path("template").path("spec").path("securityContext");
        assertTrue(podSecurity.path("runAsNonRoot").asBoolean(), "pod runs as non-root");
        assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(), "read-only root FS");
        Set<String> mountPaths = new HashSet<>();
        container.path("volumeMounts").forEach(m -> mountPaths.add(m.path("mountPath").asText()));
        assertTrue(mountPaths.contains("/tmp"), "a writable /tmp is mounted");
    }

    @Test
    void appTakesItsSettingsFromTheConfigMapAndSecret() {
        JsonNode container = appContainer(appDeployment());
        String configMap = null;
        String secret = null;
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                configMap = source.path("configMapRef").path("name").asText();
            }
            if (source.has("secretRef")) {
                secret = source.path("secretRef").path("name").asText();
            }
        }
        // Generated names carry a content hash suffix: pitchnight-config-<hash>.
        assertNotNull(configMap, "envFrom has a configMapRef");
        assertTrue(configMap.startsWith("pitchnight-config"), configMap);
        assertNotNull(secret, "envFrom has a secretRef");
        assertTrue(secret.startsWith("pitchnight-secrets"), secret);

        JsonNode config = find("ConfigMap", configMap);
        JsonNode data = config.path("data");
        assertTrue(data.path("QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:mysql://mysql:3306/"),
                "JDBC URL points to the mysql Service: " + data.path("QUARKUS_DATASOURCE_JDBC_URL"));
        assertTrue(data.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText().matches("https://.+/realms/pitchnight"),
                "OIDC server is the public Keycloak URL: " + data.path("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("true", data.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText());
        assertEquals("true", data.path("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST").asText());

        Set<String> secretKeys = secretValues(find("Secret", secret)).keySet();
        assertTrue(secretKeys.containsAll(Set.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_OIDC_CREDENTIALS_SECRET")), "secret keys: " + secretKeys);
    }

    @Test
    void serviceAndIngressRouteToTheApp() {
        JsonNode deployment = appDeployment();
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        JsonNode container = appContainer(deployment);

        JsonNode service = ofKind("Service").stream()
                .filter(s -> !"None".equals(s.path("spec").path("clusterIP").asText()))
                .filter(s -> selects(s.path("spec").path("selector"), podLabels))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ClusterIP Service selects the app pods " + podLabels));
        assertTrue(service.path("spec").path("type").isMissingNode()
                || service.path("spec").path("type").asText().equals("ClusterIP"), "app Service is ClusterIP");
        JsonNode servicePort = service.path("spec").path("ports").get(0);
        assertEquals(8080, servicePort.path("port").asInt());
        JsonNode target = servicePort.path("targetPort");
        assertTrue(target.isInt() ? containerPorts(container).contains(target.asInt())
                : containerPortNames(container).contains(target.asText()),
                "Service targetPort " + target + " is a container port of the app");

        List<JsonNode> ingresses = ofKind("Ingress");
        assertFalse(ingresses.isEmpty(), "an Ingress exists");
        boolean routed = false;
        Set<String> hosts = new HashSet<>();
        for (JsonNode ingress : ingresses) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                hosts.add(rule.path("host").asText());
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode backend = path.path("backend").path("service");
                    if (backend.path("name").asText().equals(name(service))
                            && portMatches(backend.path("port"), servicePort)) {
                        routed = true;
                    }
                }
            }
        }
        assertTrue(routed, "an Ingress rule routes to Service " + name(service));
        assertTrue(hosts.contains("pitchnight.example.com"), "hosts: " + hosts);
        assertTrue(hosts.stream().anyMatch(h -> h.startsWith("auth.")), "a Keycloak host: " + hosts);
    }

    @Test
    void autoscalingAndDisruptionBudgetCoverTheApp() {
        JsonNode deployment = appDeployment();
        List<JsonNode> hpas = ofKind("HorizontalPodAutoscaler");
        assertEquals(1, hpas.size(), "one HPA");
        JsonNode hpa = hpas.get(0).path("spec");
        assertEquals("Deployment", hpa.path("scaleTargetRef").path("kind").asText());
        assertEquals(name(deployment), hpa.path("scaleTargetRef").path("name").asText());
        assertEquals(2, hpa.path("minReplicas").asInt(), "HPA minReplicas");
        assertTrue(hpa.path("maxReplicas").asInt() > 2, "HPA maxReplicas");
        boolean cpu = false;
        for (JsonNode metric : hpa.path("metrics")) {
            cpu |= metric.path("resource").path("name").asText().equals("cpu");
        }
        assertTrue(cpu, "the HPA scales on CPU");

        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        List<JsonNode> pdbs = ofKind("PodDisruptionBudget");
        assertTrue(pdbs.stream().anyMatch(p -> selects(p.path("spec").path("selector").path("matchLabels"), podLabels)
                && p.path("spec").path("minAvailable").asInt() >= 1), "a PDB keeps an app pod up");
    }

    @Test
    void mysqlRunsAsAStatefulSetWithStorageAndAHeadlessService() {
        JsonNode mysql = ofKind("StatefulSet").stream()
                .filter(s -> images(s).stream().anyMatch(i -> i.startsWith("mysql:8.4")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no StatefulSet runs mysql:8.4"));
        assertFalse(mysql.path("spec").path("volumeClaimTemplates").isEmpty(), "MySQL has a PVC template");
        JsonNode service = find("Service", mysql.path("spec").path("serviceName").asText());
        assertEquals("None", service.path("spec").path("clusterIP").asText(), "MySQL's governing Service is headless");
    }

    @Test
    void keycloakRunsInProductionMode() {
        JsonNode keycloak = local().stream()
                .filter(o -> Set.of("StatefulSet", "Deployment").contains(o.path("kind").asText()))
                .filter(o -> images(o).stream().anyMatch(i -> i.startsWith("quay.io/keycloak/keycloak:")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no StatefulSet or Deployment runs Keycloak"));
        JsonNode container = keycloak.path("spec").path("template").path("spec").path("containers").get(0);
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        container.path("command").forEach(a -> args.add(a.asText()));
        assertTrue(args.contains("start"), "production `start`: " + args);
        assertFalse(args.contains("start-dev"), "never start-dev in k8s: " + args);
        assertTrue(args.contains("--import-realm"), "imports the production realm: " + args);

        Map<String, String> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        assertEquals("mysql", env.get("KC_DB"));
        assertEquals("xforwarded", env.get("KC_PROXY_HEADERS"));
        assertEquals("true", env.get("KC_HEALTH_ENABLED"));
        assertTrue(env.getOrDefault("KC_HOSTNAME", "").startsWith("https://"), "public https hostname");
        assertTrue(env.containsKey("PITCHNIGHT_WEB_CLIENT_SECRET"), "client secret for the realm placeholder");
    }

    @Test
    void baseSecretsHoldOnlyMarkedPlaceholders() throws Exception {
        List<JsonNode> secrets = kustomize("k8s/base").stream()
                .filter(o -> o.path("kind").asText().equals("Secret"))
                .toList();
        assertFalse(secrets.isEmpty(), "base defines the Secrets");
        for (JsonNode secret : secrets) {
            secretValues(secret).forEach((key, value) -> assertTrue(value.contains("change-me"),
                    name(secret) + "/" + key + " must be a placeholder containing \"change-me\", is: " + value));
        }
    }

    @Test
    void productionRealmHasNoDemoUsersAndNoPasswordGrantClient() throws IOException {
        JsonNode realm = JSON.readTree(ROOT.resolve("k8s/base/keycloak/pitchnight-realm-prod.json").toFile());
        assertEquals("pitchnight", realm.path("realm").asText());
        assertTrue(realm.path("users").isMissingNode() || realm.path("users").isEmpty(), "no users in production");

        Set<String> roles = new HashSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertTrue(roles.containsAll(Set.of("attendee", "founder", "organizer", "admin")), "roles: " + roles);
        JsonNode defaults = null;
        for (JsonNode r : realm.path("roles").path("realm")) {
            if (r.path("name").asText().equals("default-roles-pitchnight")) {
                defaults = r;
            }
        }
        assertNotNull(defaults, "default-roles-pitchnight");
        assertTrue(defaults.path("composites").path("realm").toString().contains("\"attendee\""),
                "every user is an attendee");

        Map<String, JsonNode> clients = new HashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asText(), c));
        assertFalse(clients.containsKey("pitchnight-cli"), "no password-grant client in production");
        JsonNode web = clients.get("pitchnight-web");
        assertNotNull(web, "pitchnight-web client");
        assertFalse(web.path("publicClient").asBoolean(), "confidential");
        assertTrue(web.path("standardFlowEnabled").asBoolean(), "code flow");
        assertEquals("${PITCHNIGHT_WEB_CLIENT_SECRET}", web.path("secret").asText(),
                "the secret comes from the environment, never from the file");
        web.path("redirectUris").forEach(u -> assertTrue(u.asText().startsWith("https://"), "redirect " + u));
    }

    // ---------------------------------------------------------------- compose

    /** Reads the file directly, so it runs even where the docker compose plugin is missing. */
    @Test
    void composeFileWiresTheAppToMysqlAndKeycloak() throws IOException {
        JsonNode services = YAML.readTree(ROOT.resolve("docker/compose.yml").toFile()).path("services");
        assertServicesAndDependencies(services);

        // The app's client secret must be the one in the demo realm the compose Keycloak imports.
        JsonNode realm = JSON.readTree(ROOT.resolve("docker/keycloak/pitchnight-realm.json").toFile());
        String realmSecret = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("pitchnight-web")) {
                realmSecret = client.path("secret").asText();
            }
        }
        assertNotNull(realmSecret, "pitchnight-web secret in the demo realm");
        assertEquals(realmSecret, services.path("app").path("environment").path("QUARKUS_OIDC_CREDENTIALS_SECRET").asText());
    }

    @Test
    void dockerComposeRendersTheStack() throws Exception {
        Result version;
        try {
            version = run(List.of("docker", "compose", "version"));
        } catch (IOException notOnPath) {
            version = null;
        }
        Assumptions.assumeTrue(version != null, "docker is not on PATH");
        Assumptions.assumeTrue(version.exit() == 0, "the docker compose plugin is not installed: " + version.stderr());

        // `config` only parses and interpolates; it needs no running engine.
        Result config = run(List.of("docker", "compose", "-f", "docker/compose.yml", "config", "--format", "json"));
        assertEquals(0, config.exit(), "docker compose config failed:\n" + config.stderr());
        assertServicesAndDependencies(JSON.readTree(config.stdout()).path("services"));
    }

    private static void assertServicesAndDependencies(JsonNode services) {
        Set<String> names = new HashSet<>();
        services.properties().forEach(e -> names.add(e.getKey()));
        assertTrue(names.containsAll(Set.of("mysql", "keycloak", "app")), "services: " + names);

        JsonNode dependsOn = services.path("app").path("depends_on");
        for (String dependency : List.of("mysql", "keycloak")) {
            assertTrue(dependsOn.has(dependency), "app depends on " + dependency + ": " + dependsOn);
            assertEquals("service_healthy", dependsOn.path(dependency).path("condition").asText(),
                    "app waits for " + dependency + " to be healthy");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<JsonNode> kustomize(String dir) throws IOException, InterruptedException {
        Result result;
        try {
            result = run(List.of("kubectl", "kustomize", dir));
        } catch (IOException e) {
            return fail("kubectl is not on PATH (" + e.getMessage() + "). Install kubectl >= 1.27, which has "
                    + "kustomize built in; CI installs it. Needed to render " + dir + ".");
        }
        assertEquals(0, result.exit(), "kubectl kustomize " + dir + " failed:\n" + result.stderr());
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(result.stdout())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        }
        return objects;
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    /** Runs a command in the project root; stderr goes to a file so neither pipe can fill up and block. */
    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("deploy-files-test", ".stderr");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(ROOT.toFile())
                    .redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 2 minutes");
            }
            return new Result(process.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static List<JsonNode> ofKind(String kind) {
        return local().stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode find(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name(o).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in the render"));
    }

    private static JsonNode appDeployment() {
        return ofKind("Deployment").stream()
                .filter(d -> images(d).stream().anyMatch(i -> i.contains("pitchnight")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment runs the pitchnight image"));
    }

    private static JsonNode appContainer(JsonNode deployment) {
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            if (c.path("image").asText().contains("pitchnight")) {
                return c;
            }
        }
        throw new AssertionError("no pitchnight container in " + name(deployment));
    }

    private static List<String> images(JsonNode workload) {
        List<String> images = new ArrayList<>();
        workload.path("spec").path("template").path("spec").path("containers")
                .forEach(c -> images.add(c.path("image").asText()));
        return images;
    }

    private static Set<Integer> containerPorts(JsonNode container) {
        Set<Integer> ports = new HashSet<>();
        container.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt()));
        return ports;
    }

    private static Set<String> containerPortNames(JsonNode container) {
        Set<String> names = new HashSet<>();
        container.path("ports").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    /** True if every selector entry is among the labels (and the selector is not empty). */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || !selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : selector.properties()) {
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static boolean portMatches(JsonNode backendPort, JsonNode servicePort) {
        return backendPort.has("number")
                ? backendPort.path("number").asInt() == servicePort.path("port").asInt()
                : backendPort.path("name").asText().equals(servicePort.path("name").asText());
    }

    /** Secret values, decoded from base64 `data` and taken as-is from `stringData`. */
    private static Map<String, String> secretValues(JsonNode secret) {
        Map<String, String> values = new TreeMap<>();
        secret.path("data").properties().forEach(e -> values.put(e.getKey(),
                new String(Base64.getDecoder().decode(e.getValue().asText()), StandardCharsets.UTF_8)));
        secret.path("stringData").properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    private static String kindAndName(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }
}
