package nl.werkplaatsen.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.organisation.Contacts.ContactCard;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * Consent to share with the network, recorded or withdrawn by staff for a contact of
 * their werkplaats, and whether an organisation shares with the network at all.
 */
@Controller
class NetworkConsentController {

	private final OrganisationRepository organisations;

	private final Contacts contacts;

	private final Tenancy tenancy;

	NetworkConsentController(OrganisationRepository organisations, Contacts contacts, Tenancy tenancy) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.tenancy = tenancy;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	ConsentPayload organisationNetworkConsentRecord(@Argument RecordInput input) {
		UserErrors errors = new UserErrors();
		Optional<Target> target = target(input.organisationId(), input.contactId(), errors);
		if (input.how() == null) {
			errors.add(UserErrorCode.REQUIRED, "how", "Say how the contact gave their consent.");
		}
		if (errors.any() || target.isEmpty() || input.how() == null) {
			return new ConsentPayload(null, errors.list());
		}
		this.contacts.recordNetworkConsent(target.get().contact().id(), input.how(),
				Contacts.NETWORK_CONSENT_TEXT_VERSION);
		return new ConsentPayload(target.get().organisation(), List.of());
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	ConsentPayload organisationNetworkConsentWithdraw(@Argument WithdrawInput input) {
		UserErrors errors = new UserErrors();
		Optional<Target> target = target(input.organisationId(), input.contactId(), errors);
		if (target.isEmpty()) {
			return new ConsentPayload(null, errors.list());
		}
		if (!this.contacts.withdrawNetworkConsent(target.get().contact().id())) {
			return new ConsentPayload(null,
					errors
						.add(UserErrorCode.INVALID_STATE, "contactId",
								"This contact has no network consent to withdraw.")
						.list());
		}
		return new ConsentPayload(target.get().organisation(), List.of());
	}

	/** The organisation (visible to the werkplaats) and its contact there, or errors. */
	private Optional<Target> target(String organisationId, @Nullable String contactId, UserErrors errors) {
		Optional<Organisation> organisation = GlobalId.idOf(organisationId, "Organisation")
			.flatMap(this.organisations::findById);
		if (organisation.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "organisationId", "No organisation your werkplaats works with.");
			return Optional.empty();
		}
		UUID contact = (contactId != null) ? GlobalId.idOf(contactId, "Contact").orElse(new UUID(0, 0)) : null;
		Optional<ContactCard> card = this.contacts.contactFor(organisation.get().getId(), contact);
		if (card.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, (contactId != null) ? "contactId" : "organisationId",
					"Your werkplaats keeps no such contact for this organisation.");
			return Optional.empty();
		}
		return Optional.of(new Target(organisation.get(), card.get()));
	}

	@BatchMapping(typeName = "Organisation")
	Map<OrganisationNode, @Nullable Boolean> sharesWithNetwork(List<OrganisationNode> organisations) {
		Actor actor = Actor.current();
		boolean staff = actor.werkplaatsId()
			.map((werkplaats) -> actor.hasTeamRoleIn(werkplaats, TeamRole.ADMIN, TeamRole.COORDINATOR))
			.orElse(false);
		if (!staff && !actor.isNetworkCoordinator()) {
			return Map.of(); // null for each
		}
		Set<UUID> sharing = this.tenancy.readNationally(() -> this.contacts
			.sharingWithNetwork(organisations.stream().map(OrganisationNode::getId).collect(Collectors.toSet())));
		return organisations.stream()
			.collect(Collectors.toMap(Function.identity(), (organisation) -> sharing.contains(organisation.getId())));
	}

	@SchemaMapping(typeName = "Contact")
	String id(ContactCard contact) {
		return GlobalId.encode("Contact", contact.id());
	}

	private record Target(Organisation organisation, ContactCard contact) {
	}

	record RecordInput(String organisationId, @Nullable String contactId, @Nullable ConsentChannel how) {
	}

	record WithdrawInput(String organisationId, @Nullable String contactId) {
	}

	record ConsentPayload(@Nullable Organisation organisation, List<UserError> userErrors) {
	}

}
