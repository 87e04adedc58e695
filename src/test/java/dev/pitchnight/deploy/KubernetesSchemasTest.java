package dev.pitchnight.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The schema check of the deployment files must catch broken manifests, not only pass good
 * ones: each test breaks one thing in an otherwise valid Deployment.
 */
class KubernetesSchemasTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: example/web:1
                      ports: [{containerPort: 8080, name: http}]
                      resources:
                        requests: {cpu: 250m, memory: 256Mi}
                      readinessProbe:
                        httpGet: {path: /ready, port: http}
            """;

    private static List<String> problemsOf(String yaml) throws Exception {
        JsonNode object = YAML.readTree(yaml);
        return KubernetesSchemas.problems(object);
    }

    @Test
    void aValidDeploymentHasNoProblems() throws Exception {
        assertThat(problemsOf(DEPLOYMENT)).isEmpty();
    }

    @Test
    void replicasAsWordsIsRefused() throws Exception {
        assertThat(problemsOf(DEPLOYMENT.replace("replicas: 2", "replicas: two")))
                .containsExactly("$.spec.replicas: expected a 32-bit integer, found string \"two\"");
    }

    @Test
    void aNumberInQuotesIsRefusedLikeTheApiServerDoes() throws Exception {
        assertThat(problemsOf(DEPLOYMENT.replace("replicas: 2", "replicas: \"2\"")))
                .containsExactly("$.spec.replicas: expected a 32-bit integer, found string \"2\"");
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        List<String> problems = problemsOf(DEPLOYMENT.replace("      image: example/web:1",
                "      image: example/web:1\n          imagePullPolicyy: Always"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("$.spec.template.spec.containers[0].imagePullPolicyy: unknown field (V1Container has [");
    }

    @Test
    void aMisplacedFieldIsRefused() throws Exception {
        // `replicas` belongs in spec, not in metadata.
        assertThat(problemsOf(DEPLOYMENT.replace("  name: web\n", "  name: web\n  replicas: 3\n")))
                .singleElement().asString().startsWith("$.metadata.replicas: unknown field");
    }

    @Test
    void aMissingRequiredFieldIsRefused() throws Exception {
        assertThat(problemsOf(DEPLOYMENT.replace("- name: web\n          image:", "- image:")))
                .containsExactly("$.spec.template.spec.containers[0].name: required by V1Container but missing");
    }

    @Test
    void aMalformedQuantityIsRefused() throws Exception {
        assertThat(problemsOf(DEPLOYMENT.replace("memory: 256Mi", "memory: 256 megs")))
                .singleElement().asString()
                .startsWith("$.spec.template.spec.containers[0].resources.requests.memory: expected a quantity");
    }

    @Test
    void anObjectWhereAListBelongsIsRefused() throws Exception {
        assertThat(problemsOf(DEPLOYMENT.replace("ports: [{containerPort: 8080, name: http}]",
                "ports: {containerPort: 8080}")))
                .singleElement().asString().startsWith("$.spec.template.spec.containers[0].ports: expected a list");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws Exception {
        String twice = DEPLOYMENT.replace("replicas: 2", "replicas: two\n  paused: maybe");
        assertThat(problemsOf(twice)).containsExactlyInAnyOrder(
                "$.spec.replicas: expected a 32-bit integer, found string \"two\"",
                "$.spec.paused: expected true or false, found string \"maybe\"");
    }

    @Test
    void kindsAndVersionsKubernetesDoesNotHaveAreRefused() throws Exception {
        assertThat(problemsOf(DEPLOYMENT.replace("apps/v1", "apps/v1beta1")))
                .containsExactly("$: Kubernetes " + KubernetesSchemas.KUBERNETES_VERSION
                        + " has no kind Deployment in apiVersion apps/v1beta1");
        assertThat(problemsOf(DEPLOYMENT.replace("kind: Deployment", "kind: Deploymnet")))
                .singleElement().asString().contains("has no kind Deploymnet");
    }

    @Test
    void portsMayBeNamesOrNumbers() throws Exception {
        assertThat(problemsOf(DEPLOYMENT.replace("port: http}", "port: 8080}"))).isEmpty();
        assertThat(problemsOf(DEPLOYMENT.replace("port: http}", "port: [8080]}")))
                .singleElement().asString().contains("expected an integer or a string");
    }
}
