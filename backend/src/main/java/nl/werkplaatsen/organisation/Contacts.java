package nl.werkplaatsen.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact persons a werkplaats keeps for organisations, and their consents; always in
 * the caller's transaction, for the werkplaats it acts for.
 */
@Service
public class Contacts {

	/**
	 * The network-sharing consent text shown to the entrepreneur; bump when it changes.
	 */
	public static final String NETWORK_CONSENT_TEXT_VERSION = "network-2026-12";

	private final ContactRepository contacts;

	private final ConsentRepository consents;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	Contacts(ContactRepository contacts, ConsentRepository consents, JdbcClient jdbc, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.contacts = contacts;
		this.consents = consents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a contact person who consented to the given purpose just now; returns the
	 * contact's id.
	 */
	@Transactional
	public UUID addWithConsent(UUID organisationId, String name, String email, @Nullable String phone,
			ContactPurpose purpose, String consentTextVersion) {
		Contact contact = this.contacts.save(new Contact(organisationId, name, email, phone, null));
		this.consents
			.save(new Consent(contact.getId(), purpose, ConsentChannel.FORM, consentTextVersion, this.clock.instant()));
		return contact.getId();
	}

	/**
	 * Records that the contact consented, just now, to sharing their organisation's
	 * journey with the network, and how; in the transaction of the contact's werkplaats.
	 */
	@Transactional
	public void recordNetworkConsent(UUID contactId, ConsentChannel how, String consentTextVersion) {
		// One standing consent is enough: a repeat keeps the first record and its time.
		if (!this.consents.existsByContactIdAndPurposeAndWithdrawnAtIsNull(contactId, ContactPurpose.NETWORK_SHARING)) {
			this.consents.save(new Consent(contactId, ContactPurpose.NETWORK_SHARING, how, consentTextVersion,
					this.clock.instant()));
		}
	}

	/**
	 * The consent text of the follow-up survey (1-meting); bump when the text changes.
	 */
	public static final String FOLLOW_UP_SURVEY_CONSENT_TEXT_VERSION = "follow-up-survey-2026-12";

	/**
	 * Records that the contact consented, just now, to the follow-up survey (the
	 * monitor's 1-meting half a year after a traject), and how; a standing consent is
	 * kept as it was.
	 */
	@Transactional
	public void recordFollowUpSurveyConsent(UUID contactId, ConsentChannel how) {
		if (!this.consents.existsByContactIdAndPurposeAndWithdrawnAtIsNull(contactId,
				ContactPurpose.FOLLOW_UP_SURVEY)) {
			this.consents.save(new Consent(contactId, ContactPurpose.FOLLOW_UP_SURVEY, how,
					FOLLOW_UP_SURVEY_CONSENT_TEXT_VERSION, this.clock.instant()));
		}
	}

	/**
	 * The organisation's newest contact at the work's werkplaats who consented to the
	 * follow-up survey and has not withdrawn it.
	 */
	@Transactional(readOnly = true)
	public Optional<ContactCard> followUpSurveyContact(UUID organisationId) {
		return this.contacts.findByOrganisationIdOrderByCreatedAtDesc(organisationId)
			.stream()
			.filter((contact) -> this.consents.existsByContactIdAndPurposeAndWithdrawnAtIsNull(contact.getId(),
					ContactPurpose.FOLLOW_UP_SURVEY))
			.findFirst()
			.map(ContactCard::of);
	}

	/** The contact, if they still consent to the follow-up survey. */
	@Transactional(readOnly = true)
	public Optional<ContactCard> followUpSurveyConsenting(UUID contactId) {
		return this.contacts.findById(contactId)
			.filter((contact) -> this.consents.existsByContactIdAndPurposeAndWithdrawnAtIsNull(contact.getId(),
					ContactPurpose.FOLLOW_UP_SURVEY))
			.map(ContactCard::of);
	}

	/** How the contact gave their standing network consent, if they did. */
	@Transactional(readOnly = true)
	public Optional<ConsentChannel> networkConsentChannel(UUID contactId) {
		return this.consents
			.findFirstByContactIdAndPurposeAndWithdrawnAtIsNull(contactId, ContactPurpose.NETWORK_SHARING)
			.map(Consent::getChannel);
	}

	/**
	 * Records that the contact withdrew their network consent, keeping every other
	 * consent; returns whether there was one to withdraw.
	 */
	@Transactional
	public boolean withdrawNetworkConsent(UUID contactId) {
		return this.consents.withdraw(contactId, ContactPurpose.NETWORK_SHARING, this.clock.instant()) > 0;
	}

	/**
	 * The contact the work's werkplaats keeps for the organisation: the given one, or its
	 * newest when none is given; empty when it keeps no such contact.
	 */
	@Transactional(readOnly = true)
	public Optional<ContactCard> contactFor(UUID organisationId, @Nullable UUID contactId) {
		Optional<Contact> contact = (contactId != null)
				? this.contacts.findById(contactId).filter((found) -> found.getOrganisationId().equals(organisationId))
				: this.contacts.findFirstByOrganisationIdOrderByCreatedAtDesc(organisationId);
		return contact.map(ContactCard::of);
	}

	/**
	 * Those of these organisations whose contact, at any werkplaats the work can read,
	 * consents to sharing with the network and has not withdrawn it.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> sharingWithNetwork(Collection<UUID> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				select organisation_id from network_consenting_organisation
				where organisation_id = any(:ids)""")
			.param("ids", organisationIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	/**
	 * Records that the contact withdrew every consent and erases their details; in the
	 * caller's transaction for its werkplaats.
	 */
	@Transactional
	public boolean withdrawConsent(UUID contactId) {
		return this.contacts.findById(contactId).map((contact) -> {
			this.consents.withdrawAll(contactId, this.clock.instant());
			contact.erase();
			this.contacts.save(contact);
			this.events.publishEvent(new ContactErased(contactId, contact.getWerkplaatsId()));
			return true;
		}).orElse(false);
	}

	/** The contacts with these ids visible to the current actor, by id. */
	@Transactional(readOnly = true)
	public Map<UUID, ContactCard> cards(Collection<UUID> ids) {
		return this.contacts.findByIdIn(ids).stream().collect(Collectors.toMap(Contact::getId, ContactCard::of));
	}

	/** The contact with this id, if visible to the actor. */
	@Transactional(readOnly = true)
	public Optional<ContactCard> card(UUID id) {
		return this.contacts.findById(id).map(ContactCard::of);
	}

	/**
	 * A contact person as other modules and the API's {@code Contact} see them.
	 *
	 * @param id the contact
	 * @param name their name
	 * @param email their email address
	 * @param phone their phone number, if given
	 */
	public record ContactCard(UUID id, String name, String email, @Nullable String phone) {

		static ContactCard of(Contact contact) {
			return new ContactCard(contact.getId(), contact.getName(), contact.getEmail(), contact.getPhone());
		}

	}

}
