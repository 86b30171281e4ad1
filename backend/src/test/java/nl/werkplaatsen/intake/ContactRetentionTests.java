package nl.werkplaatsen.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts of intakes closed for longer than the retention term lose their details; a
 * contact with an intake still open, or closed within the term, keeps them.
 */
@PlatformTest
class ContactRetentionTests {

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	ContactRetention retention;

	@Test
	void aContactWhoseIntakesClosedLongAgoIsErasedAndARecentOneKept() throws SQLException {
		UUID old = declinedIntake();
		UUID recent = declinedIntake();
		owner("update intake set closed_at = now() - interval '3 years' where id = ?", old);

		int erased = this.retention.eraseExpiredContacts();

		assertThat(erased).isPositive();
		assertThat(contactEmailOf(old)).isEqualTo("verwijderd@invalid");
		assertThat(contactEmailOf(recent)).isNotEqualTo("verwijderd@invalid");
		assertThat(this.retention.eraseExpiredContacts()).as("nothing twice").isZero();
	}

	private UUID declinedIntake() {
		String id = this.graphQl
			.execute(WOO_COORDINATOR,
					"mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id } } }",
					Map.of("input", TestIntakes.valid("werkplaats-online-ondernemen")))
			.path("$.data.intakeSubmit.intake.id");
		this.graphQl.execute(WOO_COORDINATOR, """
				mutation($input: IntakeDeclineInput!) { intakeDecline(input: $input) { userErrors { code } } }""",
				Map.of("input", Map.of("id", id, "reason", "Past niet bij ons aanbod.")));
		return GlobalId.decode(id).orElseThrow().id();
	}

	private static String contactEmailOf(UUID intake) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement read = owner.prepareStatement(
						"select c.email from intake i join organisation_contact c on c.id = i.contact_id where i.id = ?")) {
			read.setObject(1, intake);
			try (ResultSet result = read.executeQuery()) {
				result.next();
				return result.getString(1);
			}
		}
	}

	private static void owner(String sql, UUID id) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, id);
			statement.executeUpdate();
		}
	}

}
