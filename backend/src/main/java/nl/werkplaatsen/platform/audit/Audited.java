package nl.werkplaatsen.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity holding personal data or permissions: every insert, update and delete
 * of it is recorded in the audit log with the names of the fields written (never their
 * values). The entity needs a {@code werkplaatsId} attribute, the werkplaats it belongs
 * to.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

	/** The type as the API names it, e.g. {@code Intake}. */
	String value();

}
