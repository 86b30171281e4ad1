package nl.werkplaatsen.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The tokens of personal links the platform mails (a survey, an invitation to accept):
 * 256 random bits, URL-safe, and stored only as their SHA-256 hash, so the database never
 * holds a working link.
 */
public final class LinkTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private LinkTokens() {
	}

	/** A new token for a link. */
	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The hash a token is stored and looked up by. */
	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
