package nl.werkplaatsen.network;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.ecosystem.Initiatives.InitiativeCard;
import nl.werkplaatsen.intake.Intakes;
import nl.werkplaatsen.intake.Intakes.ReferrableIntake;
import nl.werkplaatsen.intake.Intakes.ReferredQuestion;
import nl.werkplaatsen.network.ReferralInputs.ReferralAcceptInput;
import nl.werkplaatsen.network.ReferralInputs.ReferralCreateInput;
import nl.werkplaatsen.network.ReferralInputs.ReferralDeclineInput;
import nl.werkplaatsen.network.ReferralInputs.ReferralDirection;
import nl.werkplaatsen.network.ReferralInputs.ReferralOutcomeRecordInput;
import nl.werkplaatsen.network.ReferralInputs.ReferralPayload;
import nl.werkplaatsen.network.ReferralInputs.ReferralWithdrawInput;
import nl.werkplaatsen.organisation.Contacts;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.EntityRows;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.graphql.WhereClause;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * Closed-loop referrals: a werkplaats's admins and coordinators refer one of their
 * intakes to another werkplaats, whose admins and coordinators accept (their own intake
 * follows) or decline it; the sender follows it to the outcome and may withdraw it while
 * it waits. Each mutation validates everything before it changes anything.
 */
@Service
class ReferralService implements NodeResolver<Referral> {

	private final ReferralRepository referrals;

	private final Intakes intakes;

	private final Initiatives initiatives;

	private final Contacts contacts;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final Clock clock;

	ReferralService(ReferralRepository referrals, Intakes intakes, Initiatives initiatives, Contacts contacts,
			WerkplaatsDirectory werkplaatsen, Tenancy tenancy, JdbcClient jdbc, Clock clock,
			EntityManager entityManager) {
		this.referrals = referrals;
		this.intakes = intakes;
		this.initiatives = initiatives;
		this.contacts = contacts;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public ReferralPayload create(ReferralCreateInput input) {
		Actor actor = Actor.current();
		UUID own = actor.werkplaatsId().orElseThrow();
		UserErrors errors = new UserErrors();
		Optional<ReferrableIntake> intake = GlobalId.idOf(input.intakeId(), "Intake").flatMap(this.intakes::referrable);
		if (intake.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "intakeId", "No intake with this id in your werkplaats.");
		}
		else if (!intake.get().status().isOpen()) {
			errors.add(UserErrorCode.INTAKE_CLOSED, "intakeId",
					"The intake is " + intake.get().status() + "; only an open intake can be referred.");
		}
		WerkplaatsCard target = null;
		InitiativeCard initiative = null;
		if ((input.toWerkplaatsId() == null) == (input.toInitiativeId() == null)) {
			errors.add(UserErrorCode.REQUIRED, "toWerkplaatsId",
					"Name exactly one target: toWerkplaatsId or toInitiativeId.");
		}
		else if (input.toWerkplaatsId() != null) {
			target = target(input.toWerkplaatsId(), own, errors);
		}
		else {
			initiative = GlobalId.idOf(java.util.Objects.requireNonNull(input.toInitiativeId()), "Initiative")
				.flatMap(this.initiatives::findActive)
				.orElse(null);
			if (initiative == null) {
				errors.add(UserErrorCode.NOT_FOUND, "toInitiativeId",
						"No active initiative with this id on the ecosystem map.");
			}
		}
		String note = errors.optionalText("note", input.note(), 2000);
		if (intake.isPresent() && !errors.any()) {
			checkConsent(input, intake.get(), errors);
		}
		if (errors.any() || intake.isEmpty() || (target == null && initiative == null)) {
			return ReferralPayload.rejected(errors.list());
		}
		if (input.consent() != null && input.consent().given() && input.consent().how() != null) {
			this.contacts.recordNetworkConsent(intake.get().contactId(), input.consent().how(),
					Contacts.NETWORK_CONSENT_TEXT_VERSION);
		}
		String subject = java.util.Objects.requireNonNull(actor.subject());
		ReferrableIntake referred = intake.get();
		Referral referral = this.referrals.save((target != null)
				? Referral.toWerkplaats(own, target.id(), referred.id(), referred.organisationId(), referred.question(),
						note, subject, this.clock.instant())
				: Referral.toInitiative(own, java.util.Objects.requireNonNull(initiative).id(), referred.id(),
						referred.organisationId(), referred.question(), note, subject, this.clock.instant()));
		this.intakes.closeAsReferred(referred.id(),
				"Doorverwezen naar " + ((target != null) ? target.displayName() : initiative.name()));
		return ReferralPayload.of(referral);
	}

	private @Nullable WerkplaatsCard target(String toWerkplaatsId, UUID own, UserErrors errors) {
		Optional<UUID> id = GlobalId.idOf(toWerkplaatsId, "Werkplaats");
		if (id.isPresent() && id.get().equals(own)) {
			errors.add(UserErrorCode.SAME_WERKPLAATS, "toWerkplaatsId",
					"Refer to another werkplaats; this intake is already yours.");
			return null;
		}
		Optional<WerkplaatsCard> target = id.flatMap(this.werkplaatsen::find).filter(WerkplaatsCard::active);
		if (target.isPresent()) {
			return target.get();
		}
		if (id.isPresent() && !this.werkplaatsen.nodes(List.of(id.get())).isEmpty()) {
			errors.add(UserErrorCode.WERKPLAATS_ARCHIVED, "toWerkplaatsId",
					"This werkplaats is archived and takes no referrals.");
		}
		else {
			errors.add(UserErrorCode.NOT_FOUND, "toWerkplaatsId", "No werkplaats with this id.");
		}
		return null;
	}

	/**
	 * Nothing personal crosses a werkplaats's border without network consent: a standing
	 * one, or one given now and said how.
	 */
	private void checkConsent(ReferralCreateInput input, ReferrableIntake intake, UserErrors errors) {
		if (this.contacts.networkConsentChannel(intake.contactId()).isPresent()) {
			return;
		}
		if (input.consent() == null || !input.consent().given()) {
			errors.add(UserErrorCode.CONSENT_REQUIRED, "consent",
					"The entrepreneur has not agreed to share with the network: ask them, and record how they agreed.");
		}
		else if (input.consent().how() == null) {
			errors.add(UserErrorCode.REQUIRED, "consent.how", "Say how the entrepreneur gave their consent.");
		}
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public ReferralPayload accept(ReferralAcceptInput input) {
		Referral referral = incoming(input.id());
		UserErrors errors = waitingAsRead(referral, input.expectedVersion());
		if (errors.any()) {
			return ReferralPayload.rejected(errors.list());
		}
		// The sender's intake is read across the border, which the consent allows, and
		// copied into an intake of the receiving werkplaats.
		ReferredQuestion question = this.tenancy.readNationally(() -> this.intakes.handOver(referral.getIntakeId()))
			.orElseThrow(() -> new IllegalStateException("The referred intake " + referral.getIntakeId() + " is gone"));
		UUID received = this.intakes.receive(question);
		referral.accept(received, this.clock.instant());
		return ReferralPayload.of(this.referrals.save(referral));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public ReferralPayload decline(ReferralDeclineInput input) {
		Referral referral = incoming(input.id());
		UserErrors errors = waitingAsRead(referral, input.expectedVersion());
		String reason = errors.requiredText("reason", input.reason(), 500);
		if (errors.any() || reason == null) {
			return ReferralPayload.rejected(errors.list());
		}
		referral.decline(reason, this.clock.instant());
		return ReferralPayload.of(this.referrals.save(referral));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public ReferralPayload withdraw(ReferralWithdrawInput input) {
		Referral referral = outgoing(input.id());
		UserErrors errors = waitingAsRead(referral, input.expectedVersion());
		if (errors.any()) {
			return ReferralPayload.rejected(errors.list());
		}
		referral.withdraw(this.clock.instant());
		this.intakes.returnFromReferral(referral.getIntakeId());
		return ReferralPayload.of(this.referrals.save(referral));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public ReferralPayload recordOutcome(ReferralOutcomeRecordInput input) {
		Referral referral = outgoing(input.id());
		UserErrors errors = new UserErrors();
		errors.expectedVersion("referral", input.expectedVersion(), referral.getVersion());
		if (input.outcome() == null) {
			errors.add(UserErrorCode.REQUIRED, "outcome", "Say what the initiative did with it.");
		}
		if (errors.any() || input.outcome() == null) {
			return ReferralPayload.rejected(errors.list());
		}
		try {
			referral.recordInitiativeOutcome(input.outcome(), this.clock.instant());
		}
		catch (IllegalReferralTransition ex) {
			return ReferralPayload
				.rejected(errors.add(UserErrorCode.INVALID_STATE, "id", ex.getMessage() + ".").list());
		}
		return ReferralPayload.of(this.referrals.save(referral));
	}

	/**
	 * What every answer checks first: the referral is the version the caller read
	 * ({@code CONFLICT} otherwise) and still waits for an answer ({@code INVALID_STATE}).
	 */
	private static UserErrors waitingAsRead(Referral referral, @Nullable Integer expectedVersion) {
		UserErrors errors = new UserErrors();
		errors.expectedVersion("referral", expectedVersion, referral.getVersion());
		if (referral.getStatus() != ReferralStatus.SENT) {
			errors.add(UserErrorCode.INVALID_STATE, "id",
					"The referral is " + referral.getStatus() + " and can no longer be answered.");
		}
		return errors;
	}

	/** A referral to the werkplaats the caller acts for. */
	private Referral incoming(String globalId) {
		UUID own = Actor.current().werkplaatsId().orElseThrow();
		return GlobalId.idOf(globalId, "Referral")
			.flatMap(this.referrals::findById)
			.filter((referral) -> own.equals(referral.getToWerkplaatsId()))
			.orElseThrow(() -> new NotFoundException("No referral with this id to your werkplaats"));
	}

	/** A referral from the werkplaats the caller acts for. */
	private Referral outgoing(String globalId) {
		UUID own = Actor.current().werkplaatsId().orElseThrow();
		return GlobalId.idOf(globalId, "Referral")
			.flatMap(this.referrals::findById)
			.filter((referral) -> own.equals(referral.getFromWerkplaatsId()))
			.orElseThrow(() -> new NotFoundException("No referral with this id from your werkplaats"));
	}

	/**
	 * The referrals of the werkplaats the caller acts for (admins and coordinators), or
	 * of the whole network (network coordinators), newest first.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'NETWORK_COORDINATOR')")
	@Transactional(readOnly = true)
	public Connection<Referral> list(@Nullable ReferralDirection direction, @Nullable ReferralStatus status,
			PageRequest page) {
		Actor actor = Actor.current();
		UUID own = actor.werkplaatsId()
			.filter((werkplaats) -> actor.hasTeamRoleIn(werkplaats, TeamRole.ADMIN, TeamRole.COORDINATOR))
			.orElse(null);
		if (own == null) {
			// A network coordinator without a werkplaats: the whole network.
			return this.tenancy.readNationally(() -> page(null, direction, status, page));
		}
		return page(own, direction, status, page);
	}

	private Connection<Referral> page(@Nullable UUID own, @Nullable ReferralDirection direction,
			@Nullable ReferralStatus status, PageRequest page) {
		WhereClause where = new WhereClause();
		if (own != null) {
			String sent = "werkplaats_id = cast(:own as uuid)";
			String received = "to_werkplaats_id = cast(:own as uuid)";
			where.and((direction == ReferralDirection.OUTGOING) ? sent
					: (direction == ReferralDirection.INCOMING) ? received : "(" + sent + " or " + received + ")",
					"own", own);
		}
		where.andIfGiven("status = cast(:status as text)", "status", (status != null) ? status.name() : null);
		Long total = page.count(() -> this.jdbc.sql("select count(*) from referral " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single());
		WhereClause.Paged paged = where.newestFirst(page);
		List<Referral> rows = EntityRows.query(this.entityManager, Referral.class,
				"select * from referral " + paged.sql(), paged.params());
		return Connection.of(rows, page, total,
				(referral) -> KeysetCursor.of(referral.getCreatedAt().toString(), referral.getId()));
	}

	/**
	 * The latest referral each of these intakes was sent with or came in through, by
	 * intake: those the caller's werkplaats is a party to.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Referral> latestByIntake(java.util.Collection<UUID> intakeIds) {
		Map<UUID, Referral> latest = new HashMap<>();
		if (intakeIds.isEmpty()) {
			return latest;
		}
		this.referrals.findByIntakes(intakeIds)
			.stream()
			.sorted(java.util.Comparator.comparing(Referral::getCreatedAt))
			.forEach((referral) -> {
				latest.put(referral.getIntakeId(), referral);
				if (referral.getReceivedIntakeId() != null) {
					latest.put(referral.getReceivedIntakeId(), referral);
				}
			});
		return latest;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Referral> find(UUID id) {
		Actor actor = Actor.current();
		if (actor.isNetworkCoordinator()) {
			return this.tenancy.readNationally(() -> this.referrals.findById(id));
		}
		// Row-level security shows the referral to its two werkplaatsen only; within
		// them, to their admins and coordinators.
		return actor.werkplaatsId()
			.filter((werkplaats) -> actor.hasTeamRoleIn(werkplaats, TeamRole.ADMIN, TeamRole.COORDINATOR))
			.flatMap((werkplaats) -> this.referrals.findById(id));
	}

	@Override
	public String typeName() {
		return "Referral";
	}

}
