package nl.werkplaatsen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A national data set at the network's full scale, generated from a fixed seed and loaded
 * with {@code COPY} on top of the demo data: the demo's werkplaatsen (at least 20),
 * 500,000 organisations, a contact and an intake each for 1,000,000 requests for help,
 * 200,000 trajecten, 500 events per werkplaats with 4,600,000 registrations, and 400,000
 * reach records.
 *
 * <p>
 * The distributions follow the network's: a few werkplaatsen take most requests (Zipf),
 * requests grow year on year, most organisations are micro businesses, most intakes are
 * closed (declined, withdrawn or matched), a matched intake mostly becomes a traject. The
 * load runs as the superuser with foreign-key triggers off (the generator keeps every
 * reference valid) and ends with {@code VACUUM ANALYZE}.
 */
final class NationalDataSet {

	private final int organisations;

	private final int intakes;

	private final int trajecten;

	private final int eventsPerWerkplaats;

	private final int registrations;

	private final int reachRecords;

	private static final Instant FIRST = LocalDate.of(2021, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

	private static final Instant LAST = LocalDate.of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC);

	private static final String[] PROVINCES = { "GRONINGEN", "FRIESLAND", "DRENTHE", "OVERIJSSEL", "FLEVOLAND",
			"GELDERLAND", "UTRECHT", "NOORD_HOLLAND", "ZUID_HOLLAND", "ZEELAND", "NOORD_BRABANT", "LIMBURG" };

	private static final String[] TRADES = { "Bakkerij", "Installatiebedrijf", "Kapsalon", "Fietsenmaker",
			"Bouwbedrijf", "Adviesbureau", "Hoveniersbedrijf", "Drukkerij", "Transportbedrijf", "Schildersbedrijf",
			"Autobedrijf", "Slagerij", "Bloemisterij", "Makelaardij", "Administratiekantoor", "Webwinkel", "Café",
			"Metaalbewerking", "Timmerfabriek", "Boekhandel" };

	private static final String[] SURNAMES = { "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit",
			"Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
			"Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Haan" };

	private static final String[] CITIES = { "Groningen", "Leeuwarden", "Assen", "Enschede", "Almere", "Arnhem",
			"Utrecht", "Haarlem", "Rotterdam", "Middelburg", "Eindhoven", "Maastricht", "Zwolle", "Nijmegen",
			"Amersfoort", "Tilburg", "Breda", "Apeldoorn", "Den Haag", "Amsterdam" };

	private static final String[] THEMES = { "ONLINE_MARKETING_AND_SALES", "DATA", "AUTOMATION", "CYBERSECURITY", "AI",
			"OTHER" };

	private static final String[] PERIODS = { "PERIOD_1", "PERIOD_2", "PERIOD_3", "PERIOD_4", "SUMMER" };

	private static final String[] CHANNELS = { "SOCIAL_MEDIA", "NEWSLETTER", "WEBSITE", "PRESS", "EVENT_ELSEWHERE",
			"OTHER" };

	private static final String[] EVENT_KINDS = { "WEBINAR", "MASTERCLASS", "WORKSHOP", "KNOWLEDGE_SESSION",
			"CONSULTATION_HOUR" };

	private static final long ALPHABET = 36L * 36 * 36 * 36 * 36 * 36 * 36 * 36;

	private final SplittableRandom random = new SplittableRandom(20261203L);

	private final Connection superuser;

	private final Consumer<String> progress;

	private final List<Werkplaats> werkplaatsen = new ArrayList<>();

	private double[] weights = new double[0];

	/**
	 * A set at the given share of the full scale (1: the national set; less for a quick
	 * try of the benchmark itself).
	 */
	NationalDataSet(Connection superuser, double scale, Consumer<String> progress) {
		this.superuser = superuser;
		this.progress = progress;
		this.organisations = scaled(500_000, scale);
		this.intakes = scaled(1_000_000, scale);
		this.trajecten = scaled(200_000, scale);
		this.eventsPerWerkplaats = scaled(500, scale);
		this.registrations = scaled(4_600_000, scale);
		this.reachRecords = scaled(400_000, scale);
		this.intakeWerkplaats = new int[this.intakes];
		this.intakeOrganisation = new UUID[this.intakes];
		this.intakeSubmitted = new Instant[this.intakes];
	}

	private static int scaled(int full, double scale) {
		return Math.max(1, (int) Math.round(full * scale));
	}

	/** Loads the set; returns how many rows each table received. */
	Map<String, Long> load() throws SQLException, IOException {
		Map<String, Long> loaded = new LinkedHashMap<>();
		try (Statement sql = this.superuser.createStatement()) {
			sql.execute("set session_replication_role = replica");
		}
		readWerkplaatsen();
		loaded.put("offer", offers());
		UUID[] organisations = new UUID[this.organisations];
		loaded.put("organisation", organisations(organisations));
		loaded.put("organisation_contact + intake", contactsAndIntakes(organisations));
		loaded.put("traject", trajecten());
		loaded.put("event + event_registration", eventsAndRegistrations());
		loaded.put("reach_record", reach());
		try (Statement sql = this.superuser.createStatement()) {
			sql.execute("set session_replication_role = origin");
			// COPY in replica mode bypasses the triggers that keep the KPI totals and
			// counts, as a bulk load would: they are rebuilt from the definition, as the
			// migration that introduced them did.
			this.progress.accept("rebuild the maintained KPI figures");
			sql.execute("select kpi_rebuild()");
			this.progress.accept("vacuum analyze");
			sql.execute("vacuum (analyze)");
			// The load's dirty pages written now, not by a checkpoint that falls into one
			// measurement and not another.
			this.progress.accept("checkpoint");
			sql.execute("checkpoint");
		}
		return loaded;
	}

	private void readWerkplaatsen() throws SQLException {
		try (Statement sql = this.superuser.createStatement();
				ResultSet rows = sql.executeQuery("select id from werkplaats where status = 'ACTIVE' order by slug")) {
			while (rows.next()) {
				this.werkplaatsen.add(new Werkplaats(rows.getObject(1, UUID.class)));
			}
		}
		if (this.werkplaatsen.size() < 20) {
			throw new IllegalStateException("The demo data has " + this.werkplaatsen.size()
					+ " active werkplaatsen; the national set needs at least 20");
		}
		for (Werkplaats werkplaats : this.werkplaatsen) {
			try (var query = this.superuser
				.prepareStatement("select id from offer where werkplaats_id = ? and status = 'PUBLISHED'")) {
				query.setObject(1, werkplaats.id);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						werkplaats.offers.add(rows.getObject(1, UUID.class));
					}
				}
			}
			try (var query = this.superuser.prepareStatement(
					"select id from membership where werkplaats_id = ? and role in ('ADMIN', 'COORDINATOR')")) {
				query.setObject(1, werkplaats.id);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						werkplaats.staff.add(rows.getObject(1, UUID.class));
					}
				}
			}
		}
		// Zipf over the werkplaatsen: the largest takes about six times the smallest's
		// share.
		this.weights = new double[this.werkplaatsen.size()];
		double total = 0;
		for (int i = 0; i < this.weights.length; i++) {
			this.weights[i] = 1.0 / Math.pow(i + 1, 0.6);
			total += this.weights[i];
		}
		double cumulative = 0;
		for (int i = 0; i < this.weights.length; i++) {
			cumulative += this.weights[i] / total;
			this.weights[i] = cumulative;
		}
	}

	private long offers() throws SQLException, IOException {
		long[] added = { 0 };
		copy("offer (id, werkplaats_id, title, description, archetype, themes, format, status, display_order)",
				(out) -> {
					for (int w = 0; w < this.werkplaatsen.size(); w++) {
						Werkplaats werkplaats = this.werkplaatsen.get(w);
						for (int i = werkplaats.offers.size(); i < 6; i++) {
							UUID id = id(1, w * 100L + i);
							werkplaats.offers.add(id);
							out.row(id, werkplaats.id, "Aanbod " + (i + 1), "Een traject van de werkplaats.",
									"WORKING_WITH_STUDENTS", array(THEMES[i % THEMES.length]), "TRAJECT", "PUBLISHED",
									100 + i);
							added[0]++;
						}
					}
				});
		return added[0];
	}

	private long organisations(UUID[] ids) throws SQLException, IOException {
		Set<String> taken = new HashSet<>();
		try (Statement sql = this.superuser.createStatement();
				ResultSet rows = sql.executeQuery("select kvk_number from organisation")) {
			while (rows.next()) {
				taken.add(rows.getString(1));
			}
		}
		copy("organisation (id, kvk_number, name, sbi_section, size_class, phase, postcode, city, province)", (out) -> {
			int kvk = 30_000_000;
			for (int i = 0; i < this.organisations; i++) {
				String number;
				do {
					number = Integer.toString(kvk++);
				}
				while (taken.contains(number));
				ids[i] = id(2, i);
				double size = this.random.nextDouble();
				int city = this.random.nextInt(CITIES.length);
				out.row(ids[i], number,
						TRADES[this.random.nextInt(TRADES.length)] + " "
								+ SURNAMES[this.random.nextInt(SURNAMES.length)] + " " + CITIES[city] + " " + (i % 997),
						String.valueOf((char) ('A' + this.random.nextInt(21))),
						(size < 0.7) ? "MICRO" : (size < 0.92) ? "SMALL" : "MEDIUM",
						(this.random.nextInt(10) < 2) ? "STARTER" : "OTHER",
						(1000 + this.random.nextInt(9000)) + " " + (char) ('A' + this.random.nextInt(26))
								+ (char) ('A' + this.random.nextInt(26)),
						CITIES[city], PROVINCES[this.random.nextInt(PROVINCES.length)]);
			}
		});
		return this.organisations;
	}

	private long contactsAndIntakes(UUID[] organisations) throws SQLException, IOException {
		int[] werkplaatsOf = this.intakeWerkplaats;
		UUID[] organisationOf = this.intakeOrganisation;
		Instant[] submitted = this.intakeSubmitted;
		for (int i = 0; i < this.intakes; i++) {
			werkplaatsOf[i] = werkplaats();
			organisationOf[i] = organisations[this.random.nextInt(organisations.length)];
			submitted[i] = growingInstant();
		}
		copy("organisation_contact (id, werkplaats_id, organisation_id, name, email, created_at)", (out) -> {
			for (int i = 0; i < this.intakes; i++) {
				out.row(id(3, i), this.werkplaatsen.get(werkplaatsOf[i]).id, organisationOf[i],
						"Contact " + SURNAMES[i % SURNAMES.length], "contact" + i + "@example.nl", submitted[i]);
			}
		});
		copy("intake (id, werkplaats_id, reference, organisation_id, contact_id, question, status, channel, maturity, "
				+ "themes, wanted_period, assignee_id, submission_key, submitted_at, first_response_at, closed_at, "
				+ "updated_at)", (out) -> {
					for (int i = 0; i < this.intakes; i++) {
						Werkplaats werkplaats = this.werkplaatsen.get(werkplaatsOf[i]);
						int status = this.random.nextInt(100);
						String name = (i < this.trajecten * 1.3) ? "MATCHED"
								: (status < 4) ? "NEW" : (status < 10) ? "IN_REVIEW" : (status < 60) ? "DECLINED"
										: (status < 85) ? "WITHDRAWN" : (status < 90) ? "REFERRED" : "MATCHED";
						boolean open = name.equals("NEW") || name.equals("IN_REVIEW");
						Instant responded = name.equals("NEW") ? null
								: submitted[i].plus(Duration.ofHours(2 + this.random.nextInt(120)));
						Instant closed = open ? null : responded.plus(Duration.ofDays(1 + this.random.nextInt(30)));
						out.row(id(4, i), werkplaats.id, reference(i), organisationOf[i], id(3, i),
								"Wij willen meer klanten online bereiken en weten niet waar te beginnen.", name,
								(i % 3 == 0) ? "STAFF" : "WEBSITE", 1 + this.random.nextInt(10),
								array(THEMES[this.random.nextInt(THEMES.length)]),
								PERIODS[this.random.nextInt(PERIODS.length)],
								werkplaats.staff.isEmpty() ? null
										: werkplaats.staff.get(this.random.nextInt(werkplaats.staff.size())),
								"bench-" + i, submitted[i], responded, closed,
								(closed != null) ? closed : submitted[i]);
					}
				});
		return 2L * this.intakes;
	}

	private final int[] intakeWerkplaats;

	private final UUID[] intakeOrganisation;

	private final Instant[] intakeSubmitted;

	private long trajecten() throws SQLException, IOException {
		copy("traject (id, werkplaats_id, intake_id, offer_id, organisation_id, status, academic_period, "
				+ "planned_start, started_on, delivered_on, completed_at, cancelled_at, cancel_reason, "
				+ "last_activity_at, created_at, updated_at)", (out) -> {
					for (int i = 0; i < this.trajecten; i++) {
						Werkplaats werkplaats = this.werkplaatsen.get(this.intakeWerkplaats[i]);
						Instant created = this.intakeSubmitted[i].plus(Duration.ofDays(3));
						int state = this.random.nextInt(100);
						String status = (state < 8) ? "PLANNED" : (state < 20) ? "RUNNING"
								: (state < 30) ? "DELIVERED" : (state < 92) ? "COMPLETED" : "CANCELLED";
						LocalDate start = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(14);
						boolean started = !status.equals("PLANNED") && !status.equals("CANCELLED");
						boolean delivered = status.equals("DELIVERED") || status.equals("COMPLETED");
						Instant completed = status.equals("COMPLETED") ? created.plus(Duration.ofDays(90)) : null;
						Instant cancelled = status.equals("CANCELLED") ? created.plus(Duration.ofDays(20)) : null;
						out.row(id(5, i), werkplaats.id, id(4, i),
								werkplaats.offers.get(this.random.nextInt(werkplaats.offers.size())),
								this.intakeOrganisation[i], status, PERIODS[this.random.nextInt(PERIODS.length)], start,
								started ? start : null, delivered ? start.plusDays(70) : null, completed, cancelled,
								(cancelled != null) ? "Geen capaciteit" : null,
								(completed != null) ? completed : created, created, created);
					}
				});
		return this.trajecten;
	}

	private long eventsAndRegistrations() throws SQLException, IOException {
		int events = this.eventsPerWerkplaats * this.werkplaatsen.size();
		Instant[] starts = new Instant[events];
		copy("event (id, werkplaats_id, title, description, kind, starts_at, ends_at, online, capacity, status, "
				+ "created_at)", (out) -> {
					for (int e = 0; e < events; e++) {
						Werkplaats werkplaats = this.werkplaatsen.get(e % this.werkplaatsen.size());
						starts[e] = instantBetween(FIRST, LAST.plus(Duration.ofDays(180)));
						out.row(id(6, e), werkplaats.id, "Kennissessie " + (e / this.werkplaatsen.size() + 1),
								"Praktisch aan de slag met digitalisering.",
								EVENT_KINDS[this.random.nextInt(EVENT_KINDS.length)], starts[e],
								starts[e].plus(Duration.ofHours(2)), true, null, "SCHEDULED",
								starts[e].minus(Duration.ofDays(30)));
					}
				});
		copy("event_registration (id, werkplaats_id, event_id, name, email, organisation_name, consent_text_version, "
				+ "consent_given_at, attended, registered_at)", (out) -> {
					Instant now = Instant.parse("2026-12-03T00:00:00Z");
					for (int r = 0; r < this.registrations; r++) {
						// Popular events draw more: a skew over the events (the most
						// popular
						// draws a few thousand).
						int e = (int) (Math.pow(this.random.nextDouble(), 1.2) * events);
						Werkplaats werkplaats = this.werkplaatsen.get(e % this.werkplaatsen.size());
						Instant registered = starts[e].minus(Duration.ofHours(1 + this.random.nextInt(24 * 28)));
						out.row(id(7, r), werkplaats.id, id(6, e), "Deelnemer " + SURNAMES[r % SURNAMES.length],
								"deelnemer" + r + "@example.nl", TRADES[r % TRADES.length] + " " + (r % 5000), "v1",
								registered, starts[e].isBefore(now) ? (this.random.nextInt(10) < 7) : null, registered);
					}
				});
		return events + (long) this.registrations;
	}

	private long reach() throws SQLException, IOException {
		copy("reach_record (id, werkplaats_id, channel, reached, period_start, period_end, created_at)", (out) -> {
			for (int r = 0; r < this.reachRecords; r++) {
				Werkplaats werkplaats = this.werkplaatsen.get(werkplaats());
				LocalDate day = LocalDate.ofInstant(instantBetween(FIRST, LAST), ZoneOffset.UTC);
				out.row(id(8, r), werkplaats.id, CHANNELS[this.random.nextInt(CHANNELS.length)],
						1 + this.random.nextInt(400), day, day, day.atStartOfDay().toInstant(ZoneOffset.UTC));
			}
		});
		return this.reachRecords;
	}

	private int werkplaats() {
		double draw = this.random.nextDouble();
		for (int i = 0; i < this.weights.length; i++) {
			if (draw <= this.weights[i]) {
				return i;
			}
		}
		return this.weights.length - 1;
	}

	/** An instant in the set's years, later ones likelier (the network grows). */
	private Instant growingInstant() {
		double position = Math.sqrt(this.random.nextDouble());
		return FIRST.plusSeconds((long) (position * Duration.between(FIRST, LAST).toSeconds()));
	}

	private Instant instantBetween(Instant from, Instant to) {
		return from.plusSeconds(this.random.nextLong(Duration.between(from, to).toSeconds()));
	}

	/** A reference in the platform's form, distinct for every index (a bijection). */
	private static String reference(int index) {
		long mixed = Math.floorMod(index * 2_654_435_761L + 1_234_567L, ALPHABET);
		String code = Long.toString(mixed, 36).toUpperCase(java.util.Locale.ROOT);
		code = "0".repeat(8 - code.length()) + code;
		return "INT-" + code.substring(0, 4) + "-" + code.substring(4);
	}

	/** A generated row's id: one range per table, never a demo row's. */
	private static UUID id(int table, long index) {
		return new UUID(0xBE4C_0000_0000_4000L | ((long) table << 32), 0x8000_0000_0000_0000L | index);
	}

	private static String array(String... values) {
		return "{" + String.join(",", values) + "}";
	}

	private void copy(String target, CopyBody body) throws SQLException, IOException {
		this.progress.accept("copy " + target.substring(0, target.indexOf(' ')));
		CopyIn copy = this.superuser.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY " + target + " FROM STDIN (FORMAT csv)");
		try {
			Rows rows = new Rows(copy);
			body.write(rows);
			rows.flush();
			copy.endCopy();
		}
		catch (RuntimeException | SQLException ex) {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
			throw ex;
		}
	}

	private interface CopyBody {

		void write(Rows out) throws SQLException;

	}

	/** CSV rows into a COPY, written in blocks. */
	private static final class Rows {

		private final CopyIn copy;

		private final StringBuilder block = new StringBuilder(1 << 20);

		Rows(CopyIn copy) {
			this.copy = copy;
		}

		void row(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.block.append(',');
				}
				Object value = values[i];
				if (value == null) {
					continue;
				}
				String text = value.toString();
				if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.isEmpty()) {
					this.block.append('"').append(text.replace("\"", "\"\"")).append('"');
				}
				else {
					this.block.append(text);
				}
			}
			this.block.append('\n');
			if (this.block.length() > (1 << 20) - 4096) {
				flush();
			}
		}

		void flush() throws SQLException {
			byte[] bytes = this.block.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.block.setLength(0);
		}

	}

	private static final class Werkplaats {

		final UUID id;

		final List<UUID> offers = new ArrayList<>();

		final List<UUID> staff = new ArrayList<>();

		Werkplaats(UUID id) {
			this.id = id;
		}

	}

}
