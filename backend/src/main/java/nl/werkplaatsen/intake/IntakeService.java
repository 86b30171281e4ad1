package nl.werkplaatsen.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.intake.Intake.Submission;
import nl.werkplaatsen.intake.Intake.Triage;
import nl.werkplaatsen.intake.IntakeInputs.IntakeBaselineInput;
import nl.werkplaatsen.intake.IntakeInputs.IntakeCloseInput;
import nl.werkplaatsen.intake.IntakeInputs.IntakeFilter;
import nl.werkplaatsen.intake.IntakeInputs.IntakePayload;
import nl.werkplaatsen.intake.IntakeInputs.IntakeSubmitInput;
import nl.werkplaatsen.intake.IntakeInputs.IntakeSubmitPayload;
import nl.werkplaatsen.intake.IntakeInputs.IntakeTriageInput;
import nl.werkplaatsen.intake.IntakeInputs.OrganisationDetailsInput;
import nl.werkplaatsen.organisation.ConsentChannel;
import nl.werkplaatsen.organisation.ContactPurpose;
import nl.werkplaatsen.organisation.Contacts;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.organisation.Registration;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.InputFormats;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.PublicSubmissions.Admission;
import nl.werkplaatsen.platform.graphql.PublicSubmissions;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.graphql.WhereClause;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * Intakes: submitted through the public form or by staff, validated field by field and
 * stored whole or not at all; then listed, triaged and closed by the werkplaats's admins
 * and coordinators.
 */
@Service
class IntakeService implements NodeResolver<Intake> {

	/** The consent text the public form shows; bump when the text changes. */
	static final String CONSENT_TEXT_VERSION = "intake-2026-09";

	/** A repeat of the same submission within this window returns the first one. */
	static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{8,20}$");

	private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3}) ?([A-Za-z]{2})$");

	private static final Pattern SBI_CODE = Pattern.compile("^[0-9]{2,5}$");

	private static final char[] REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final IntakeRepository intakes;

	private final WerkplaatsDirectory werkplaatsen;

	private final OrganisationRegister register;

	private final Contacts contacts;

	private final TeamDirectory teams;

	private final Tenancy tenancy;

	private final PublicSubmissions publicSubmissions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	IntakeService(IntakeRepository intakes, WerkplaatsDirectory werkplaatsen, OrganisationRegister register,
			Contacts contacts, TeamDirectory teams, Tenancy tenancy, PublicSubmissions publicSubmissions,
			JdbcClient jdbc, Clock clock) {
		this.intakes = intakes;
		this.werkplaatsen = werkplaatsen;
		this.register = register;
		this.contacts = contacts;
		this.teams = teams;
		this.tenancy = tenancy;
		this.publicSubmissions = publicSubmissions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Submits an intake for the named werkplaats: anonymously (rate-limited), by its
	 * frontend client, or by its staff.
	 */
	IntakeSubmitPayload submit(IntakeSubmitInput input, String clientAddress) {
		UserErrors errors = new UserErrors();
		Optional<WerkplaatsCard> found = this.werkplaatsen.findBySlug(input.werkplaatsSlug().strip());
		if (found.isEmpty()) {
			return IntakeSubmitPayload
				.rejected(errors.add(UserErrorCode.NOT_FOUND, "werkplaatsSlug", "No active werkplaats has this slug.")
					.list());
		}
		WerkplaatsCard werkplaats = found.get();
		IntakeChannel channel;
		switch (this.publicSubmissions.admit(werkplaats.id(), clientAddress, input.website(),
				"Only anonymous callers, the werkplaats's own frontend client or its staff submit intakes for it")) {
			case Admission.Refused refused -> {
				return IntakeSubmitPayload.rejected(refused.userErrors());
			}
			case Admission.Trapped trapped -> {
				return new IntakeSubmitPayload(newReference(), null, List.of());
			}
			case Admission.Admitted admitted -> channel = switch (admitted.submitter()) {
				case PUBLIC -> IntakeChannel.WEBSITE;
				case STAFF -> IntakeChannel.STAFF;
			};
		}
		ValidSubmission valid = validate(input, channel, errors);
		if (errors.any()) {
			return IntakeSubmitPayload.rejected(errors.list());
		}
		Intake intake = this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.SUBMIT_PUBLICLY,
				() -> store(valid));
		return new IntakeSubmitPayload(intake.getReference(), (channel == IntakeChannel.STAFF) ? intake : null,
				List.of());
	}

	private Intake store(ValidSubmission valid) {
		Instant now = this.clock.instant();
		String key = submissionKey(valid);
		List<Intake> repeats = this.intakes.findRepeats(key, now.minus(REPEAT_WINDOW));
		if (!repeats.isEmpty()) {
			return repeats.getFirst();
		}
		UUID organisationId = this.register.register(valid.registration());
		UUID contactId = this.contacts.addWithConsent(organisationId, valid.contactName(), valid.contactEmail(),
				valid.contactPhone(), ContactPurpose.INTAKE, CONSENT_TEXT_VERSION);
		if (valid.shareWithNetwork()) {
			this.contacts.recordNetworkConsent(contactId, ConsentChannel.FORM, Contacts.NETWORK_CONSENT_TEXT_VERSION);
		}
		if (valid.followUpSurvey()) {
			this.contacts.recordFollowUpSurveyConsent(contactId, ConsentChannel.FORM);
		}
		// Flushed at once: the register shows the organisation to this werkplaats through
		// its intakes.
		Intake intake = this.intakes.saveAndFlush(new Intake(Actor.current().werkplaatsId().orElseThrow(),
				valid.submission(), organisationId, contactId, uniqueReference(), key, now));
		// A known KVK number keeps its record; a different name becomes a proposed name
		// for staff to pass on to the network coordinators (other facts are proposed to
		// them at once, by the register).
		this.register.nameOf(organisationId)
			.filter((registered) -> !registered.equalsIgnoreCase(valid.registration().name()))
			.ifPresent((registered) -> intake.proposeOrganisationName(valid.registration().name()));
		this.register.proposeFacts(organisationId, valid.registration());
		return intake;
	}

	private ValidSubmission validate(IntakeSubmitInput input, IntakeChannel channel, UserErrors errors) {
		String kvk = input.kvkNumber().replaceAll("\\s", "");
		if (kvk.isEmpty()) {
			errors.add(UserErrorCode.REQUIRED, "kvkNumber", "Enter the KVK number.");
		}
		else if (!InputFormats.KVK_NUMBER.matcher(kvk).matches()) {
			errors.add(UserErrorCode.INVALID_FORMAT, "kvkNumber", "A KVK number is exactly 8 digits.");
		}
		String organisationName = errors.requiredText("organisationName", input.organisationName(), 200);
		String contactName = errors.requiredText("contactName", input.contactName(), 200);
		String email = errors.requiredText("contactEmail", input.contactEmail(), 254);
		if (email != null && !InputFormats.EMAIL.matcher(email).matches()) {
			errors.add(UserErrorCode.INVALID_FORMAT, "contactEmail", "Enter an email address like naam@bedrijf.nl.");
		}
		String phone = errors.optionalText("contactPhone", input.contactPhone(), 40);
		errors.matches("contactPhone", phone, PHONE, "a phone number of 8 to 20 digits");
		String question = errors.requiredText("question", input.question(), 5000);
		PublicSubmissions.requireConsent(errors, input.consent(),
				"We can only handle your question with your consent to store and use these details.");
		IntakeBaselineInput baseline = input.baseline();
		String foundViaOther = errors.optionalText("baseline.foundViaOther", baseline.foundViaOther(), 200);
		if (baseline.foundVia() == FoundVia.OTHER && foundViaOther == null) {
			errors.add(UserErrorCode.REQUIRED, "baseline.foundViaOther", "Say how you found the werkplaats.");
		}
		if (baseline.foundVia() != FoundVia.OTHER) {
			foundViaOther = null;
		}
		String reason = errors.optionalText("baseline.reason", baseline.reason(), 2000);
		errors.range("baseline.maturity", baseline.maturity(), 1, 10);
		List<BaselineObstacle> obstacles = (baseline.obstacles() != null)
				? baseline.obstacles().stream().distinct().toList() : List.of();
		Registration registration = registration(kvk, (organisationName != null) ? organisationName : "",
				input.organisationDetails(), errors);
		return new ValidSubmission(registration, (contactName != null) ? contactName : "",
				(email != null) ? email.toLowerCase(Locale.ROOT) : "", phone,
				new Submission((question != null) ? question : "", channel, baseline.foundVia(), foundViaOther, reason,
						baseline.maturity(), obstacles, baseline.expectation(),
						(input.organisationDetails() != null) ? input.organisationDetails().digitalMaturity() : null),
				Boolean.TRUE.equals(input.shareWithNetwork()), Boolean.TRUE.equals(input.followUpSurvey()));
	}

	private static Registration registration(String kvk, String name, @Nullable OrganisationDetailsInput details,
			UserErrors errors) {
		if (details == null) {
			return Registration.of(kvk, name);
		}
		String postcode = errors.optionalText("organisationDetails.postcode", details.postcode(), 7);
		if (postcode != null) {
			var matcher = POSTCODE.matcher(postcode);
			if (matcher.matches()) {
				postcode = matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT);
			}
			else {
				errors.add(UserErrorCode.INVALID_FORMAT, "organisationDetails.postcode",
						"A Dutch postcode looks like 1234 AB.");
			}
		}
		String section = (details.sbiSection() != null) ? details.sbiSection().strip().toUpperCase(Locale.ROOT) : null;
		errors.matches("organisationDetails.sbiSection", section, InputFormats.SBI_SECTION,
				"an SBI section letter A to U");
		String sbiCode = (details.sbiCode() != null) ? details.sbiCode().strip() : null;
		errors.matches("organisationDetails.sbiCode", sbiCode, SBI_CODE, "an SBI code of 2 to 5 digits");
		return new Registration(kvk, name, section, sbiCode, details.sizeClass(), details.phase(),
				errors.optionalText("organisationDetails.street", details.street(), 200), postcode,
				errors.optionalText("organisationDetails.city", details.city(), 100),
				errors.optionalText("organisationDetails.gemeente", details.gemeente(), 100), details.province());
	}

	private static String submissionKey(ValidSubmission valid) {
		String normalised = String.join("\n", valid.registration().kvkNumber(), valid.contactEmail(),
				valid.submission().question().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	String uniqueReference() {
		String reference = newReference();
		while (this.intakes.existsByReference(reference)) {
			reference = newReference();
		}
		return reference;
	}

	private String newReference() {
		StringBuilder reference = new StringBuilder("INT-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				reference.append('-');
			}
			reference.append(REFERENCE_ALPHABET[this.random.nextInt(REFERENCE_ALPHABET.length)]);
		}
		return reference.toString();
	}

	/** The intakes of the werkplaats the caller acts for, newest first, filtered. */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional(readOnly = true)
	public Connection<IntakeView> list(@Nullable IntakeFilter filter, PageRequest page) {
		WhereClause where = listWhere((filter != null) ? filter : IntakeFilter.NONE,
				Actor.current().werkplaatsId().orElseThrow());
		Long total = page.count(() -> this.jdbc.sql("select count(*) from intake " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single());
		KeysetCursor after = page.after();
		Map<String, @Nullable Object> params = where.params();
		String keyset = "";
		if (after != null) {
			keyset = "\nand (submitted_at, id) < (cast(:afterTime as timestamptz), cast(:afterId as uuid))";
			params.put("afterTime", Timestamp.from(after.instant(0)));
			params.put("afterId", after.uuid(1));
		}
		params.put("limit", page.limitPlusOne());
		List<IntakeView> rows = this.jdbc
			.sql("select " + IntakeRow.COLUMNS + " from intake " + where.sql() + keyset
					+ "\norder by submitted_at desc, id desc limit :limit")
			.params(params)
			.query((row, index) -> (IntakeView) IntakeRow.of(row))
			.list();
		return Connection.of(rows, page, total,
				(intake) -> KeysetCursor.of(intake.getSubmittedAt().toString(), intake.getId()));
	}

	/** The list's where clause: the werkplaats's intakes, and the filters given. */
	static WhereClause listWhere(IntakeFilter filter, UUID werkplaatsId) {
		String statuses = (filter.statuses() != null && !filter.statuses().isEmpty())
				? filter.statuses().stream().map(Enum::name).collect(Collectors.joining(",")) : null;
		String search = (filter.search() != null && !filter.search().isBlank()) ? "%" + filter.search().strip() + "%"
				: null;
		return new WhereClause().and("werkplaats_id = :werkplaats", "werkplaats", werkplaatsId)
			.andIfGiven("status = any(string_to_array(cast(:statuses as text), ','))", "statuses", statuses)
			.andIfGiven("cast(:theme as varchar) = any(themes)", "theme",
					(filter.theme() != null) ? filter.theme().name() : null)
			.andIfGiven("assignee_id = cast(:assignee as uuid)", "assignee",
					(filter.assigneeId() != null)
							? GlobalId.idOf(filter.assigneeId(), "TeamMember").orElse(new UUID(0, 0)) : null)
			.andIfGiven("wanted_period = cast(:period as varchar)", "period",
					(filter.wantedPeriod() != null) ? filter.wantedPeriod().name() : null)
			.andIfGiven("submitted_at >= cast(:fromTime as timestamptz)", "fromTime",
					(filter.submittedFrom() != null) ? Timestamp.from(filter.submittedFrom().toInstant()) : null)
			.andIfGiven("submitted_at < cast(:beforeTime as timestamptz)", "beforeTime",
					(filter.submittedBefore() != null) ? Timestamp.from(filter.submittedBefore().toInstant()) : null)
			.andIfGiven("""
					(reference ilike cast(:search as text)
					  or exists (select 1 from organisation_name o where o.organisation_id = intake.organisation_id
					    and (o.name ilike cast(:search as text) or o.kvk_number like cast(:search as text))))""",
					"search", search);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public IntakePayload triage(IntakeTriageInput input) {
		Intake intake = ownIntake(input.id());
		UserErrors errors = new UserErrors();
		checkVersion(intake, input.expectedVersion(), errors);
		String articulated = errors.optionalText("articulatedQuestion",
				(input.articulatedQuestion() != null) ? input.articulatedQuestion() : intake.getArticulatedQuestion(),
				5000);
		String notes = errors.optionalText("internalNotes",
				(input.internalNotes() != null) ? input.internalNotes() : intake.getInternalNotes(), 10000);
		UUID assigneeId = intake.getAssigneeId();
		if (input.assigneeId() != null) {
			assigneeId = GlobalId.idOf(input.assigneeId(), "TeamMember")
				.flatMap(this.teams::findOwnTeamMember)
				.filter((member) -> member.role() == TeamRole.ADMIN || member.role() == TeamRole.COORDINATOR)
				.map(TeamMember::id)
				.orElse(null);
			if (assigneeId == null) {
				errors.add(UserErrorCode.NOT_FOUND, "assigneeId",
						"Assign the intake to an admin or coordinator of your werkplaats.");
			}
		}
		if (!intake.getStatus().isOpen()) {
			errors.add(UserErrorCode.INVALID_STATE, "id",
					"The intake is " + intake.getStatus() + " and can no longer be triaged.");
		}
		if (errors.any()) {
			return IntakePayload.rejected(errors.list());
		}
		intake.triage(new Triage(articulated,
				(input.themes() != null) ? input.themes().stream().distinct().toList() : intake.getThemes(),
				(input.obstacles() != null) ? input.obstacles().stream().distinct().toList() : intake.getObstacles(),
				(input.wantedPeriod() != null) ? input.wantedPeriod() : intake.getWantedPeriod(), assigneeId, notes),
				this.clock.instant());
		return IntakePayload.of(this.intakes.save(intake));
	}

	/**
	 * Records that the intake's contact person withdrew their consent: every consent is
	 * marked withdrawn and their details are erased; the intake stays, for the counts.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public IntakePayload withdrawContactConsent(IntakeCloseInput input) {
		Intake intake = ownIntake(input.id());
		this.contacts.withdrawConsent(intake.getContactId());
		return IntakePayload.of(intake);
	}

	/** Accepts the submitter's name for the organisation into the national register. */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public IntakePayload acceptProposedName(IntakeCloseInput input) {
		Intake intake = ownIntake(input.id());
		UserErrors errors = new UserErrors();
		checkVersion(intake, input.expectedVersion(), errors);
		String proposed = intake.getProposedOrganisationName();
		if (proposed == null) {
			errors.add(UserErrorCode.INVALID_STATE, "id", "This intake proposes no other organisation name.");
		}
		if (errors.any()) {
			return IntakePayload.rejected(errors.list());
		}
		// The register is everybody's: the name becomes a proposal for the network
		// coordinators, not a change.
		this.register.proposeName(intake.getOrganisationId(), proposed)
			.orElseThrow(() -> new IllegalStateException("An own intake reaches its organisation"));
		intake.proposeOrganisationName(null);
		return IntakePayload.of(this.intakes.save(intake));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public IntakePayload decline(IntakeCloseInput input) {
		return close(input, true, (intake, reason, now) -> intake.decline(reason, now));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public IntakePayload refer(IntakeCloseInput input) {
		return close(input, true, (intake, where, now) -> intake.refer(where, now));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public IntakePayload withdraw(IntakeCloseInput input) {
		return close(input, false, Intake::withdraw);
	}

	/** How an intake closes, given the (checked) reason. */
	private interface Closing {

		void close(Intake intake, String reason, Instant now);

	}

	private IntakePayload close(IntakeCloseInput input, boolean reasonRequired, Closing closing) {
		Intake intake = ownIntake(input.id());
		UserErrors errors = new UserErrors();
		checkVersion(intake, input.expectedVersion(), errors);
		String reason = reasonRequired ? errors.requiredText("reason", input.reason(), 500)
				: errors.optionalText("reason", input.reason(), 500);
		return close(intake, errors, () -> closing.close(intake, reason, this.clock.instant()));
	}

	private IntakePayload close(Intake intake, UserErrors errors, Runnable transition) {
		if (errors.any()) {
			return IntakePayload.rejected(errors.list());
		}
		try {
			transition.run();
		}
		catch (IllegalIntakeTransition ex) {
			return IntakePayload.rejected(errors.add(UserErrorCode.INVALID_STATE, "id", ex.getMessage() + ".").list());
		}
		return IntakePayload.of(this.intakes.save(intake));
	}

	private Intake ownIntake(String globalId) {
		// The session is filtered to the caller's werkplaats: another werkplaats's intake
		// is not found.
		return GlobalId.idOf(globalId, "Intake")
			.flatMap(this.intakes::findById)
			.orElseThrow(() -> new NotFoundException("No intake with this id in your werkplaats"));
	}

	private static void checkVersion(Intake intake, @Nullable Integer expected, UserErrors errors) {
		errors.expectedVersion("intake", expected, intake.getVersion());
	}

	@Override
	public Optional<Intake> find(UUID id) {
		Actor actor = Actor.current();
		return this.tenancy.readNationally(() -> this.intakes.findById(id))
			.filter((intake) -> actor.isNetworkCoordinator()
					|| actor.hasTeamRoleIn(intake.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR));
	}

	@Override
	public String typeName() {
		return "Intake";
	}

	Instant now() {
		return this.clock.instant();
	}

	/**
	 * A submission that passed validation.
	 *
	 * @param registration the organisation as the submitter describes it
	 * @param contactName the contact's name
	 * @param contactEmail the contact's email, lower case
	 * @param contactPhone the contact's phone
	 * @param submission the question and 0-meting
	 */
	private record ValidSubmission(Registration registration, String contactName, String contactEmail,
			@Nullable String contactPhone, Submission submission, boolean shareWithNetwork, boolean followUpSurvey) {
	}

}
