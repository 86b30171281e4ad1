package nl.werkplaatsen.platform.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits every GraphQL request must stay within; the defaults admit GraphiQL's
 * introspection query and refuse abusive documents.
 *
 * @param maxDepth the deepest selection allowed
 * @param maxComplexity the highest cost allowed, where a connection's children count once
 * per requested node
 * @param maxAliases the most aliased fields in one document
 * @param maxTokens the most parser tokens in one document
 */
@ConfigurationProperties("werkplaats.graphql.limits")
record GraphQlLimits(int maxDepth, int maxComplexity, int maxAliases, int maxTokens) {

	GraphQlLimits {
		maxDepth = (maxDepth > 0) ? maxDepth : 15;
		maxComplexity = (maxComplexity > 0) ? maxComplexity : 2500;
		maxAliases = (maxAliases > 0) ? maxAliases : 30;
		maxTokens = (maxTokens > 0) ? maxTokens : 5000;
	}

}
