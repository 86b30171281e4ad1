package nl.werkplaatsen.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.werkplaatsen.support.PlatformTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Browser frontends on a werkplaats's own website or custom domain may call the API;
 * other origins may not.
 */
@PlatformTest
class CorsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void admitsAWerkplaatsWebsiteAndCustomDomain() throws Exception {
		for (String origin : new String[] { "https://werkplaats-online-ondernemen.example.nl",
				"https://werkplaats.groningen.example.nl" }) {
			this.mvc.perform(preflightFrom(origin))
				.andExpect(status().isOk())
				.andExpect(header().string("Access-Control-Allow-Origin", origin));
		}
	}

	@Test
	void admitsTheOriginOfAWebsiteWithAPath() throws Exception {
		String slug = "cors-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		try (java.sql.Connection owner = nl.werkplaatsen.support.TestPostgres.database().connectAsOwner();
				java.sql.PreparedStatement insert = owner.prepareStatement("""
						insert into werkplaats (id, slug, name, status, website)
						values (gen_random_uuid(), ?, 'Werkplaats met pad', 'ACTIVE', ?)""")) {
			insert.setString(1, slug);
			insert.setString(2, "https://Www." + slug + ".example.nl/werkplaats/digitaal?x=1");
			insert.executeUpdate();
		}
		// A preflight starts no transaction, so it learns of the change from the next
		// request that does (or within half a minute).
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/graphql")
			.contentType("application/json")
			.content("{\"query\":\"{ werkplaatsen(first: 1) { totalCount } }\"}"));

		this.mvc.perform(preflightFrom("https://www." + slug + ".example.nl"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "https://www." + slug + ".example.nl"));
	}

	@Test
	void refusesAFrontendUnderDevelopmentOutsideTheLocalProfile() throws Exception {
		this.mvc.perform(preflightFrom("http://localhost:5173"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
	}

	@Test
	void refusesOtherOrigins() throws Exception {
		this.mvc.perform(preflightFrom("https://kwaadwillend.example.com"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
	}

	private static org.springframework.test.web.servlet.RequestBuilder preflightFrom(String origin) {
		return options("/graphql").header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "Authorization, Content-Type, Werkplaats");
	}

}
