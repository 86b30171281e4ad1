package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The education institutions in a werkplaats's consortium: the students it works with
 * come from these.
 */
@Service
public class PartnerInstitutions {

	private final ConsortiumPartnerRepository partners;

	PartnerInstitutions(ConsortiumPartnerRepository partners) {
		this.partners = partners;
	}

	/**
	 * The names (lower case) of the werkplaats's partner institutions, in the caller's
	 * transaction.
	 */
	@Transactional
	public Set<String> namesOf(UUID werkplaatsId) {
		return this.partners.findByWerkplaatsIds(List.of(werkplaatsId))
			.stream()
			.filter((partner) -> partner.getKind() == PartnerKind.EDUCATION_INSTITUTION)
			.map((partner) -> partner.getName().strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

}
