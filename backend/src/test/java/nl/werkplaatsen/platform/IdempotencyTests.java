package nl.werkplaatsen.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mutation sent twice with one {@code Idempotency-Key} runs once: the replay answers
 * what the first did; the key with another request, or while the first runs, is refused.
 */
@PlatformTest
class IdempotencyTests {

	private static final String SUBMIT = """
			mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { reference intake { id }
			  userErrors { code } } }""";

	private static final String REFER = """
			mutation($input: ReferralCreateInput!) { referralCreate(input: $input) { referral { id status }
			  userErrors { code } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void anIntakeSubmittedTwiceWithOneKeyIsStoredOnce() throws SQLException {
		Map<String, Object> input = TestIntakes.valid("werkplaats-online-ondernemen");
		Map<String, String> key = key();

		Response first = this.graphQl.executeWithHeaders(key, ANONYMOUS, SUBMIT, Map.of("input", input));
		Response again = this.graphQl.executeWithHeaders(key, ANONYMOUS, SUBMIT, Map.of("input", input));

		assertThat(first.<String>path("$.data.intakeSubmit.reference")).startsWith("INT-");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.status()).isEqualTo(first.status());
		assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(first.header("Idempotency-Replayed")).isNull();
		assertThat(count("select count(*) from intake i join organisation o on o.id = i.organisation_id "
				+ "where o.kvk_number = ?", (String) input.get("kvkNumber")))
			.isOne();
	}

	@Test
	void aReferralCreatedTwiceWithOneKeyIsOneReferralAndTheSameAnswer() throws SQLException {
		Map<String, Object> intakeInput = TestIntakes.valid("werkplaats-online-ondernemen");
		intakeInput.put("shareWithNetwork", true);
		String intake = this.graphQl.execute(WOO_COORDINATOR, SUBMIT, Map.of("input", intakeInput))
			.path("$.data.intakeSubmit.intake.id");
		Map<String, Object> input = new HashMap<>();
		input.put("intakeId", intake);
		input.put("toWerkplaatsId",
				this.graphQl.execute(NETWORK_COORDINATOR, "{ werkplaats(slug: \"digitale-werkplaats-twente\") { id } }")
					.path("$.data.werkplaats.id"));
		input.put("note", "Past beter bij jullie data-aanbod.");
		Map<String, String> key = key();

		Response first = this.graphQl.executeWithHeaders(key, WOO_COORDINATOR, REFER, Map.of("input", input));
		Response again = this.graphQl.executeWithHeaders(key, WOO_COORDINATOR, REFER, Map.of("input", input));
		Response withoutKey = this.graphQl.execute(WOO_COORDINATOR, REFER, Map.of("input", input));

		assertThat(first.<String>path("$.data.referralCreate.referral.status")).isEqualTo("SENT");
		assertThat(again.body()).isEqualTo(first.body());
		// Without the key the same request runs again, and the intake is referred
		// already.
		assertThat(withoutKey.userErrorCodes("referralCreate")).isNotEmpty();
		assertThat(
				count("select count(*) from referral where intake_id = ?", GlobalId.decode(intake).orElseThrow().id()))
			.isOne();
	}

	@Test
	void theKeyWithAnotherRequestIsRefusedAndChangesNothing() throws SQLException {
		Map<String, Object> input = TestIntakes.valid("werkplaats-online-ondernemen");
		Map<String, Object> other = TestIntakes.valid("werkplaats-online-ondernemen");
		Map<String, String> key = key();
		this.graphQl.executeWithHeaders(key, ANONYMOUS, SUBMIT, Map.of("input", input));

		Response refused = this.graphQl.executeWithHeaders(key, ANONYMOUS, SUBMIT, Map.of("input", other));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.classifications()).containsExactly("BAD_REQUEST");
		assertThat(count("select count(*) from organisation where kvk_number = ?", (String) other.get("kvkNumber")))
			.isZero();
	}

	@Test
	void aKeyIsTheCallersOwnAndARetryWhileTheFirstRunsIsAConflict() throws SQLException {
		Map<String, String> key = key();
		Map<String, Object> woo = TestIntakes.valid("werkplaats-online-ondernemen");
		Map<String, Object> twente = TestIntakes.valid("digitale-werkplaats-twente");

		Response byWoo = this.graphQl.executeWithHeaders(key, WOO_COORDINATOR, SUBMIT, Map.of("input", woo));
		Response byTwente = this.graphQl.executeWithHeaders(key, TWENTE_COORDINATOR, SUBMIT, Map.of("input", twente));

		assertThat(byTwente.header("Idempotency-Replayed")).isNull();
		assertThat(byTwente.<String>path("$.data.intakeSubmit.reference"))
			.isNotEqualTo(byWoo.<String>path("$.data.intakeSubmit.reference"));

		// The first request with a key still runs (claimed, no answer yet).
		String running = UUID.randomUUID().toString();
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement claim = owner.prepareStatement("""
						insert into idempotency_record (caller, key, fingerprint, state, expires_at)
						values (?, ?, '\\x00', 'IN_PROGRESS', now() + interval '1 hour')""")) {
			claim.setString(1, "PERSON:" + WOO_COORDINATOR.subject());
			claim.setString(2, running);
			claim.executeUpdate();
		}
		Response retry = this.graphQl.executeWithHeaders(Map.of("Idempotency-Key", running), WOO_COORDINATOR, SUBMIT,
				Map.of("input", TestIntakes.valid("werkplaats-online-ondernemen")));
		assertThat(retry.status()).isEqualTo(409);
		assertThat(retry.classifications()).containsExactly("CONFLICT");
	}

	@Test
	void aMalformedKeyIsABadRequest() {
		Response response = this.graphQl.executeWithHeaders(Map.of("Idempotency-Key", "x".repeat(300)),
				Persona.ANONYMOUS, "{ werkplaatsen(first: 1) { totalCount } }", Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
	}

	private static Map<String, String> key() {
		return Map.of("Idempotency-Key", UUID.randomUUID().toString());
	}

	private static long count(String sql, Object parameter) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

}
