package nl.werkplaatsen.werkplaats;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How entrepreneurs reach a werkplaats (its general contact, not a person's).
 *
 * @param email the general email address
 * @param phone the general phone number
 * @param address the visiting or postal address
 */
@Embeddable
public record Contact(@Column(name = "contact_email") @Nullable String email,
		@Column(name = "contact_phone") @Nullable String phone,
		@Column(name = "contact_address") @Nullable String address) {

	static Contact none() {
		return new Contact(null, null, null);
	}

}
