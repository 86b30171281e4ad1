// The running platform the tests call (the local demo stack by default) and its Keycloak, which
// hands out real tokens the way the backend's KeycloakServer does.

/** The GraphQL endpoint: WERKPLAATS_GRAPHQL_URL, or the local demo stack's. */
export const endpoint = process.env['WERKPLAATS_GRAPHQL_URL'] ?? 'http://localhost:8080/graphql';

/** The realm that issues the tokens: WERKPLAATS_OIDC_ISSUER (as the backend names it), or the local one. */
export const issuer = process.env['WERKPLAATS_OIDC_ISSUER'] ?? 'http://localhost:8180/realms/werkplaatsen';

/** Every demo user's password (local demo credential). */
const DEMO_PASSWORD = 'demo';

/** The demo `<slug>-frontend` clients' secret (local demo credential). */
const DEMO_CLIENT_SECRET = 'demo-secret';

const tokens = new Map<string, Promise<string | undefined>>();

/**
 * The access token of a persona as the examples name them: none for `anonymous`, client
 * credentials for a `<slug>-frontend` client, else the password grant of that demo user on the
 * public client `werkplaats-cli`. One token per persona and run (they live 15 minutes).
 */
export function tokenOf(persona: string): Promise<string | undefined> {
	let token = tokens.get(persona);
	if (token === undefined) {
		token = persona === 'anonymous' ? Promise.resolve(undefined) : requestToken(persona);
		tokens.set(persona, token);
	}
	return token;
}

async function requestToken(persona: string): Promise<string> {
	const form = persona.endsWith('-frontend')
		? { grant_type: 'client_credentials', client_id: persona, client_secret: DEMO_CLIENT_SECRET }
		: { grant_type: 'password', client_id: 'werkplaats-cli', username: persona, password: DEMO_PASSWORD };
	const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
		method: 'POST',
		body: new URLSearchParams(form),
	});
	const body = await response.text();
	if (response.status !== 200) {
		throw new Error(`Keycloak refused a token for ${persona}: HTTP ${response.status} ${body}`);
	}
	const token: unknown = (JSON.parse(body) as Record<string, unknown>)['access_token'];
	if (typeof token !== 'string') {
		throw new Error(`Keycloak's answer for ${persona} has no access_token: ${body}`);
	}
	return token;
}

/** Fails with a hint when the API or Keycloak does not answer. */
export async function assertStackAnswers(): Promise<void> {
	for (const url of [`${issuer}/.well-known/openid-configuration`, endpoint]) {
		try {
			await fetch(url, { method: url === endpoint ? 'OPTIONS' : 'GET', signal: AbortSignal.timeout(10_000) });
		} catch (failure) {
			throw new Error(
				`Nothing answers at ${url}: start the demo stack (infra/run-local.sh) or set ` +
					`WERKPLAATS_GRAPHQL_URL and WERKPLAATS_OIDC_ISSUER (${String(failure)})`,
			);
		}
	}
}
