package nl.werkplaatsen.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestMail;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformTest
class IntakeMailTests {

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	IncompleteEventPublications incompleteEvents;

	@Test
	void confirmsTheIntakeToTheEntrepreneurAndNotifiesTheCoordinators() throws Exception {
		Map<String, Object> input = TestIntakes.valid("werkplaats-online-ondernemen");
		String entrepreneur = "ondernemer-" + input.get("kvkNumber") + "@voorbeeld.nl";
		input.put("contactEmail", entrepreneur);

		String reference = this.graphQl.execute(ANONYMOUS, TestIntakes.SUBMIT, Map.of("input", input))
			.path("$.data.intakeSubmit.reference");

		MimeMessage confirmation = awaitMailTo(entrepreneur, reference);
		assertThat(confirmation.getSubject())
			.isEqualTo("Uw hulpvraag bij Werkplaats Online Ondernemen Groningen (" + reference + ")");
		String body = (String) confirmation.getContent();
		assertThat(body).contains(reference).contains("Werkplaats Online Ondernemen").contains("Anne de Vries");
		MimeMessage notification = awaitMailTo("werkplaats-online-ondernemen-coordinator@example.nl", reference);
		assertThat(notification.getSubject()).startsWith("Nieuwe hulpvraag: ").endsWith("(" + reference + ")");
		assertThat((String) notification.getContent()).contains((String) input.get("organisationName"));
	}

	@Test
	void aFailedSendIsRetriedLaterAndTheIntakeIsKept() throws Exception {
		Map<String, Object> input = TestIntakes.valid("werkplaats-online-ondernemen");
		String entrepreneur = "geduld-" + input.get("kvkNumber") + "@voorbeeld.nl";
		input.put("contactEmail", entrepreneur);
		TestMail.stop();
		String reference;
		try {
			reference = this.graphQl.execute(ANONYMOUS, TestIntakes.SUBMIT, Map.of("input", input))
				.path("$.data.intakeSubmit.reference");
			await().atMost(Duration.ofSeconds(30)).until(() -> failedConfirmations() > 0);
		}
		finally {
			TestMail.restart();
		}
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR, "query($f: IntakeFilter) { intakes(filter: $f) { totalCount } }",
					Map.of("f", Map.of("search", reference)))
			.<Integer>path("$.data.intakes.totalCount")).isOne();

		// What the platform's resubmission job does every minute.
		this.incompleteEvents.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

		assertThat(awaitMailTo(entrepreneur, reference).getSubject()).contains(reference);
	}

	private static long failedConfirmations() throws Exception {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement query = owner.prepareStatement("""
						select count(*) from event_publication
						where listener_id like '%confirmToEntrepreneur%' and completion_date is null
						and status = 'FAILED'""");
				ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static MimeMessage awaitMailTo(String recipient, String reference) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> messagesTo(recipient, reference), (messages) -> !messages.isEmpty())
			.getFirst();
	}

	private static List<MimeMessage> messagesTo(String recipient, String reference) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : TestMail.server().getReceivedMessages()) {
			Address[] to = message.getAllRecipients();
			if (to != null && Arrays.stream(to).anyMatch((address) -> address.toString().contains(recipient))
					&& message.getSubject().contains(reference)) {
				found.add(message);
			}
		}
		return found;
	}

}
