package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.EnumColumns;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.werkplaats.Province;

/**
 * The national KVK register: registers a business once, and finds the records the current
 * actor may see (national roles: all; a werkplaats: those its intakes name).
 */
@Service
public class OrganisationRegister {

	private final OrganisationRepository organisations;

	private final JdbcClient jdbc;

	OrganisationRegister(OrganisationRepository organisations, JdbcClient jdbc) {
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	/**
	 * The id of the record for this KVK number: a new one with these details, or the
	 * existing one unchanged (see {@link #proposeFacts}). Runs in the caller's
	 * transaction.
	 */
	@Transactional
	public UUID register(Registration registration) {
		return this.jdbc.sql("""
				select organisation_register(cast(:kvk as varchar), cast(:name as varchar),
				  cast(:sbiSection as varchar), cast(:sbiCode as varchar), cast(:sizeClass as varchar),
				  cast(:phase as varchar), cast(:street as varchar), cast(:postcode as varchar), cast(:city as varchar),
				  cast(:gemeente as varchar), cast(:province as varchar), cast(:maturity as varchar))""")
			.param("kvk", registration.kvkNumber())
			.param("name", registration.name())
			.param("sbiSection", registration.sbiSection())
			.param("sbiCode", registration.sbiCode())
			.param("sizeClass", name(registration.sizeClass()))
			.param("phase", name(registration.phase()))
			.param("street", registration.street())
			.param("postcode", registration.postcode())
			.param("city", registration.city())
			.param("gemeente", registration.gemeente())
			.param("province", name(registration.province()))
			.param("maturity", (String) null)
			.query(UUID.class)
			.single();
	}

	/**
	 * Proposes a name for the register record of an organisation the acting werkplaats
	 * reaches through its intakes, for the network coordinators to accept; empty when it
	 * reaches no such organisation.
	 */
	@Transactional
	public Optional<UUID> proposeName(UUID organisationId, String name) {
		return firstOf(this.jdbc.sql("""
				select organisation_propose_correction(:id, 'STAFF', cast(:name as varchar), null, null, null, null,
				  null, null, null, null, null)""")
			.param("id", organisationId)
			.param("name", name)
			.query(UUID.class)
			.list());
	}

	/**
	 * Proposes the facts of a registration that differ from the registered ones (other
	 * than the name, which staff pass on) as a correction for the network coordinators to
	 * accept: the first submitter fixes nothing for good, a later one changes nothing by
	 * itself. Nothing when all agree, or when the acting werkplaats reaches no such
	 * organisation.
	 */
	@Transactional
	public Optional<UUID> proposeFacts(UUID organisationId, Registration registration) {
		return firstOf(this.jdbc.sql("""
				select organisation_propose_correction(:id, 'INTAKE', null, cast(:sbiSection as varchar),
				  cast(:sbiCode as varchar), cast(:sizeClass as varchar), cast(:phase as varchar),
				  cast(:street as varchar), cast(:postcode as varchar), cast(:city as varchar),
				  cast(:gemeente as varchar), cast(:province as varchar))""")
			.param("id", organisationId)
			.param("sbiSection", registration.sbiSection())
			.param("sbiCode", registration.sbiCode())
			.param("sizeClass", name(registration.sizeClass()))
			.param("phase", name(registration.phase()))
			.param("street", registration.street())
			.param("postcode", registration.postcode())
			.param("city", registration.city())
			.param("gemeente", registration.gemeente())
			.param("province", name(registration.province()))
			.query(UUID.class)
			.list());
	}

	/** The one value of a single-row answer that may be SQL null. */
	private static Optional<UUID> firstOf(List<UUID> values) {
		return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
	}

	/**
	 * The digital maturity the acting werkplaats learned of an organisation in its latest
	 * intake that asked: its own answer, never another werkplaats's.
	 */
	@Transactional(readOnly = true)
	public Optional<DigitalMaturity> maturityKnownTo(UUID organisationId) {
		return Optional.ofNullable(maturitiesKnown(List.of(organisationId)).get(organisationId));
	}

	/**
	 * The digital maturities the acting werkplaats learned of these organisations, by id
	 * (none for a caller acting for no werkplaats).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, DigitalMaturity> maturitiesKnown(Collection<UUID> organisationIds) {
		Map<UUID, DigitalMaturity> known = new java.util.HashMap<>();
		if (organisationIds.isEmpty()) {
			return known;
		}
		this.jdbc.sql("""
				select organisation_id, digital_maturity from organisation_maturity
				where werkplaats_id = app_current_werkplaats() and organisation_id = any(:ids)""")
			.param("ids", organisationIds.toArray(UUID[]::new))
			.query((row, index) -> known.put(row.getObject(1, UUID.class), DigitalMaturity.valueOf(row.getString(2))))
			.list();
		return known;
	}

	/** The registered name of the organisation with this id, if the actor may see it. */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(UUID id) {
		return this.organisations.findById(id).map(Organisation::getName);
	}

	/**
	 * The target-group facts of the organisation with this id, if the actor may see it.
	 */
	@Transactional(readOnly = true)
	public Optional<MatchableOrganisation> matchable(UUID id) {
		return this.organisations.findById(id)
			.map((organisation) -> MatchableOrganisation.of(organisation, maturityKnownTo(id).orElse(null)));
	}

	/**
	 * The target-group facts of the organisations with these ids that the actor may see,
	 * by id.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, MatchableOrganisation> matchables(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, DigitalMaturity> maturities = maturitiesKnown(ids);
		return this.organisations.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId,
					(organisation) -> MatchableOrganisation.of(organisation, maturities.get(organisation.getId()))));
	}

	/**
	 * The records with these ids that the current actor may see, by id, as the API shows
	 * them: for another module's field of type {@code Organisation}.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, OrganisationNode> nodes(Collection<UUID> ids) {
		// Rows straight to records, not entities: a page of intakes or trajecten hands on
		// one organisation per row, and hydrating entities was half of this read's CPU.
		Map<UUID, OrganisationNode> found = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select id, kvk_number, name, sbi_section, sbi_code, size_class, phase,
				       street, postcode, city, gemeente, province
				from organisation where id = any(:ids)""")
			.param("ids", ids.toArray(UUID[]::new))
			.query((row, index) -> new OrganisationSnapshot(row.getObject("id", UUID.class),
					row.getString("kvk_number"), row.getString("name"), row.getString("sbi_section"),
					row.getString("sbi_code"), EnumColumns.valueOrNull(SizeClass.class, row.getString("size_class")),
					EnumColumns.valueOrNull(OrganisationPhase.class, row.getString("phase")),
					new OrganisationNode.Address(row.getString("street"), row.getString("postcode"),
							row.getString("city"), row.getString("gemeente"),
							EnumColumns.valueOrNull(Province.class, row.getString("province")))))
			.list()
			.forEach((organisation) -> found.put(organisation.id(), organisation));
		return found;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
