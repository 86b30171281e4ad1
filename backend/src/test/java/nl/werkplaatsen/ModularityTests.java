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

	@Test
	void documentsTheModules() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
