package nl.werkplaatsen.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque global ids for {@code Node} types: the type name and the database id,
 * base64url-encoded so clients treat them as strings and never build them.
 */
public final class GlobalId {

	private GlobalId() {
	}

	/** The global id of a node of the given GraphQL type. */
	public static String encode(String typeName, UUID id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((typeName + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	/** The decoded type name and id, if the global id is well formed. */
	public static Optional<Decoded> decode(String globalId) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
			int colon = plain.indexOf(':');
			if (colon <= 0) {
				return Optional.empty();
			}
			return Optional.of(new Decoded(plain.substring(0, colon), UUID.fromString(plain.substring(colon + 1))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The database id behind a global id of the expected type, if it is one. */
	public static Optional<UUID> idOf(String globalId, String expectedTypeName) {
		return decode(globalId).filter((decoded) -> decoded.typeName().equals(expectedTypeName)).map(Decoded::id);
	}

	/**
	 * A decoded global id.
	 *
	 * @param typeName the GraphQL type name
	 * @param id the database id
	 */
	public record Decoded(String typeName, UUID id) {
	}

}
