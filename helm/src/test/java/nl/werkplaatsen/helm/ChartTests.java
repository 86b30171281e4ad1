package nl.werkplaatsen.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Helm chart, linted strictly and rendered with helm-java (no helm binary, no
 * cluster), its output parsed into typed Kubernetes objects and checked point by point.
 */
class ChartTests {

	private static final Path CHART = Path.of(System.getProperty("chart.dir", "werkplaats-platform"));

	private static final KubernetesSerialization YAML = new KubernetesSerialization();

	/** A hook annotation as the tests see it (see {@link #renderWithHooks}). */
	private static final String HOOK = "rendered-as-hook.werkplaatsen.nl/helm-hook";

	@Test
	void lintsStrictly() {
		LintResult lint = new Helm(CHART).lint().strict().call();

		assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
	}

	@Test
	void defaultValuesRenderAHardenedDeploymentAndItsCompanions() {
		Rendered rendered = render((template) -> {
		});

		Deployment deployment = rendered.one(Deployment.class);
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Container api = pod.getContainers().getFirst();
		assertThat(api.getName()).isEqualTo("api");
		assertThat(api.getImage()).isEqualTo("ghcr.io/werkplaatsen/werkplaats-backend:0.1.0");
		assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);

		// Probes: startup, then liveness without the database and readiness with it.
		assertThat(api.getStartupProbe()).isNotNull();
		assertThat(api.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(api.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		assertThat(api.getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("management");

		assertThat(api.getResources().getRequests()).containsKeys("cpu", "memory");
		assertThat(api.getResources().getLimits()).containsKeys("cpu", "memory");

		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
		assertThat(api.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(api.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(api.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(api.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
		String tmpVolume = api.getVolumeMounts()
			.stream()
			.filter((mount) -> mount.getMountPath().equals("/tmp"))
			.findFirst()
			.orElseThrow()
			.getName();
		assertThat(pod.getVolumes()).filteredOn((volume) -> volume.getName().equals(tmpVolume))
			.singleElement()
			.satisfies((volume) -> assertThat(volume.getEmptyDir()).isNotNull());

		// Credentials only from Secrets; the API pods never hold the owner (migration)
		// role.
		assertThat(api.getEnv()).filteredOn(ChartTests::isCredential)
			.isNotEmpty()
			.allSatisfy((env) -> assertThat(env.getValue()).isNull())
			.allSatisfy((env) -> assertThat(env.getValueFrom().getSecretKeyRef()).isNotNull());
		assertThat(api.getEnv()).extracting(EnvVar::getName).doesNotContain("WERKPLAATS_DB_OWNER_PASSWORD");
		assertThat(secretsReferencedBy(api)).contains("werkplaats-database", "werkplaats-keycloak");
		assertThat(api.getEnv()).extracting(EnvVar::getName)
			.contains("WERKPLAATS_KEYCLOAK_ADMIN_CLIENT_ID", "WERKPLAATS_KEYCLOAK_ADMIN_CLIENT_SECRET");
		assertThat(rendered.all()).noneMatch((object) -> object.getKind().equals("Secret"));

		ConfigMap config = rendered.one(ConfigMap.class);
		assertThat(api.getEnvFrom()).anySatisfy(
				(source) -> assertThat(source.getConfigMapRef().getName()).isEqualTo(config.getMetadata().getName()));
		assertThat(config.getData()).containsEntry("SPRING_LIQUIBASE_ENABLED", "false")
			.containsEntry("SPRING_PROFILES_ACTIVE", "production")
			.containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "NATIVE")
			.containsKey("WERKPLAATS_SMTP_HOST")
			.containsKey("WERKPLAATS_OIDC_ISSUER")
			.doesNotContainKey("WERKPLAATS_KEYCLOAK_ADMIN_URL")
			.allSatisfy((key, value) -> assertThat(key).doesNotContain("PASSWORD").doesNotContain("SECRET"));

		Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
		assertThat(rendered.one(Service.class).getSpec().getSelector()).isEqualTo(selector);
		assertThat(rendered.one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels())
			.isEqualTo(selector);
		NetworkPolicy policy = rendered.one(NetworkPolicy.class);
		assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isEqualTo(selector);
		assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
		assertThat(rendered.of(ServiceAccount.class)).extracting((account) -> account.getMetadata().getName())
			.contains(pod.getServiceAccountName());

		assertThat(rendered.of(HorizontalPodAutoscaler.class)).isEmpty();
		assertThat(rendered.of(Ingress.class)).isEmpty();
	}

	@Test
	void theReleaseManifestHoldsNoMigrationJob() {
		// Helm applies hooks apart from the release's objects: the job must not be one of
		// them.
		assertThat(render((template) -> {
		}).of(Job.class)).isEmpty();
	}

	@Test
	void migrationsRunOnceAsAHookThatNeedsOnlyWhatExistsBeforeIt() throws IOException {
		Rendered rendered = renderWithHooks((template) -> {
		});

		Job job = rendered.one(Job.class);
		assertThat(job.getMetadata().getAnnotations()).containsEntry(HOOK, "pre-install,pre-upgrade");
		PodSpec pod = job.getSpec().getTemplate().getSpec();
		Container migrations = pod.getContainers().getFirst();
		assertThat(migrations.getArgs()).contains("--werkplaats.migrate-only=true",
				"--spring.main.web-application-type=none");
		assertThat(migrations.getEnv()).extracting(EnvVar::getName)
			.contains("WERKPLAATS_DB_OWNER_USER", "WERKPLAATS_DB_OWNER_PASSWORD", "WERKPLAATS_DB_URL");
		assertThat(migrations.getEnv()).filteredOn((env) -> env.getName().equals("SPRING_LIQUIBASE_ENABLED"))
			.singleElement()
			.satisfies((env) -> assertThat(env.getValue()).isEqualTo("true"));
		assertThat(migrations.getEnv()).filteredOn(ChartTests::isCredential)
			.allSatisfy((env) -> assertThat(env.getValueFrom().getSecretKeyRef().getName())
				.isEqualTo("werkplaats-database"));
		assertThat(migrations.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();

		// Nothing from the release itself, which does not exist yet on a first install:
		// no ConfigMap, and a ServiceAccount that is a hook weighted before the job.
		assertThat(migrations.getEnvFrom()).isEmpty();
		assertThat(pod.getVolumes()).allSatisfy((volume) -> assertThat(volume.getConfigMap()).isNull());
		ServiceAccount account = rendered.of(ServiceAccount.class)
			.stream()
			.filter((candidate) -> candidate.getMetadata().getName().equals(pod.getServiceAccountName()))
			.findFirst()
			.orElseThrow();
		assertThat(account.getMetadata().getAnnotations()).containsEntry(HOOK, "pre-install,pre-upgrade");
		assertThat(weight(account)).isLessThan(weight(job));
	}

	@Test
	void autoscalingAloneAddsAHorizontalPodAutoscalerThatOwnsTheReplicaCount() {
		Rendered rendered = render((template) -> template.set("autoscaling.enabled", "true"));

		HorizontalPodAutoscaler autoscaler = rendered.one(HorizontalPodAutoscaler.class);
		Deployment deployment = rendered.one(Deployment.class);
		assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
		assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
		assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(2);
		assertThat(deployment.getSpec().getReplicas()).isNull();
		assertThat(rendered.of(Ingress.class)).isEmpty();
	}

	@Test
	void anInClusterKeycloakAddressIsUsedForTheAdminApiOnly() {
		Rendered rendered = render((template) -> template.set("keycloak.adminUrl",
				"http://keycloak-service.keycloak:8080/realms/werkplaatsen"));

		assertThat(rendered.one(ConfigMap.class).getData())
			.containsEntry("WERKPLAATS_KEYCLOAK_ADMIN_URL", "http://keycloak-service.keycloak:8080/realms/werkplaatsen")
			.containsEntry("WERKPLAATS_OIDC_ISSUER", "https://login.werkplaatsen.nl/realms/werkplaatsen");
	}

	@Test
	void ingressAloneAddsATlsIngressForTheApi() {
		Rendered rendered = render((template) -> template.set("ingress.enabled", "true"));

		Ingress ingress = rendered.one(Ingress.class);
		assertThat(ingress.getSpec().getRules()).extracting(IngressRule::getHost)
			.containsExactly("api.werkplaatsen.nl");
		assertThat(ingress.getSpec().getTls()).singleElement()
			.satisfies((tls) -> assertThat(tls.getHosts()).containsExactly("api.werkplaatsen.nl"));
		assertThat(ingress.getSpec().getRules().getFirst().getHttp().getPaths()).singleElement().satisfies((path) -> {
			assertThat(path.getPath()).isEqualTo("/graphql");
			assertThat(path.getBackend().getService().getName())
				.isEqualTo(rendered.one(Service.class).getMetadata().getName());
			assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
		});
		assertThat(rendered.of(HorizontalPodAutoscaler.class)).isEmpty();
	}

	@Test
	void ingressServesEachListedCustomDomainWithItsOwnCertificate() {
		Rendered rendered = render((template) -> template.set("ingress.enabled", "true")
			.set("ingress.customDomains[0].host", "api.digitalewerkplaatstwente.nl")
			.set("ingress.customDomains[0].tlsSecretName", "twente-tls"));

		Ingress ingress = rendered.one(Ingress.class);
		assertThat(ingress.getSpec().getRules()).extracting(IngressRule::getHost)
			.containsExactly("api.werkplaatsen.nl", "api.digitalewerkplaatstwente.nl");
		assertThat(ingress.getSpec().getTls()).extracting(IngressTLS::getSecretName)
			.containsExactly("werkplaats-api-tls", "twente-tls");
	}

	@Test
	void productionValuesRenderExternalServicesThreeReplicasAndAutoscaling() throws IOException {
		Rendered rendered = renderWithHooks(
				(template) -> template.withValuesFile(CHART.resolve("values-production.yaml")));

		ConfigMap config = rendered.one(ConfigMap.class);
		assertThat(config.getData().get("WERKPLAATS_DB_URL")).startsWith("jdbc:postgresql://")
			.doesNotContain("localhost");
		assertThat(config.getData().get("WERKPLAATS_OIDC_ISSUER")).startsWith("https://").doesNotContain("localhost");
		HorizontalPodAutoscaler autoscaler = rendered.one(HorizontalPodAutoscaler.class);
		assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(3);
		assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(3);
		assertThat(rendered.one(Ingress.class).getSpec().getTls()).isNotEmpty();
		assertThat(rendered.one(Job.class).getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
			.isEqualTo(rendered.one(Deployment.class)
				.getSpec()
				.getTemplate()
				.getSpec()
				.getContainers()
				.getFirst()
				.getImage());
	}

	@Test
	void aMisspelledOrWronglyTypedValueFailsTheRendering() {
		assertThatThrownBy(() -> render((template) -> template.set("replicaCont", "3")))
			.hasMessageContaining("replicaCont");
		assertThatThrownBy(() -> render((template) -> template.set("database.poolSize", "many")))
			.hasMessageContaining("poolSize");
		assertThatThrownBy(() -> render((template) -> template.set("image.digest", "latest")))
			.hasMessageContaining("digest");
	}

	@Test
	void anImageDigestPinsTheApiAndTheMigrations() throws IOException {
		String digest = "sha256:" + "0123456789abcdef".repeat(4);
		Rendered rendered = renderWithHooks((template) -> template.set("image.digest", digest));

		String image = "ghcr.io/werkplaatsen/werkplaats-backend@" + digest;
		assertThat(
				rendered.one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
			.isEqualTo(image);
		assertThat(rendered.one(Job.class).getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
			.isEqualTo(image);
	}

	@Test
	void extraEnvironmentAndVolumesReachTheApiContainer() {
		Rendered rendered = render((template) -> template.set("extraEnv[0].name", "JAVA_OPTS_APPEND")
			.set("extraEnv[0].value", "-Xlog:gc")
			.set("extraVolumes[0].name", "ca")
			.set("extraVolumes[0].secret.secretName", "werkplaats-ca")
			.set("extraVolumeMounts[0].name", "ca")
			.set("extraVolumeMounts[0].mountPath", "/etc/werkplaats/ca"));

		PodSpec pod = rendered.one(Deployment.class).getSpec().getTemplate().getSpec();
		Container api = pod.getContainers().getFirst();
		assertThat(api.getEnv()).filteredOn((env) -> env.getName().equals("JAVA_OPTS_APPEND"))
			.singleElement()
			.satisfies((env) -> assertThat(env.getValue()).isEqualTo("-Xlog:gc"));
		assertThat(api.getEnv()).extracting(EnvVar::getName).contains("WERKPLAATS_DB_APP_USER");
		assertThat(pod.getVolumes()).extracting((volume) -> volume.getName()).containsExactly("tmp", "ca");
		assertThat(pod.getVolumes().get(1).getSecret().getSecretName()).isEqualTo("werkplaats-ca");
		assertThat(api.getVolumeMounts()).extracting((mount) -> mount.getMountPath())
			.containsExactly("/tmp", "/etc/werkplaats/ca");
	}

	@Test
	void anOtlpEndpointSwitchesTracingOnAndLetsItsTrafficOut() {
		Rendered off = render((template) -> {
		});
		assertThat(off.one(ConfigMap.class).getData()).doesNotContainKeys("WERKPLAATS_TRACING_ENABLED",
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");

		Rendered on = render(
				(template) -> template.set("tracing.otlpEndpoint", "http://otel-collector:4318/v1/traces"));

		assertThat(on.one(ConfigMap.class).getData()).containsEntry("WERKPLAATS_TRACING_ENABLED", "true")
			.containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
					"http://otel-collector:4318/v1/traces")
			.containsEntry("WERKPLAATS_TRACING_SAMPLING_PROBABILITY", "0.1");
		assertThat(on.one(NetworkPolicy.class).getSpec().getEgress()).anySatisfy((rule) -> assertThat(rule.getPorts())
			.anySatisfy((port) -> assertThat(port.getPort().getIntVal()).isEqualTo(4318)));
		assertThat(off.one(NetworkPolicy.class).getSpec().getEgress()).noneSatisfy((rule) -> assertThat(rule.getPorts())
			.anySatisfy((port) -> assertThat(port.getPort().getIntVal()).isEqualTo(4318)));
	}

	@Test
	void aServiceMonitorScrapesTheManagementPortWhenAskedFor() {
		assertThat(render((template) -> {
		}).all()).noneMatch((object) -> object.getKind().equals("ServiceMonitor"));

		Rendered rendered = render((template) -> template.set("serviceMonitor.enabled", "true")
			.set("serviceMonitor.labels.release", "kube-prometheus-stack"));

		GenericKubernetesResource monitor = rendered.all()
			.stream()
			.filter((object) -> object.getKind().equals("ServiceMonitor"))
			.map(GenericKubernetesResource.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
		assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
		assertThat(monitor.<Map<String, String>>get("spec", "selector", "matchLabels"))
			.isEqualTo(rendered.one(Service.class).getSpec().getSelector());
		assertThat(monitor.<String>get("spec", "endpoints", 0, "port")).isEqualTo("management");
		assertThat(monitor.<String>get("spec", "endpoints", 0, "path")).isEqualTo("/actuator/prometheus");
	}

	@Test
	void helmTestAsksTheApiOverItsServiceAndTheNetworkPolicyLetsIt() throws IOException {
		Rendered rendered = renderWithHooks((template) -> {
		});

		Pod test = rendered.one(Pod.class);
		assertThat(test.getMetadata().getAnnotations()).containsEntry(HOOK, "test");
		Container curl = test.getSpec().getContainers().getFirst();
		assertThat(curl.getCommand()).contains("http://werkplaats-werkplaats-platform:80/graphql");
		assertThat(curl.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(rendered.one(NetworkPolicy.class).getSpec().getIngress().getFirst().getFrom())
			.filteredOn((peer) -> peer.getPodSelector() != null)
			.anySatisfy(
					(peer) -> assertThat(peer.getPodSelector().getMatchLabels()).containsAllEntriesOf(test.getMetadata()
						.getLabels()
						.entrySet()
						.stream()
						.filter((label) -> !label.getKey().equals("helm.sh/chart")
								&& !label.getKey().equals("app.kubernetes.io/version")
								&& !label.getKey().equals("app.kubernetes.io/managed-by")
								&& !label.getKey().equals("app.kubernetes.io/part-of"))
						.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
	}

	@Test
	void theChartStatesTheKubernetesItNeedsAndPackagesItsReadmeAndSchema() throws IOException {
		assertThatThrownBy(() -> new Helm(CHART).template().withName("werkplaats").withKubeVersion("1.27.0").call())
			.hasMessageContaining("kubeVersion");

		Path packaged = Files.createTempDirectory("werkplaats-chart-package");
		new Helm(CHART).packageIt().withDestination(packaged).call();
		Path archive;
		try (Stream<Path> files = Files.list(packaged)) {
			archive = files.filter((file) -> file.toString().endsWith(".tgz")).findFirst().orElseThrow();
		}
		List<String> entries = new ArrayList<>();
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new GZIPInputStream(Files.newInputStream(archive)))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains("werkplaats-platform/README.md", "werkplaats-platform/values.schema.json",
				"werkplaats-platform/templates/tests/connection-test.yaml");
	}

	private static boolean isCredential(EnvVar env) {
		return env.getName().contains("PASSWORD") || env.getName().contains("SECRET");
	}

	private static List<String> secretsReferencedBy(Container container) {
		return container.getEnv()
			.stream()
			.filter((env) -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
			.map((env) -> env.getValueFrom().getSecretKeyRef().getName())
			.distinct()
			.toList();
	}

	private static int weight(HasMetadata object) {
		return Integer.parseInt(object.getMetadata().getAnnotations().getOrDefault(HOOK + "-weight", "0"));
	}

	/**
	 * Renders hooks too. helm-java's {@code template} returns only the release manifest,
	 * which never holds hooks (the helm CLI appends them); so this renders a copy of the
	 * chart whose hook annotations are renamed, and Helm treats them as plain objects.
	 */
	private static Rendered renderWithHooks(Consumer<TemplateCommand> values) throws IOException {
		Path copy = Files.createTempDirectory("werkplaats-chart");
		try (Stream<Path> files = Files.walk(CHART)) {
			for (Path source : files.toList()) {
				Path target = copy.resolve(CHART.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.writeString(target, Files.readString(source).replace("helm.sh/hook", HOOK));
				}
			}
		}
		return render(copy, values);
	}

	private static Rendered render(Consumer<TemplateCommand> values) {
		return render(CHART, values);
	}

	private static Rendered render(Path chart, Consumer<TemplateCommand> values) {
		TemplateCommand template = new Helm(chart).template()
			.withName("werkplaats")
			// helm-java's library assumes Kubernetes 1.20 unless told (the helm CLI
			// assumes
			// the version it was built against); the chart needs 1.29 or later.
			.withKubeVersion("1.31.0")
			.withNamespace("werkplaatsen");
		values.accept(template);
		String yaml = template.call();
		List<HasMetadata> objects = Arrays.stream(yaml.split("(?m)^---\\s*$"))
			.filter((document) -> document.lines()
				.anyMatch((line) -> !line.isBlank() && !line.stripLeading().startsWith("#")))
			.map((document) -> (HasMetadata) YAML.unmarshal(document))
			.filter(Objects::nonNull)
			.toList();
		return new Rendered(objects);
	}

	/** The objects one rendering produced. */
	record Rendered(List<HasMetadata> all) {

		<T extends HasMetadata> List<T> of(Class<T> type) {
			return this.all.stream().filter(type::isInstance).map(type::cast).toList();
		}

		<T extends HasMetadata> T one(Class<T> type) {
			List<T> found = of(type);
			assertThat(found).as("rendered %s objects", type.getSimpleName()).hasSize(1);
			return found.getFirst();
		}

	}

}
