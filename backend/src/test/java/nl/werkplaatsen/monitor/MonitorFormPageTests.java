package nl.werkplaatsen.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The platform's own survey page: plain HTML without a login or JavaScript, the same
 * checks as the API, and the link used up once answered.
 */
@PlatformTest
class MonitorFormPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	nl.werkplaatsen.support.GraphQlClient graphQl;

	@Test
	void anImpactMatrixIsShownCheckedAnsweredAndThenClosed() throws Exception {
		String token = "test-" + UUID.randomUUID();
		invitation(token);

		MvcResult shown = this.mvc.perform(get("/monitor/form").param("token", token)).andReturn();
		assertThat(shown.getResponse().getStatus()).isEqualTo(200);
		String page = shown.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Werkplaats Online Ondernemen")
			.contains("het zelf bedenken van oplossingen")
			.contains("uw deelname aan")
			.contains("In belangrijke mate")
			.doesNotContain("[deelname/activiteit]");

		MockHttpServletRequestBuilder incomplete = post("/monitor/form")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("token", token)
			.param("q1", "REASONABLY")
			.param("q2", "VEEL");
		MvcResult refused = this.mvc.perform(incomplete).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Question q2 takes")
			.contains("Question q3 must be answered")
			.contains("value=\"REASONABLY\" checked");

		MockHttpServletRequestBuilder complete = post("/monitor/form")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("token", token);
		for (int i = 1; i <= 10; i++) {
			complete.param("q" + i, (i % 2 == 0) ? "SIGNIFICANTLY" : "DONT_KNOW");
		}
		MvcResult answered = this.mvc.perform(complete).andReturn();
		assertThat(answered.getResponse().getStatus()).isEqualTo(200);
		assertThat(answered.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Bedankt");
		assertThat(this.mvc.perform(get("/monitor/form").param("token", token)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void answeringIsRateLimitedPerAddressLikeTheIntakeForm() throws Exception {
		String token = "test-" + UUID.randomUUID();
		invitation(token);
		String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
		String submit = """
				mutation($input: MonitorResponseSubmitInput!) { monitorResponseSubmit(input: $input) {
				  answered userErrors { code } } }""";
		java.util.Map<String, Object> wrong = java.util.Map.of("input",
				java.util.Map.of("token", token, "answers", java.util.List.of()));
		java.util.List<String> codes = new java.util.ArrayList<>();
		for (int i = 0; i < 205; i++) {
			codes.addAll(this.graphQl.executeFrom(address, nl.werkplaatsen.support.Persona.ANONYMOUS, submit, wrong)
				.userErrorCodes("monitorResponseSubmit"));
		}
		// Two hundred a minute in the test configuration: the rest are refused as such.
		assertThat(codes).contains("REQUIRED").contains("RATE_LIMITED");
		assertThat(this.graphQl.executeFrom("192.0.2.251", nl.werkplaatsen.support.Persona.ANONYMOUS, submit, wrong)
			.userErrorCodes("monitorResponseSubmit")).doesNotContain("RATE_LIMITED");
	}

	private static void invitation(String token) throws Exception {
		try (Connection owner = TestPostgres.database()
			.connectAsOwner(); PreparedStatement insert = owner.prepareStatement("""
					insert into monitor_invitation (id, werkplaats_id, instrument, event_id, subject_title, status,
					  due_on, sent_at, token_hash, token_expires_at)
					select gen_random_uuid(), w.id, 'IMPACT_MATRIX', gen_random_uuid(), 'Workshop AI in de praktijk',
					  'SENT', current_date, now(), sha256(convert_to(?, 'UTF8')), now() + interval '30 days'
					from werkplaats w where w.slug = 'werkplaats-online-ondernemen'""")) {
			insert.setString(1, token);
			assertThat(insert.executeUpdate()).isEqualTo(1);
		}
	}

}
