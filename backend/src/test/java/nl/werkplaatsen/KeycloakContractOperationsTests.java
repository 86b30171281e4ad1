package nl.werkplaatsen;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.werkplaatsen.support.ContractOperations;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.KeycloakServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's example operations marked {@code # Needs: Keycloak} (invitations,
 * onboarding), run over HTTP with real tokens of the demo realm's users and clients.
 */
class KeycloakContractOperationsTests extends EndToEndTest {

	@TestFactory
	Stream<DynamicTest> everyKeycloakExampleSucceedsWithARealToken() {
		ContractOperations operations = new ContractOperations((persona, werkplaats, document, variables) -> {
			try {
				var response = post(tokenOf(persona), werkplaats, document, variables);
				return new Response(response.statusCode(), response.body());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
		List<String> names = ContractOperations.names().stream().filter(ContractOperations::needsKeycloak).toList();
		assertThat(names).isNotEmpty();
		return names.stream().map((name) -> DynamicTest.dynamicTest(name, () -> {
			Response response = operations.run(name);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			assertThat(response.errors()).as(response.body()).isEmpty();
			assertThat(response.<List<Object>>path("$..userErrors[*]")).as(response.body()).isEmpty();
		}));
	}

	private static String tokenOf(String persona) {
		if (persona.equals("anonymous")) {
			return null;
		}
		return persona.endsWith("-frontend") ? KeycloakServer.get().clientToken(persona, "demo-secret")
				: KeycloakServer.get().passwordToken(persona);
	}

}
