package nl.werkplaatsen.platform.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An expected business failure of a mutation, returned in its payload.
 *
 * @param code a stable code clients can branch on
 * @param field the path of the input field at fault, if one is
 * @param message a human-readable explanation
 */
public record UserError(UserErrorCode code, @Nullable List<String> field, String message) {

	/** A user error that concerns no single input field. */
	public static UserError general(UserErrorCode code, String message) {
		return new UserError(code, null, message);
	}

	/** A user error on the input field at the given path. */
	public static UserError of(UserErrorCode code, String field, String message) {
		return new UserError(code, List.of(field.split("\\.")), message);
	}

}
