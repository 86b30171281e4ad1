package nl.werkplaatsen.organisation;

import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ConsentRepository extends Repository<Consent, UUID> {

	Consent save(Consent consent);

}
