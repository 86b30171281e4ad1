package nl.werkplaatsen.platform.graphql;

/**
 * The network address a GraphQL request came from (behind the ingress: the forwarded
 * client address), in the GraphQL context under {@link #CONTEXT_KEY}; for rate limits on
 * public mutations.
 */
public final class ClientAddress {

	/**
	 * The GraphQL context key; read it with
	 * {@code @ContextValue(ClientAddress.CONTEXT_KEY)}.
	 */
	public static final String CONTEXT_KEY = "werkplaats.clientAddress";

	private ClientAddress() {
	}

}
