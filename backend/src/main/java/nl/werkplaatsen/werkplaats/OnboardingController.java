package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.platform.tenancy.FrontendClients.BoundClient;
import nl.werkplaatsen.werkplaats.WerkplaatsOnboarding.PortalClientSecretPayload;
import nl.werkplaatsen.werkplaats.WerkplaatsOnboarding.WerkplaatsOnboardInput;
import nl.werkplaatsen.werkplaats.WerkplaatsOnboarding.WerkplaatsOnboardPayload;

/**
 * Onboarding a werkplaats with its Keycloak clients, and those clients afterwards.
 */
@Controller
class OnboardingController {

	private final WerkplaatsOnboarding onboarding;

	OnboardingController(WerkplaatsOnboarding onboarding) {
		this.onboarding = onboarding;
	}

	@MutationMapping
	WerkplaatsOnboardPayload werkplaatsOnboard(@Argument WerkplaatsOnboardInput input) {
		return this.onboarding.onboard(input);
	}

	@MutationMapping
	PortalClientSecretPayload werkplaatsPortalSecretRotate(@Argument WerkplaatsPortalSecretRotateInput input) {
		return this.onboarding.rotatePortalSecret(input.werkplaatsId());
	}

	/** {@code werkplaatsPortalSecretRotate}'s input. */
	record WerkplaatsPortalSecretRotateInput(String werkplaatsId) {
	}

	@BatchMapping(typeName = "Werkplaats")
	Map<Werkplaats, @Nullable List<BoundClient>> frontendClients(List<Werkplaats> werkplaatsen) {
		return this.onboarding.clientsOf(werkplaatsen);
	}

}
