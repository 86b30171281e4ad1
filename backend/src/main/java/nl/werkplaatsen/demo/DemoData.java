package nl.werkplaatsen.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.kpi.HistoryImport;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.FrontendClients;
import nl.werkplaatsen.platform.tenancy.NationalRole;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.network.Referrals;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * Loads {@code demo/werkplaatsen.json} into an empty database when the application is
 * ready, through the same GraphQL mutations a network coordinator and each werkplaats's
 * admin would use, so invalid demo data fails as loudly as invalid input.
 *
 * <p>
 * The load takes part in the context's lifecycle: a stop (Ctrl-C, TERM) that arrives
 * while it runs waits for the mutation in progress and ends the load there, before the
 * database and the persistence unit are closed. Without that, the shutdown closed the
 * {@code EntityManagerFactory} under the running load, which then failed with "Session/
 * EntityManager is closed" half-way and left a half-loaded database behind.
 */
@Component
@ConditionalOnBooleanProperty("werkplaats.demo.enabled")
class DemoData implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	/** How long a stop waits for the mutation in progress. */
	private static final java.time.Duration STOP_TIMEOUT = java.time.Duration.ofSeconds(20);

	private static final Actor LOADER = new Actor(Actor.Kind.SYSTEM, "demo-data",
			Set.of(NationalRole.NETWORK_COORDINATOR), null);

	private final ExecutionGraphQlService graphQl;

	private final TeamDirectory teams;

	private final FrontendClients frontendClients;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Object lock = new Object();

	private boolean running;

	private boolean stopping;

	private boolean loading;

	private final Tenancy tenancy;

	private final Referrals referrals;

	private final Initiatives initiatives;

	private final HistoryImport history;

	DemoData(ExecutionGraphQlService graphQl, TeamDirectory teams, FrontendClients frontendClients, JdbcClient jdbc,
			JsonMapper json, Tenancy tenancy, Referrals referrals, Initiatives initiatives, HistoryImport history) {
		this.history = history;
		this.tenancy = tenancy;
		this.initiatives = initiatives;
		this.referrals = referrals;
		this.graphQl = graphQl;
		this.teams = teams;
		this.frontendClients = frontendClients;
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void loadIntoEmptyDatabase() throws IOException {
		synchronized (this.lock) {
			if (this.stopping) {
				return;
			}
			this.loading = true;
		}
		try {
			loadUnlessStopped();
		}
		catch (LoadStopped ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The demo data could not be loaded: " + ex.getMessage(), ex);
		}
		finally {
			synchronized (this.lock) {
				this.loading = false;
				this.lock.notifyAll();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void loadUnlessStopped() throws IOException {
		long existing = this.jdbc.sql("select count(*) from werkplaats").query(Long.class).single();
		if (existing > 0) {
			logger.info("Demo data not loaded: the database already holds {} werkplaatsen", existing);
			return;
		}
		List<Map<String, Object>> werkplaatsen;
		try (InputStream in = new ClassPathResource("demo/werkplaatsen.json").getInputStream()) {
			werkplaatsen = this.json.readValue(in, new TypeReference<Map<String, List<Map<String, Object>>>>() {
			}).get("werkplaatsen");
		}
		// The map first: national data, and some offers name an initiative of it.
		Map<String, UUID> initiatives = loadEcosystem();
		werkplaatsen.forEach((werkplaats) -> load(werkplaats, initiatives));
		Map<String, String> programmes = Tenancy.callAs(LOADER, this::loadInstitutions);
		Map<String, Object> journeys = loadJourneys();
		loadStudentsAndTeams(programmes);
		// After the teams: the referred traject is the receiver's newest and needs none.
		loadReferrals((List<Map<String, Object>>) journeys.get("referrals"), initiatives);
		loadRegisterCorrections();
		loadMonitor((List<String>) journeys.get("werkplaatsen"));
		loadDemoSurveyLink("werkplaats-online-ondernemen");
		for (String slug : (List<String>) journeys.get("werkplaatsen")) {
			loadHistory(slug);
		}
		logger.info("Demo data loaded: {} werkplaatsen", werkplaatsen.size());
	}

	/**
	 * Twente hears from Fietsenmakerij Zuiderdiep (registered by Werkplaats Online
	 * Ondernemen's intake) under another name and address: the other facts become a
	 * proposal at once, and Twente's coordinator passes the name on, so the network
	 * coordinators find two proposals to decide on.
	 */
	@SuppressWarnings("unchecked")
	private void loadRegisterCorrections() throws IOException {
		Map<String, Object> input = new java.util.LinkedHashMap<>();
		input.put("werkplaatsSlug", "digitale-werkplaats-twente");
		input.put("kvkNumber", "90000000");
		input.put("organisationName", "Fietsenmakerij Zuiderdiep & Zn.");
		input.put("contactName", "Jorien Bakker");
		input.put("contactEmail", "jorien.bakker@90000000.example.nl");
		input.put("question", "We openen een tweede winkel in Enschede: kunnen jullie helpen met één online agenda?");
		input.put("consent", true);
		input.put("baseline", Map.of("foundVia", "OTHER_COMPANY", "maturity", 4, "expectation", "CONCRETE_RESULT"));
		input.put("organisationDetails",
				Map.of("street", "Zuiderdiep 112", "postcode", "9711 HM", "city", "Groningen", "sizeClass", "SMALL"));
		Tenancy.runAs(coordinatorOf("digitale-werkplaats-twente"), () -> {
			Map<String, Object> submitted = mutate("""
					mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) {
					  intake { id } userErrors { code field message } } }""", "intakeSubmit", input);
			String intake = (String) ((Map<String, Object>) submitted.get("intake")).get("id");
			mutate("""
					mutation($input: IntakeAcceptProposedNameInput!) { intakeAcceptProposedName(input: $input) {
					  userErrors { code field message } } }""", "intakeAcceptProposedName", Map.of("id", intake));
		});
	}

	/**
	 * A year of history (2025) from the werkplaats's spreadsheets, imported from the same
	 * CSV files its admin would send (see demo/history/generate.py), so the KPIs show a
	 * full year against the ambitions on first start.
	 */
	private void loadHistory(String slug) throws IOException {
		Path folder = Files.createTempDirectory("demo-history-");
		try {
			Map<String, Path> files = new java.util.HashMap<>();
			for (String part : List.of("organisations", "trajecten", "traject_students", "events", "registrations",
					"reach", "monitor_responses")) {
				Path file = folder.resolve(part + ".csv");
				try (InputStream in = new ClassPathResource("demo/history/" + slug + "/" + part + ".csv")
					.getInputStream()) {
					Files.copy(in, file);
				}
				files.put(part, file);
			}
			UUID werkplaatsId = coordinatorOf(slug).werkplaatsId().orElseThrow();
			Tenancy.callAs(LOADER, () -> this.history.importFiles(werkplaatsId, slug, files, "demo-data", "Demo data"));
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	@SuppressWarnings("unchecked")
	private void load(Map<String, Object> werkplaats, Map<String, UUID> initiatives) {
		String slug = (String) werkplaats.get("slug");
		Map<String, Object> created = Tenancy.callAs(LOADER, () -> mutate("""
				mutation Create($input: WerkplaatsCreateInput!) {
				  werkplaatsCreate(input: $input) { werkplaats { id } userErrors { code field message } }
				}""", "werkplaatsCreate",
				Map.of("slug", slug, "name", werkplaats.get("name"), "demo", werkplaats.get("demo"), "region",
						Map.of("provinces", werkplaats.get("provinces"), "gemeenten", werkplaats.get("gemeenten")),
						"contact", werkplaats.get("contact"), "branding", werkplaats.get("branding"))));
		String id = (String) ((Map<String, Object>) created.get("werkplaats")).get("id");
		UUID werkplaatsId = GlobalId.idOf(id, "Werkplaats").orElseThrow();

		Tenancy.runAs(LOADER, () -> {
			mutate("""
					mutation Partners($input: WerkplaatsPartnersSetInput!) {
					  werkplaatsPartnersSet(input: $input) { werkplaats { id } userErrors { code field message } }
					}""", "werkplaatsPartnersSet", Map.of("id", id, "partners", werkplaats.get("partners")));
			for (Map<String, Object> ambition : (List<Map<String, Object>>) werkplaats.get("ambitions")) {
				Map<String, Object> input = new HashMap<>(ambition);
				input.put("id", id);
				mutate("""
						mutation Ambition($input: WerkplaatsAmbitionSetInput!) {
						  werkplaatsAmbitionSet(input: $input) { werkplaats { id } userErrors { code field message } }
						}""", "werkplaatsAmbitionSet", input);
			}
			for (Map<String, Object> member : (List<Map<String, Object>>) werkplaats.get("team")) {
				this.teams.addMember(werkplaatsId, slug, (String) member.get("subject"),
						TeamRole.valueOf(((String) member.get("role")).toUpperCase(Locale.ROOT)),
						(String) member.get("name"), (String) member.get("email"), null);
			}
			for (String clientId : (List<String>) werkplaats.getOrDefault("frontendClients", List.of())) {
				this.frontendClients.bind(clientId, werkplaatsId, slug, FrontendClients.Kind.PORTAL);
			}
			// The browser clients of the demo realm (infra/keycloak), as onboarding makes
			// them.
			for (String clientId : (List<String>) werkplaats.getOrDefault("browserClients", List.of())) {
				this.frontendClients.bind(clientId, werkplaatsId, slug, FrontendClients.Kind.BROWSER);
			}
		});

		Actor admin = new Actor(Actor.Kind.SYSTEM, "demo-data", Set.of(),
				new Actor.ActingWerkplaats(werkplaatsId, slug, TeamRole.ADMIN));
		for (Map<String, Object> offer : (List<Map<String, Object>>) werkplaats.get("offers")) {
			Tenancy.runAs(admin, () -> mutate("""
					mutation Offer($input: OfferCreateInput!) {
					  offerCreate(input: $input) { offer { id } userErrors { code field message } }
					}""", "offerCreate", offerInput(offer, initiatives)));
		}
	}

	/**
	 * Intakes in every status and trajecten in every state for the featured werkplaatsen,
	 * walked through the same mutations their coordinators use.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> loadJourneys() throws IOException {
		Map<String, Object> demo;
		try (InputStream in = new ClassPathResource("demo/intakes.json").getInputStream()) {
			demo = this.json.readValue(in, new TypeReference<Map<String, Object>>() {
			});
		}
		List<String> slugs = (List<String>) demo.get("werkplaatsen");
		List<Map<String, Object>> intakes = (List<Map<String, Object>>) demo.get("intakes");
		for (int w = 0; w < slugs.size(); w++) {
			String slug = slugs.get(w);
			UUID werkplaatsId = this.jdbc.sql("select id from werkplaats where slug = ?")
				.param(slug)
				.query(UUID.class)
				.single();
			// The werkplaats's own coordinator walks its intakes, so their notes carry a
			// name.
			Actor coordinator = new Actor(Actor.Kind.SYSTEM, coordinatorSubject(slug), Set.of(),
					new Actor.ActingWerkplaats(werkplaatsId, slug, TeamRole.COORDINATOR));
			Tenancy.runAs(coordinator, () -> agenda(slug));
			for (int i = 0; i < intakes.size(); i++) {
				String kvk = String.valueOf(90_000_000 + w * 1_000 + i);
				Map<String, Object> intake = intakes.get(i);
				Tenancy.runAs(coordinator, () -> new DemoJourney(this::mutate, this::query).walk(slug, kvk, intake));
			}
		}
		return demo;
	}

	/**
	 * Referrals between the featured werkplaatsen in every status, each from an intake of
	 * its own, answered by the receiving werkplaats's coordinator; the accepted one goes
	 * on to a running traject and gets an account manager, so its organisation's journey
	 * spans two werkplaatsen.
	 */
	/**
	 * A small sample of the ecosystem map, imported from the same three CSV files a
	 * network coordinator would send; returns the initiatives' ids by their ids in the
	 * files.
	 */
	private Map<String, UUID> loadEcosystem() throws IOException {
		Path folder = Files.createTempDirectory("demo-ecosystem-");
		try {
			Map<String, Path> files = new java.util.HashMap<>();
			for (String part : List.of("initiatives", "activities", "providers")) {
				Path file = folder.resolve(part + ".csv");
				try (InputStream in = new ClassPathResource("demo/ecosystem/" + part + ".csv").getInputStream()) {
					Files.copy(in, file);
				}
				files.put(part, file);
			}
			return Tenancy.callAs(LOADER, () -> this.initiatives.replaceMap(files, "Demo data"));
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	@SuppressWarnings("unchecked")
	private void loadReferrals(List<Map<String, Object>> referrals, Map<String, UUID> initiatives) throws IOException {
		for (int i = 0; i < referrals.size(); i++) {
			Map<String, Object> referral = referrals.get(i);
			Actor from = coordinatorOf((String) referral.get("from"));
			String initiative = (String) referral.get("toInitiative");
			Actor to = (initiative == null) ? coordinatorOf((String) referral.get("to")) : from;
			DemoJourney journey = new DemoJourney(this::mutate, this::query);
			String kvk = String.valueOf(90_900_000 + i);
			Map<String, Object> created = Tenancy.callAs(from, () -> {
				String intakeId = journey.walk((String) referral.get("from"), kvk,
						(Map<String, Object>) referral.get("intake"));
				Map<String, Object> input = new java.util.HashMap<>();
				input.put("intakeId", intakeId);
				if (initiative != null) {
					input.put("toInitiativeId", nl.werkplaatsen.platform.graphql.GlobalId.encode("Initiative",
							initiatives.get(initiative)));
				}
				else {
					input.put("toWerkplaatsId",
							this.query("query($slug: String!) { werkplaats(slug: $slug) { id } }",
									Map.of("slug", referral.get("to")))
								.get("werkplaats") instanceof Map<?, ?> target ? target.get("id") : null);
				}
				input.put("note", referral.get("note"));
				if (referral.get("consentHow") != null) {
					input.put("consent", Map.of("given", true, "how", referral.get("consentHow")));
				}
				return mutate(
						"""
								mutation($input: ReferralCreateInput!) {
								  referralCreate(input: $input) { referral { id organisation { id } } userErrors { code field message } }
								}""",
						"referralCreate", input);
			});
			Map<String, Object> sent = (Map<String, Object>) created.get("referral");
			String id = (String) sent.get("id");
			if (referral.get("outcome") != null) {
				Tenancy.runAs(from, () -> mutate("""
						mutation($input: ReferralOutcomeRecordInput!) {
						  referralOutcomeRecord(input: $input) { referral { id } userErrors { code field message } }
						}""", "referralOutcomeRecord", Map.of("id", id, "outcome", referral.get("outcome"))));
			}
			switch ((String) referral.get("status")) {
				case "ACCEPTED" -> {
					Map<String, Object> accepted = Tenancy.callAs(to,
							() -> mutate(
									"""
											mutation($input: ReferralAcceptInput!) {
											  referralAccept(input: $input) { referral { receivedIntake { id } } userErrors { code field message } }
											}""",
									"referralAccept", Map.of("id", id)));
					String received = (String) ((Map<String, Object>) ((Map<String, Object>) accepted.get("referral"))
						.get("receivedIntake")).get("id");
					Tenancy.runAs(to, () -> journey.traject(received, "RUNNING"));
					if (Boolean.TRUE.equals(referral.get("accountManager"))) {
						String organisation = (String) ((Map<String, Object>) sent.get("organisation")).get("id");
						Tenancy.runAs(from, () -> nameAccountManager(from, organisation));
					}
				}
				case "DECLINED" -> Tenancy.runAs(to, () -> mutate("""
						mutation($input: ReferralDeclineInput!) {
						  referralDecline(input: $input) { referral { id } userErrors { code field message } }
						}""", "referralDecline", Map.of("id", id, "reason", referral.get("declineReason"))));
				case "WITHDRAWN" -> Tenancy.runAs(from, () -> mutate("""
						mutation($input: ReferralWithdrawInput!) {
						  referralWithdraw(input: $input) { referral { id } userErrors { code field message } }
						}""", "referralWithdraw", Map.of("id", id)));
				case "EXPIRED" -> Tenancy.runAs(from, () -> {
					// Sent a fortnight and a day ago and never answered: the expiry job,
					// run
					// now, expires it as it would at its hour.
					UUID referralId = nl.werkplaatsen.platform.graphql.GlobalId.idOf(id, "Referral").orElseThrow();
					this.tenancy.actFor(from.werkplaatsId().orElseThrow(), from.werkplaats().slug(),
							Tenancy.Permission.PLATFORM,
							() -> this.jdbc
								.sql("update referral set created_at = created_at - interval '15 days' where id = ?")
								.param(referralId)
								.update());
					this.referrals.expireUnanswered();
				});
				default -> {
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void nameAccountManager(Actor coordinator, String organisation) {
		List<Map<String, Object>> team = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) this
			.query("query($slug: String!) { werkplaats(slug: $slug) { team(first: 100) { nodes { id name } } } }",
					Map.of("slug", coordinator.werkplaats().slug()))
			.get("werkplaats")).get("team")).get("nodes");
		String teamMember = team.stream()
			.filter((member) -> this.teams
				.nameOf(coordinator.werkplaatsId().orElseThrow(),
						java.util.Objects.requireNonNull(coordinator.subject()))
				.map(member.get("name")::equals)
				.orElse(false))
			.map((member) -> (String) member.get("id"))
			.findFirst()
			.orElseThrow();
		mutate("""
				mutation($input: OrganisationAccountManagerSetInput!) {
				  organisationAccountManagerSet(input: $input) { accountManager { name } userErrors { code field message } }
				}""",
				"organisationAccountManagerSet", Map.of("organisationId", organisation, "teamMemberId", teamMember));
	}

	/**
	 * The monitor on first start: of each featured werkplaats's completed trajecten whose
	 * contact consented, two 1-metingen answered (by phone and on paper), one sent now
	 * (its email in the mail folder) and one due today, for the hourly job.
	 */
	@SuppressWarnings("unchecked")
	private void loadMonitor(List<String> featured) throws IOException {
		int answer = 0;
		for (String slug : featured) {
			Actor coordinator = coordinatorOf(slug);
			List<String> scheduled = Tenancy.callAs(coordinator, () -> {
				// The 1-metingen are scheduled in reaction to the completions, after
				// commit.
				for (int attempt = 0; attempt < 100; attempt++) {
					List<Map<String, Object>> completed = (List<Map<String, Object>>) ((Map<String, Object>) this.query(
							"{ trajecten(first: 100, filter: { statuses: [COMPLETED] }) { nodes { id monitor { status } } } }",
							Map.of())
						.get("trajecten")).get("nodes");
					if (completed.stream().allMatch((traject) -> traject.get("monitor") != null)) {
						return completed.stream()
							.filter((traject) -> "SCHEDULED"
								.equals(((Map<String, Object>) traject.get("monitor")).get("status")))
							.map((traject) -> (String) traject.get("id"))
							.toList();
					}
					sleep();
				}
				throw new IllegalStateException("The demo's 1-metingen were not scheduled");
			});
			for (int i = 0; i < scheduled.size(); i++) {
				String traject = scheduled.get(i);
				if (i < 2) {
					int variant = answer++;
					Tenancy.runAs(coordinator, () -> this.mutate("""
							mutation($input: MonitorResponseRecordInput!) {
							  monitorResponseRecord(input: $input) { answered userErrors { code field message } }
							}""", "monitorResponseRecord", Map.of("trajectId", traject, "channel",
							(variant % 2 == 0) ? "PHONE" : "PAPER", "answers", demoAnswers(variant))));
				}
				else if (i == 2) {
					Tenancy.runAs(coordinator, () -> this.mutate("""
							mutation($input: MonitorInvitationSendInput!) {
							  monitorInvitationSend(input: $input) { userErrors { code field message } }
							}""", "monitorInvitationSend", Map.of("trajectId", traject)));
				}
				else {
					UUID werkplaatsId = coordinator.werkplaatsId().orElseThrow();
					Tenancy.callAs(LOADER,
							() -> this.tenancy.actFor(werkplaatsId, slug, Tenancy.Permission.PLATFORM,
									() -> this.jdbc
										.sql("update monitor_invitation set due_on = current_date where traject_id = ?")
										.param(GlobalId.idOf(traject, "Traject").orElseThrow())
										.update()));
				}
			}
		}
	}

	/**
	 * The token of a demo survey link, for the contract's examples and for trying the
	 * form by hand: a local demo credential, never used outside the demo data.
	 */
	static final String DEMO_SURVEY_TOKEN = "demo-impactmatrix-werkplaats-online-ondernemen";

	/**
	 * An impact matrix sent (and reminded, so no job replaces its link) after one of the
	 * werkplaats's trainings, with a known token that stays valid.
	 */
	private void loadDemoSurveyLink(String slug) throws IOException {
		UUID werkplaatsId = coordinatorOf(slug).werkplaatsId().orElseThrow();
		Tenancy.callAs(LOADER,
				() -> this.tenancy.actFor(werkplaatsId, slug, Tenancy.Permission.PLATFORM,
						() -> this.jdbc
							.sql("""
									insert into monitor_invitation (id, werkplaats_id, instrument, event_id, subject_title, status, due_on,
									  sent_at, reminded_at, token_hash, token_expires_at)
									select gen_random_uuid(), e.werkplaats_id, 'IMPACT_MATRIX', e.id, e.title, 'REMINDED', current_date,
									  now(), now(), sha256(convert_to(:token, 'UTF8')), timestamptz '2100-01-01 00:00:00+00'
									from event e join werkplaats w on w.id = e.werkplaats_id
									where w.slug = :slug order by e.starts_at, e.id limit 1""")
							.param("token", DEMO_SURVEY_TOKEN)
							.param("slug", slug)
							.update()));
	}

	/** A varied, valid 1-meting. */
	private static List<Map<String, Object>> demoAnswers(int variant) {
		List<String> agreement = List.of("STRONGLY_AGREE", "AGREE", "AGREE", "NEUTRAL", "DISAGREE");
		List<Map<String, Object>> answers = new java.util.ArrayList<>();
		List<String> statements = List.of("a", "b", "c", "d", "e", "f", "g");
		for (int i = 0; i < statements.size(); i++) {
			answers.add(Map.of("question", "q1" + statements.get(i), "values",
					List.of(agreement.get((variant + i) % agreement.size()))));
		}
		answers.add(Map.of("question", "q2", "values", List.of(String.valueOf(6 + variant % 4))));
		answers.add(Map.of("question", "q3", "text", "Meer zicht op wat we zelf al kunnen."));
		answers.add(Map.of("question", "q4", "values", List.of(String.valueOf(7 + variant % 3))));
		answers.add(Map.of("question", "q5", "values", (variant % 3 == 0) ? List.of("d", "g") : List.of("b")));
		return answers;
	}

	private void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LoadStopped();
		}
	}

	/** The werkplaats's demo coordinator, acting for it. */
	private Actor coordinatorOf(String slug) throws IOException {
		UUID werkplaatsId = this.jdbc.sql("select id from werkplaats where slug = ?")
			.param(slug)
			.query(UUID.class)
			.single();
		return new Actor(Actor.Kind.SYSTEM, coordinatorSubject(slug), Set.of(),
				new Actor.ActingWerkplaats(werkplaatsId, slug, TeamRole.COORDINATOR));
	}

	/** The Keycloak subject of the werkplaats's coordinator in the demo realm. */
	@SuppressWarnings("unchecked")
	private String coordinatorSubject(String slug) throws IOException {
		try (InputStream in = new ClassPathResource("demo/werkplaatsen.json").getInputStream()) {
			return this.json.readValue(in, new TypeReference<Map<String, List<Map<String, Object>>>>() {
			})
				.get("werkplaatsen")
				.stream()
				.filter((werkplaats) -> slug.equals(werkplaats.get("slug")))
				.flatMap((werkplaats) -> ((List<Map<String, Object>>) werkplaats.get("team")).stream())
				.filter((member) -> "coordinator".equalsIgnoreCase((String) member.get("role")))
				.map((member) -> (String) member.get("subject"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The demo werkplaats " + slug + " has no coordinator"));
		}
	}

	/**
	 * The institutions and programmes of the featured werkplaatsen's partners; programme
	 * ids by "brin/name".
	 */
	@SuppressWarnings("unchecked")
	private Map<String, String> loadInstitutions() {
		Map<String, String> programmes = new java.util.HashMap<>();
		for (Map<String, Object> institution : (List<Map<String, Object>>) education().get("institutions")) {
			Map<String, Object> created = mutate("""
					mutation($input: InstitutionCreateInput!) {
					  institutionCreate(input: $input) { institution { id } userErrors { code field message } }
					}""", "institutionCreate", Map.of("name", institution.get("name"), "level",
					institution.get("level"), "brinCode", institution.get("brinCode")));
			String id = (String) ((Map<String, Object>) created.get("institution")).get("id");
			for (List<String> programme : (List<List<String>>) institution.get("programmes")) {
				Map<String, Object> made = mutate("""
						mutation($input: ProgrammeCreateInput!) {
						  programmeCreate(input: $input) { programme { id } userErrors { code field message } }
						}""", "programmeCreate",
						Map.of("institutionId", id, "name", programme.get(0), "discipline", programme.get(1)));
				programmes.put(institution.get("brinCode") + "/" + programme.get(0),
						(String) ((Map<String, Object>) made.get("programme")).get("id"));
			}
		}
		return programmes;
	}

	/**
	 * Students for each featured werkplaats, and teams on its open and finished
	 * trajecten: two students each, and a teacher where the team has one.
	 */
	@SuppressWarnings("unchecked")
	private void loadStudentsAndTeams(Map<String, String> programmes) {
		Map<String, List<List<Object>>> perWerkplaats = (Map<String, List<List<Object>>>) education().get("students");
		perWerkplaats.forEach((slug, students) -> {
			UUID werkplaatsId = this.jdbc.sql("select id from werkplaats where slug = ?")
				.param(slug)
				.query(UUID.class)
				.single();
			Actor coordinator = new Actor(Actor.Kind.SYSTEM, "demo-data", Set.of(),
					new Actor.ActingWerkplaats(werkplaatsId, slug, TeamRole.COORDINATOR));
			Tenancy.runAs(coordinator, () -> {
				Map<String, Object> team = query("query($slug: String!) { werkplaats(slug: $slug) { team(first: 100) "
						+ "{ nodes { id role name } } } }", Map.of("slug", slug));
				List<Map<String, Object>> members = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) team
					.get("werkplaats")).get("team")).get("nodes");
				List<String> ids = new java.util.ArrayList<>();
				for (List<Object> student : students) {
					Map<String, Object> input = new LinkedHashMap<>();
					input.put("name", student.get(0));
					input.put("programmeId", programmes.get(student.get(1) + "/" + student.get(2)));
					input.put("studyYear", student.get(3));
					input.put("themes", student.get(4));
					input.put("availablePeriods", List.of("PERIOD_1", "PERIOD_2", "PERIOD_3", "PERIOD_4"));
					if (student.get(5) != null) {
						members.stream()
							.filter((member) -> "STUDENT".equals(member.get("role")))
							.findFirst()
							.ifPresent((member) -> input.put("teamMemberId", member.get("id")));
					}
					Map<String, Object> created = mutate("""
							mutation($input: StudentCreateInput!) {
							  studentCreate(input: $input) { student { id } userErrors { code field message } }
							}""", "studentCreate", input);
					ids.add((String) ((Map<String, Object>) created.get("student")).get("id"));
				}
				String teacher = members.stream()
					.filter((member) -> "TEACHER".equals(member.get("role")))
					.map((member) -> (String) member.get("id"))
					.findFirst()
					.orElse(null);
				Map<String, Object> trajecten = query("{ trajecten(first: 100, filter: { statuses: [PLANNED, RUNNING, "
						+ "DELIVERED, COMPLETED] }) { nodes { id } } }", Map.of());
				List<Map<String, Object>> nodes = (List<Map<String, Object>>) ((Map<String, Object>) trajecten
					.get("trajecten")).get("nodes");
				for (int t = 0; t < nodes.size(); t++) {
					List<Map<String, Object>> place = new java.util.ArrayList<>();
					place.add(Map.of("role", "STUDENT", "studentId", ids.get((2 * t) % ids.size()), "hours", 24));
					place.add(Map.of("role", "STUDENT", "studentId", ids.get((2 * t + 1) % ids.size()), "hours", 20));
					if (teacher != null) {
						place.add(Map.of("role", "TEACHER", "teamMemberId", teacher));
					}
					mutate("""
							mutation($input: TrajectTeamSetInput!) {
							  trajectTeamSet(input: $input) { traject { id } userErrors { code field message } }
							}""", "trajectTeamSet", Map.of("trajectId", nodes.get(t).get("id"), "members", place));
				}
			});
		});
	}

	private Map<String, Object> education() {
		try (InputStream in = new ClassPathResource("demo/education.json").getInputStream()) {
			return this.json.readValue(in, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Three upcoming trainings with a few registrations each. */
	@SuppressWarnings("unchecked")
	private void agenda(String slug) {
		java.time.OffsetDateTime monday = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
			.truncatedTo(java.time.temporal.ChronoUnit.DAYS)
			.plusWeeks(1)
			.withHour(15);
		List<Map<String, Object>> events = List.of(
				Map.of("title", "Webinar: zo begin je met AI in je bedrijf", "kind", "WEBINAR", "online", true,
						"capacity", 100, "startsAt", monday.plusDays(2).toString()),
				Map.of("title", "Workshop: meer klanten via je website", "kind", "WORKSHOP", "online", false,
						"location", "Werkplaats, lokaal 1.12", "capacity", 16, "startsAt",
						monday.plusWeeks(2).toString()),
				Map.of("title", "Spreekuur cybersecurity", "kind", "CONSULTATION_HOUR", "online", false, "location",
						"Ondernemershuis", "capacity", 6, "startsAt", monday.plusWeeks(3).plusDays(1).toString()));
		for (Map<String, Object> event : events) {
			Map<String, Object> created = mutate("""
					mutation($input: EventCreateInput!) {
					  eventCreate(input: $input) { event { id } userErrors { code field message } }
					}""", "eventCreate", event);
			String id = (String) ((Map<String, Object>) created.get("event")).get("id");
			for (String name : List.of("Femke de Boer", "Jeroen Smit", "Aylin Yilmaz")) {
				mutate("""
						mutation($input: EventRegisterInput!) {
						  eventRegister(input: $input) { registered userErrors { code field message } }
						}""", "eventRegister", Map.of("eventId", id, "name", name, "email",
						name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + slug + ".example.nl", "consent", true));
			}
		}
	}

	private static Map<String, Object> offerInput(Map<String, Object> offer, Map<String, UUID> initiatives) {
		Map<String, Object> input = new LinkedHashMap<>();
		for (String field : List.of("title", "description", "archetype", "themes", "format", "educationLevels",
				"feeInCents", "availablePeriods", "capacity", "status", "displayOrder")) {
			input.put(field, offer.get(field));
		}
		input.put("typicalDuration", offer.get("duration"));
		input.put("obstacles", offer.get("knelpunten"));
		Map<String, Object> targetGroup = new LinkedHashMap<>();
		targetGroup.put("sizeClasses", offer.get("sizeClasses"));
		targetGroup.put("sbiSections", offer.get("sbiSections"));
		targetGroup.put("maturityLevels", offer.get("maturityLevels"));
		input.put("targetGroup", targetGroup);
		if (offer.get("initiative") != null) {
			input.put("initiativeId", GlobalId.encode("Initiative", initiatives.get((String) offer.get("initiative"))));
		}
		return input;
	}

	@Override
	public void start() {
		synchronized (this.lock) {
			this.running = true;
		}
	}

	/**
	 * Ends a load in progress after its current mutation and waits for it, so the
	 * persistence unit closes only when nothing uses it any more.
	 */
	@Override
	public void stop() {
		synchronized (this.lock) {
			this.stopping = true;
			long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
			while (this.loading && System.nanoTime() < deadline) {
				try {
					this.lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			this.running = false;
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.lock) {
			return this.running;
		}
	}

	/** Throws when the platform is stopping: the load ends between two mutations. */
	private void continueUnlessStopping() {
		synchronized (this.lock) {
			if (this.stopping) {
				throw new LoadStopped();
			}
		}
	}

	private Map<String, Object> query(String document, Map<String, Object> variables) {
		continueUnlessStopping();
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(document, null, variables, Map.of(),
					UUID.randomUUID().toString(), Locale.ROOT))
			.block();
		if (response == null || !response.getErrors().isEmpty()) {
			throw new IllegalStateException(
					"Demo query refused: " + ((response != null) ? response.getErrors() : "no response"));
		}
		return response.getData();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> mutate(String document, String field, Map<String, Object> input) {
		continueUnlessStopping();
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(document, null, Map.of("input", input), Map.of(),
					UUID.randomUUID().toString(), Locale.ROOT))
			.block();
		if (response == null || !response.getErrors().isEmpty()) {
			throw new IllegalStateException("Demo data refused by " + field + ": "
					+ ((response != null) ? response.getErrors() : "no response"));
		}
		Map<String, Object> payload = response.field(field).getValue();
		List<?> userErrors = (List<?>) payload.get("userErrors");
		if (!userErrors.isEmpty()) {
			throw new IllegalStateException("Demo data refused by " + field + " for " + input + ": " + userErrors);
		}
		return payload;
	}

	/** The platform began to stop while the demo data was loading. */
	static final class LoadStopped extends IllegalStateException {

		LoadStopped() {
			super("The demo data load was stopped because the platform is shutting down");
		}

	}

}
