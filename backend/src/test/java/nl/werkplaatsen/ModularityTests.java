package nl.werkplaatsen;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(WerkplaatsPlatformApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		this.modules.verify();
	}

	/**
	 * Writes the module documentation into the build output
	 * ({@code backend/target/spring-modulith-docs}): the diagrams of all modules and of
	 * each, a canvas per module (its API, events, dependencies) and one document that
	 * gathers them.
	 */
	@Test
	void documentsTheModules() throws java.io.IOException {
		new Documenter(this.modules).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files
			.list(java.nio.file.Path.of("target", "spring-modulith-docs"))) {
			org.assertj.core.api.Assertions.assertThat(files.map((path) -> path.getFileName().toString()))
				.contains("module-team.adoc", "module-team.puml", "all-docs.adoc");
		}
	}

}
