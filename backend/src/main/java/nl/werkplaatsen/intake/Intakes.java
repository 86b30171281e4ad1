package nl.werkplaatsen.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.werkplaatsen.organisation.Contacts;
import nl.werkplaatsen.organisation.OrganisationRegister;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with intakes: find one of the werkplaats the caller's
 * transaction acts for, and close it as matched when a traject is created for it.
 */
@Service
public class Intakes {

	private final IntakeRepository intakes;

	private final Contacts contacts;

	private final OrganisationRegister register;

	Intakes(IntakeRepository intakes, Contacts contacts, OrganisationRegister register) {
		this.intakes = intakes;
		this.contacts = contacts;
		this.register = register;
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
						intake.getSubmittedAt(), intake.getChannel().name()));
		});
	}

	/** The intake with this id in the werkplaats the current work acts for, to match. */
	@Transactional(readOnly = true)
	public Optional<MatchableIntake> matchable(UUID id) {
		return this.intakes.findById(id).map(MatchableIntake::of);
	}

}
