package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.FrontendClients.BoundClient;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.werkplaats.WerkplaatsOnboarding.PortalClientSecretPayload;
import nl.werkplaatsen.werkplaats.WerkplaatsOnboarding.WerkplaatsOnboardInput;
import nl.werkplaatsen.werkplaats.WerkplaatsOnboarding.WerkplaatsOnboardPayload;

/**
 * Onboarding a werkplaats with its Keycloak clients, and those clients afterwards.
 */
@Controller
class OnboardingController {

	private final WerkplaatsOnboarding onboarding;

	OnboardingController(WerkplaatsOnboarding onboarding, BatchLoaderRegistry batchLoaders) {
		this.onboarding = onboarding;
		batchLoaders.<WerkplaatsNode, List<BoundClient>>forName("werkplaatsFrontendClients")
			.registerMappedBatchLoader((werkplaatsen, environment) -> Mono
				.fromCallable(() -> onboarding.clientsOf(List.copyOf(werkplaatsen))));
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

	/**
	 * The werkplaats's Keycloak clients, one batch for every werkplaats on a page;
	 * refused (FORBIDDEN) for callers who do not administer it.
	 */
	@SchemaMapping(typeName = "Werkplaats")
	CompletableFuture<List<BoundClient>> frontendClients(WerkplaatsNode werkplaats,
			DataLoader<WerkplaatsNode, List<BoundClient>> werkplaatsFrontendClients) {
		Actor actor = Actor.current();
		if (!actor.isNetworkCoordinator() && !actor.hasTeamRoleIn(werkplaats.getId(), TeamRole.ADMIN)) {
			throw new AccessDeniedException("Only the werkplaats's admins and network coordinators see its clients");
		}
		return werkplaatsFrontendClients.load(werkplaats);
	}

}
