package nl.werkplaatsen.intake;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.intake.Intake.Submission;
import nl.werkplaatsen.organisation.ConsentChannel;
import nl.werkplaatsen.organisation.ContactPurpose;
import nl.werkplaatsen.organisation.Contacts;
import nl.werkplaatsen.organisation.Contacts.ContactCard;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * What other modules may do with intakes, always in the caller's transaction for the
 * werkplaats it acts for: read one, close it as referred or take it back, and receive a
 * referred question as a new intake.
 */
@Service
public class Intakes {

	private final IntakeRepository intakes;

	private final IntakeService service;

	private final Contacts contacts;

	private final OrganisationRegister register;

	private final Clock clock;

	Intakes(IntakeRepository intakes, IntakeService service, Contacts contacts, OrganisationRegister register,
			Clock clock) {
		this.intakes = intakes;
		this.service = service;
		this.contacts = contacts;
		this.register = register;
		this.clock = clock;
	}

	/**
	 * What the emails about this intake need, read in the caller's transaction for the
	 * intake's werkplaats.
	 */
	@Transactional
	public Optional<IntakeSummary> summaryOf(UUID id) {
		return this.intakes.findById(id).flatMap((intake) -> {
			return this.contacts.card(intake.getContactId())
				.map((contact) -> new IntakeSummary(intake.getId(), intake.getReference(), intake.getQuestion(),
						this.register.nameOf(intake.getOrganisationId()).orElse(null), contact.name(), contact.email(),
						intake.getSubmittedAt(), intake.getChannel().name(), intake.getOrganisationId()));
		});
	}

	/** The intake with this id in the werkplaats the current work acts for, to match. */
	@Transactional(readOnly = true)
	public Optional<MatchableIntake> matchable(UUID id) {
		return this.intakes.findById(id).map(MatchableIntake::of);
	}

	/**
	 * The intakes with these ids in the werkplaats the current work acts for, to match,
	 * by id.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, MatchableIntake> matchables(Collection<UUID> ids) {
		return this.intakes.findByIdIn(ids).stream().collect(Collectors.toMap(Intake::getId, MatchableIntake::of));
	}

	/**
	 * The intakes with these ids the work can read, as the API shows them: for another
	 * module's field of type {@code Intake}.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Node> nodes(Collection<UUID> ids) {
		return this.intakes.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Intake::getId, Function.<Node>identity()));
	}

	/** The intake with this id in the werkplaats the current work acts for, to refer. */
	@Transactional(readOnly = true)
	public Optional<ReferrableIntake> referrable(UUID id) {
		return this.intakes.findById(id)
			.map((intake) -> new ReferrableIntake(intake.getId(), intake.getOrganisationId(), intake.getContactId(),
					intake.getQuestion(), intake.getStatus()));
	}

	/**
	 * Closes the open intake as referred to the named werkplaats or initiative.
	 * @throws IllegalStateException when it is not open (checked by the caller before)
	 */
	@Transactional
	public void closeAsReferred(UUID id, String to) {
		Intake intake = this.intakes.findById(id).orElseThrow();
		try {
			intake.refer(to, this.clock.instant());
		}
		catch (IllegalIntakeTransition ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		this.intakes.save(intake);
	}

	/**
	 * Takes a referred intake back into review (its referral came back); an intake that
	 * moved on since is left as it is.
	 */
	@Transactional
	public void returnFromReferral(UUID id) {
		this.intakes.findById(id)
			.filter((intake) -> intake.getStatus() == IntakeStatus.REFERRED)
			.ifPresent((intake) -> {
				intake.returnFromReferral();
				this.intakes.save(intake);
			});
	}

	/**
	 * What a referral hands over of an intake: the question, the 0-meting, the themes and
	 * knelpunten, and the contact with how they gave network consent. Personal data: only
	 * for the werkplaats that accepts the referral; read nationally by the caller.
	 */
	@Transactional(readOnly = true)
	public Optional<ReferredQuestion> handOver(UUID id) {
		return this.intakes.findById(id)
			.flatMap((intake) -> this.contacts.card(intake.getContactId())
				.map((contact) -> new ReferredQuestion(intake.getOrganisationId(), intake.getQuestion(),
						new Submission(intake.getQuestion(), IntakeChannel.REFERRAL, intake.getFoundVia(),
								intake.getFoundViaOther(), intake.getReason(), intake.getMaturity(),
								intake.getBaselineObstacles(), intake.getExpectation(), intake.getDigitalMaturity()),
						intake.getThemes(), intake.getObstacles(), contact,
						this.contacts.networkConsentChannel(contact.id()).orElse(ConsentChannel.FORM))));
	}

	/**
	 * Receives a referred question as a new intake (channel REFERRAL) of the werkplaats
	 * the work acts for, with its own copy of the contact and their consents; returns its
	 * id.
	 */
	@Transactional
	public UUID receive(ReferredQuestion question) {
		ContactCard contact = question.contact();
		UUID contactId = this.contacts.addWithConsent(question.organisationId(), contact.name(), contact.email(),
				contact.phone(), ContactPurpose.INTAKE, IntakeService.CONSENT_TEXT_VERSION);
		this.contacts.recordNetworkConsent(contactId, question.networkConsentHow(),
				Contacts.NETWORK_CONSENT_TEXT_VERSION);
		Intake intake = new Intake(Actor.current().werkplaatsId().orElseThrow(), question.submission(),
				question.organisationId(), contactId, this.service.uniqueReference(), "referral:" + UUID.randomUUID(),
				this.clock.instant());
		intake.adoptThemes(question.themes(), question.obstacles());
		return this.intakes.save(intake).getId();
	}

	/**
	 * An intake as a referral sees it.
	 *
	 * @param id the intake
	 * @param organisationId its organisation
	 * @param contactId its contact in the intake's werkplaats
	 * @param question the question in the entrepreneur's words
	 * @param status where it stands
	 */
	public record ReferrableIntake(UUID id, UUID organisationId, UUID contactId, String question, IntakeStatus status) {
	}

	/**
	 * A question handed over with a referral (personal data).
	 *
	 * @param organisationId the organisation
	 * @param question the question in the entrepreneur's words
	 * @param submission the question with its 0-meting, as the receiving intake stores it
	 * @param themes the sender's themes
	 * @param obstacles the sender's knelpunten
	 * @param contact the contact person
	 * @param networkConsentHow how they gave network consent
	 */
	public record ReferredQuestion(UUID organisationId, String question, Submission submission, List<Theme> themes,
			List<Obstacle> obstacles, ContactCard contact, ConsentChannel networkConsentHow) {

		@Override
		public String toString() {
			return "ReferredQuestion[organisation=" + this.organisationId + "]"; // no
																					// personal
																					// data
																					// in
																					// logs
		}

	}

}
