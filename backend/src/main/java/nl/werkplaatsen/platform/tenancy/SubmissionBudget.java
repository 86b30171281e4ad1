package nl.werkplaatsen.platform.tenancy;

/**
 * How many anonymous public-form submissions a client address may make: the rate limit
 * the public forms ask before they store anything ({@link RateLimits} holds it).
 */
public interface SubmissionBudget {

	/** Takes one submission from the address's budget; false when it is spent. */
	boolean admitPublicSubmission(String clientAddress);

}
