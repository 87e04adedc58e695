package dev.pitchnight.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The two overlays as a cluster would receive them ({@code kubectl kustomize}): the local one
 * runs on kind as written (hosts under localtest.me, plain HTTP, one Keycloak URL for browser
 * and app, mail into an in-cluster GreenMail), the production one is pinned, TLS'd, three wide.
 * Both: settings from a ConfigMap and a Secret, health and metrics on the management port only,
 * NetworkPolicies, a MySQL backup. Plain JUnit: no application needed.
 */
class OverlaysTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static final String LOCAL = "k8s/overlays/local";
    private static final String PRODUCTION = "k8s/overlays/production";
    private static final Map<String, List<JsonNode>> RENDERS = new HashMap<>();

    private static synchronized List<JsonNode> render(String overlay) {
        return RENDERS.computeIfAbsent(overlay, DeployFilesTest::render);
    }

    // ------------------------------------------------------------------ both overlays

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void baseUrlAndMailComeFromTheConfigMapAndTheSecret(String overlay) {
        Map<String, String> env = appEnvironment(overlay);
        assertThat(env).containsKeys("PITCHNIGHT_BASE_URL", "QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT",
                "QUARKUS_MAILER_FROM", "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD");
        assertThat(env.get("QUARKUS_MAILER_PORT")).matches("\\d+");
        assertThat(env.get("QUARKUS_MAILER_HOST")).isNotEqualTo("localhost");
        assertThat(env.get("QUARKUS_MAILER_FROM")).contains("@");
        // Mail links and QR codes point at the host the Ingress serves the app on.
        String host = URI.create(env.get("PITCHNIGHT_BASE_URL")).getHost();
        assertThat(ingressBackendsByHost(overlay).get(host)).as("Ingress rule for " + host).contains("pitchnight:http");
        // The mail credentials are in the Secret, not the ConfigMap.
        JsonNode container = appContainer(overlay);
        assertThat(secretKeys(overlay, container)).contains("QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void healthAndMetricsOnlyOnTheManagementPort(String overlay) {
        JsonNode deployment = appDeployment(overlay);
        JsonNode container = appContainer(overlay);
        Map<String, Integer> ports = new HashMap<>();
        container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        assertThat(ports).containsEntry("http", 8080).containsEntry("management", 9000);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.path("path").asText()).as(probe).startsWith("/q/health/");
            assertThat(get.path("port").asText()).as(probe).isIn("management", "9000");
        }
        JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
        assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo("9000");
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");

        // No Service in front of the app pods carries 9000, so no Ingress can route to it.
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        for (JsonNode service : ofKind(overlay, "Service")) {
            if (selects(service.path("spec").path("selector"), podLabels)) {
                service.path("spec").path("ports").forEach(p -> {
                    assertThat(p.path("targetPort").asText()).as(name(service)).isNotIn("management", "9000");
                    assertThat(p.path("port").asInt()).as(name(service)).isNotEqualTo(9000);
                });
            }
        }
        ingressBackendsByHost(overlay).values().forEach(backends ->
                assertThat(backends).noneMatch(b -> b.endsWith(":9000") || b.endsWith(":management")));
    }

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void keycloakIsPublicButItsAdminConsoleIsNot(String overlay) {
        for (JsonNode ingress : ofKind(overlay, "Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    if (!path.path("backend").path("service").path("name").asText().equals("keycloak")) {
                        continue;
                    }
                    String prefix = path.path("path").asText();
                    assertThat(prefix).as(rule.path("host") + " routes " + prefix + " to Keycloak")
                            .isIn("/realms", "/realms/", "/resources", "/resources/");
                    assertThat("/admin/master/console/".startsWith(prefix)).isFalse();
                }
            }
        }
        assertThat(ingressBackendsByHost(overlay).keySet()).anyMatch(h -> h.startsWith("auth."));
    }

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void networkPoliciesLetOnlyTheRightPodsIn(String overlay) {
        List<JsonNode> policies = ofKind(overlay, "NetworkPolicy");
        assertThat(policies).anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress")
                && p.path("spec").path("ingress").isMissingNode());
        JsonNode mysqlPod = podLabels(overlay, "StatefulSet", "mysql");
        JsonNode appPod = appDeployment(overlay).path("spec").path("template").path("metadata").path("labels");
        JsonNode keycloakPod = podLabels(overlay, "Deployment", "keycloak");

        Set<String> intoMysql = allowedPeers(policies, mysqlPod);
        assertThat(intoMysql).contains("pod:pitchnight/app", "pod:keycloak/identity", "pod:mysql-backup/backup")
                .noneMatch(p -> p.startsWith("namespace:") || p.equals("pod:*"));
        assertThat(allowedPorts(policies, mysqlPod)).containsExactly(3306);

        Set<String> intoApp = allowedPeers(policies, appPod);
        assertThat(intoApp).contains("namespace:ingress-nginx").doesNotContain("pod:*");
        assertThat(allowedPorts(policies, appPod)).contains(8080);

        assertThat(allowedPeers(policies, keycloakPod)).contains("namespace:ingress-nginx", "pod:pitchnight/app");
        // Every pod the policies mention exists in the render (a typo in a label would silently block it).
        for (String peer : intoMysql) {
            String[] nameAndComponent = peer.substring(4).split("/");
            assertThat(render(overlay)).as(peer).anyMatch(o -> o.path("spec").path("template").path("metadata")
                    .path("labels").path("app.kubernetes.io/name").asText().equals(nameAndComponent[0])
                    || o.path("spec").path("jobTemplate").path("spec").path("template").path("metadata")
                    .path("labels").path("app.kubernetes.io/name").asText().equals(nameAndComponent[0]));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void mysqlIsBackedUpNightlyWithRetention(String overlay) {
        List<JsonNode> cronJobs = ofKind(overlay, "CronJob");
        assertThat(cronJobs).hasSize(1);
        JsonNode cron = cronJobs.get(0).path("spec");
        assertThat(cron.path("schedule").asText().split(" ")).hasSize(5);
        assertThat(cron.path("concurrencyPolicy").asText()).isEqualTo("Forbid");
        JsonNode pod = cron.path("jobTemplate").path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        assertThat(container.path("image").asText()).startsWith("mysql:8.4");
        String script = container.path("command").toString() + container.path("args").toString();
        assertThat(script).contains("mysqldump").contains("--single-transaction").contains("pitchnight")
                .contains("keycloak").contains("-mtime").contains("-delete");
        Map<String, String> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText("")));
        assertThat(env).containsKey("MYSQL_PWD");
        assertThat(env.get("BACKUP_KEEP_DAYS")).matches("\\d+");
        String claim = pod.path("volumes").get(0).path("persistentVolumeClaim").path("claimName").asText();
        assertThat(ofKind(overlay, "PersistentVolumeClaim")).anyMatch(p -> name(p).equals(claim));
        Set<String> mounts = new HashSet<>();
        container.path("volumeMounts").forEach(m -> mounts.add(m.path("mountPath").asText()));
        assertThat(mounts).contains("/backup");
        assertThat(script).contains("/backup/");
    }

    /** Every ${VAR} in the production realm file reaches the Keycloak container. */
    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void everyRealmPlaceholderIsInKeycloaksEnvironment(String overlay) throws IOException {
        String realm = Files.readString(ROOT.resolve("k8s/base/keycloak/pitchnight-realm-prod.json"));
        Set<String> placeholders = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}").matcher(realm);
        while (m.find()) {
            if (m.group(2) == null) {
                placeholders.add(m.group(1));
            }
        }
        assertThat(placeholders).contains("PITCHNIGHT_WEB_CLIENT_SECRET", "QUARKUS_MAILER_HOST", "PITCHNIGHT_BASE_URL");
        JsonNode keycloak = workload(overlay, "Deployment", "keycloak");
        JsonNode container = keycloak.path("spec").path("template").path("spec").path("containers").get(0);
        Set<String> names = new HashSet<>();
        container.path("env").forEach(e -> names.add(e.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                find(overlay, "ConfigMap", source.path("configMapRef").path("name").asText()).path("data")
                        .fieldNames().forEachRemaining(names::add);
            }
        }
        assertThat(names).containsAll(placeholders);
    }

    // ------------------------------------------------------------------ local

    @Test
    void localRunsOnKindWithLocaltestMeHostsAndPlainHttp() {
        Map<String, String> env = appEnvironment(LOCAL);
        assertThat(env.get("PITCHNIGHT_BASE_URL")).isEqualTo("http://pitchnight.localtest.me");
        assertThat(env.get("PITCHNIGHT_COOKIES_FORCE_SECURE")).isEqualTo("false");
        for (JsonNode ingress : ofKind(LOCAL, "Ingress")) {
            assertThat(ingress.path("spec").path("tls").isMissingNode()).as("plain HTTP, no certificate").isTrue();
            ingress.path("spec").path("rules").forEach(r -> assertThat(r.path("host").asText()).endsWith(".localtest.me"));
        }
        assertThat(render(LOCAL).toString().contains("example.com")).as("no example.com host left in the local render").isFalse();
        assertThat(appContainer(LOCAL).path("image").asText()).isEqualTo("pitchnight:local");
    }

    @Test
    void localKeycloakHasOneUrlForTheBrowserAndTheApp() {
        Map<String, String> env = appEnvironment(LOCAL);
        URI oidc = URI.create(env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertThat(oidc.toString()).isEqualTo("http://auth.localtest.me/realms/pitchnight");
        JsonNode keycloak = workload(LOCAL, "Deployment", "keycloak");
        assertThat(keycloakEnvironment(LOCAL, keycloak).get("KC_HOSTNAME")).isEqualTo("http://auth.localtest.me");
        // The browser: auth.localtest.me is 127.0.0.1, the Ingress routes it to Keycloak.
        assertThat(ingressBackendsByHost(LOCAL).get(oidc.getHost())).contains("keycloak:http");
        // The app: its pods resolve the same host to the keycloak Service's fixed address, port 80.
        JsonNode aliases = appDeployment(LOCAL).path("spec").path("template").path("spec").path("hostAliases");
        String ip = null;
        for (JsonNode alias : aliases) {
            if (alias.path("hostnames").toString().contains("\"" + oidc.getHost() + "\"")) {
                ip = alias.path("ip").asText();
            }
        }
        assertThat(ip).as("a hostAlias for " + oidc.getHost()).isNotNull();
        JsonNode service = find(LOCAL, "Service", "keycloak");
        assertThat(service.path("spec").path("clusterIP").asText()).isEqualTo(ip);
        assertThat(ip).startsWith("10.96.");  // kind's and minikube's default Service range 10.96.0.0/12
        assertThat(service.path("spec").path("ports").toString()).contains("\"port\":80");
    }

    @Test
    void localMailGoesToAnInClusterServer() {
        Map<String, String> env = appEnvironment(LOCAL);
        JsonNode service = find(LOCAL, "Service", env.get("QUARKUS_MAILER_HOST"));
        assertThat(service.path("spec").path("ports").toString()).contains("\"port\":" + env.get("QUARKUS_MAILER_PORT"));
        assertThat(workload(LOCAL, "Deployment", env.get("QUARKUS_MAILER_HOST")).toString()).contains("greenmail/standalone:");
        assertThat(env.get("QUARKUS_MAILER_START_TLS")).isEqualTo("DISABLED");
        // The default-deny policy must not cut the app off from its mail server.
        JsonNode mailPod = podLabels(LOCAL, "Deployment", env.get("QUARKUS_MAILER_HOST"));
        assertThat(allowedPeers(ofKind(LOCAL, "NetworkPolicy"), mailPod)).contains("pod:pitchnight/app", "pod:keycloak/identity");
    }

    // ------------------------------------------------------------------ production

    @Test
    void productionIsPinnedTlsAndThreeWide() {
        JsonNode deployment = appDeployment(PRODUCTION);
        String image = appContainer(PRODUCTION).path("image").asText();
        assertThat(image).matches("ghcr\\.io/pitchnight/pitchnight(:\\d+\\.\\d+\\.\\d+|@sha256:[0-9a-f]{64})");
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(3);
        JsonNode hpa = ofKind(PRODUCTION, "HorizontalPodAutoscaler").get(0).path("spec");
        assertThat(hpa.path("minReplicas").asInt()).isEqualTo(3);
        assertThat(hpa.path("maxReplicas").asInt()).isGreaterThan(3);
        JsonNode resources = appContainer(PRODUCTION).path("resources");
        assertThat(resources.path("requests").has("cpu")).isTrue();
        assertThat(resources.path("requests").has("memory")).isTrue();
        assertThat(resources.path("limits").has("memory")).isTrue();

        JsonNode ingress = ofKind(PRODUCTION, "Ingress").get(0);
        assertThat(ingress.path("metadata").path("annotations").path("cert-manager.io/cluster-issuer").asText()).isNotBlank();
        Set<String> tlsHosts = new HashSet<>();
        ingress.path("spec").path("tls").forEach(t -> {
            assertThat(t.path("secretName").asText()).isNotBlank();
            t.path("hosts").forEach(h -> tlsHosts.add(h.asText()));
        });
        assertThat(tlsHosts).containsAll(ingressBackendsByHost(PRODUCTION).keySet());

        Map<String, String> env = appEnvironment(PRODUCTION);
        assertThat(env.get("PITCHNIGHT_BASE_URL")).startsWith("https://");
        assertThat(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).matches("https://.+/realms/pitchnight");
        assertThat(env).doesNotContainKey("PITCHNIGHT_COOKIES_FORCE_SECURE");
        assertThat(keycloakEnvironment(PRODUCTION, workload(PRODUCTION, "Deployment", "keycloak")).get("KC_HOSTNAME"))
                .startsWith("https://");
        String rendered = render(PRODUCTION).toString();
        assertThat(rendered.contains("greenmail") || rendered.contains("localtest.me"))
                .as("nothing of the local overlay in production").isFalse();
    }

    // ------------------------------------------------------------------ helpers

    private static List<JsonNode> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode find(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(o -> name(o).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + overlay));
    }

    /** A workload by name, or by name prefix for generated names. */
    private static JsonNode workload(String overlay, String kind, String name) {
        return find(overlay, kind, name);
    }

    private static JsonNode podLabels(String overlay, String kind, String name) {
        return workload(overlay, kind, name).path("spec").path("template").path("metadata").path("labels");
    }

    private static JsonNode appDeployment(String overlay) {
        return find(overlay, "Deployment", "pitchnight");
    }

    private static JsonNode appContainer(String overlay) {
        return appDeployment(overlay).path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** What the app container's environment holds: its envFrom ConfigMaps and Secrets, then env. */
    private static Map<String, String> appEnvironment(String overlay) {
        return environment(overlay, appContainer(overlay));
    }

    private static Map<String, String> keycloakEnvironment(String overlay, JsonNode keycloak) {
        return environment(overlay, keycloak.path("spec").path("template").path("spec").path("containers").get(0));
    }

    private static Map<String, String> environment(String overlay, JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                find(overlay, "ConfigMap", source.path("configMapRef").path("name").asText()).path("data").properties()
                        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            }
            if (source.has("secretRef")) {
                find(overlay, "Secret", source.path("secretRef").path("name").asText()).path("data").properties()
                        .forEach(e -> env.put(e.getKey(), new String(Base64.getDecoder().decode(e.getValue().asText()),
                                StandardCharsets.UTF_8)));
            }
        }
        container.path("env").forEach(e -> {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        });
        return env;
    }

    private static Set<String> secretKeys(String overlay, JsonNode container) {
        Set<String> keys = new HashSet<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("secretRef")) {
                find(overlay, "Secret", source.path("secretRef").path("name").asText()).path("data")
                        .fieldNames().forEachRemaining(keys::add);
            }
        }
        return keys;
    }

    /** Host to its backends as "service:port". */
    private static Map<String, List<String>> ingressBackendsByHost(String overlay) {
        Map<String, List<String>> hosts = new HashMap<>();
        for (JsonNode ingress : ofKind(overlay, "Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                List<String> backends = hosts.computeIfAbsent(rule.path("host").asText(), h -> new ArrayList<>());
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode service = path.path("backend").path("service");
                    JsonNode port = service.path("port");
                    backends.add(service.path("name").asText() + ":"
                            + (port.has("name") ? port.path("name").asText() : port.path("number").asText()));
                }
            }
        }
        return hosts;
    }

    /**
     * Who the NetworkPolicies selecting these pod labels let in: "pod:&lt;name&gt;/&lt;component&gt;"
     * for a podSelector, "namespace:&lt;name&gt;" for a namespaceSelector, "pod:*" for anyone.
     */
    private static Set<String> allowedPeers(List<JsonNode> policies, JsonNode podLabels) {
        Set<String> peers = new TreeSet<>();
        for (JsonNode policy : policies) {
            JsonNode selector = policy.path("spec").path("podSelector").path("matchLabels");
            boolean applies = policy.path("spec").path("podSelector").isEmpty() || selects(selector, podLabels);
            if (!applies) {
                continue;
            }
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (rule.path("from").isMissingNode() || rule.path("from").isEmpty()) {
                    peers.add("pod:*");
                }
                for (JsonNode from : rule.path("from")) {
                    if (from.has("namespaceSelector")) {
                        peers.add("namespace:" + from.path("namespaceSelector").path("matchLabels")
                                .path("kubernetes.io/metadata.name").asText("*"));
                    } else if (from.has("podSelector")) {
                        JsonNode labels = from.path("podSelector").path("matchLabels");
                        peers.add(labels.isEmpty() ? "pod:*" : "pod:" + labels.path("app.kubernetes.io/name").asText()
                                + "/" + labels.path("app.kubernetes.io/component").asText());
                    } else {
                        peers.add("pod:*");
                    }
                }
            }
        }
        return peers;
    }

    private static Set<Integer> allowedPorts(List<JsonNode> policies, JsonNode podLabels) {
        Set<Integer> ports = new TreeSet<>();
        for (JsonNode policy : policies) {
            JsonNode selector = policy.path("spec").path("podSelector").path("matchLabels");
            if (!policy.path("spec").path("podSelector").isEmpty() && selects(selector, podLabels)) {
                policy.path("spec").path("ingress").forEach(r -> r.path("ports").forEach(p -> ports.add(p.path("port").asInt())));
            }
        }
        return ports;
    }

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

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static ObjectMapper json() {
        return new ObjectMapper();
    }
}
