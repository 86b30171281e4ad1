// The running stack the browser tests use (the local demo stack by default; the same variables
// as the contract package's tests) and real tokens from its Keycloak for comparing with the API.

/** The GraphQL endpoint: WERKPLAATS_GRAPHQL_URL, or the local demo stack's. */
export const endpoint = process.env['WERKPLAATS_GRAPHQL_URL'] ?? 'http://localhost:8080/graphql';

/** The realm: WERKPLAATS_OIDC_ISSUER, or the local one. */
export const issuer = process.env['WERKPLAATS_OIDC_ISSUER'] ?? 'http://localhost:8180/realms/werkplaatsen';

const tokens = new Map<string, Promise<string>>();

/** A demo person's token: the password grant (password `demo`, local demo only) on `werkplaats-cli`. */
export function tokenOf(username: string): Promise<string> {
	let token = tokens.get(username);
	if (token === undefined) {
		token = (async () => {
			const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
				method: 'POST',
				body: new URLSearchParams({ grant_type: 'password', client_id: 'werkplaats-cli', username, password: 'demo' }),
			});
			const body = (await response.json()) as { access_token?: string };
			if (body.access_token === undefined) throw new Error(`Keycloak gave no token for ${username}: HTTP ${response.status}`);
			return body.access_token;
		})();
		tokens.set(username, token);
	}
	return token;
}
