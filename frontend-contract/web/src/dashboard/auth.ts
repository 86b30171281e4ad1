// Logging in to the dashboard through Keycloak: authorization code with PKCE (S256) on the
// public client `werkplaats-dashboard`, as the contract README describes, with oauth4webapi
// (the OAuth 2 / OpenID Connect steps and checks: discovery, state, PKCE, the ID token's issuer,
// audience and lifetime); tokens kept in this tab's sessionStorage and renewed with the refresh
// token before they run out.
import * as oauth from 'oauth4webapi';

export interface Tokens {
	readonly accessToken: string;
	readonly refreshToken: string | null;
	/** When the access token runs out (ms since the epoch). */
	readonly expiresAt: number;
	readonly idToken: string | null;
}

const STORE = 'werkplaats-dashboard.tokens';
const LOGIN = 'werkplaats-dashboard.login';

export class Auth {
	private readonly client: oauth.Client;

	private server: Promise<oauth.AuthorizationServer> | null = null;

	constructor(
		private readonly issuer: string,
		clientId: string,
	) {
		this.client = { client_id: clientId };
	}

	/** Plain HTTP only for a Keycloak on this machine (the local demo stack). */
	private get options(): { [oauth.allowInsecureRequests]?: boolean } {
		const host = new URL(this.issuer).hostname;
		return { [oauth.allowInsecureRequests]: host === 'localhost' || host === '127.0.0.1' };
	}

	private get redirectUri(): string {
		return `${window.location.origin}${window.location.pathname}`;
	}

	/** Keycloak's endpoints, from its discovery document (asked once). */
	private authorizationServer(): Promise<oauth.AuthorizationServer> {
		this.server ??= (async () => {
			const issuer = new URL(this.issuer);
			const response = await oauth.discoveryRequest(issuer, { ...this.options, algorithm: 'oidc' });
			return oauth.processDiscoveryResponse(issuer, response);
		})();
		return this.server;
	}

	/** Off to Keycloak's login page with a fresh verifier and its challenge. */
	async login(): Promise<void> {
		const server = await this.authorizationServer();
		const verifier = oauth.generateRandomCodeVerifier();
		const state = oauth.generateRandomState();
		sessionStorage.setItem(LOGIN, JSON.stringify({ verifier, state }));
		const url = new URL(server.authorization_endpoint ?? `${this.issuer}/protocol/openid-connect/auth`);
		url.search = new URLSearchParams({
			client_id: this.client.client_id,
			redirect_uri: this.redirectUri,
			response_type: 'code',
			scope: 'openid',
			code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
			code_challenge_method: 'S256',
			state,
		}).toString();
		window.location.assign(url.href);
	}

	/** On return from Keycloak: checks the state and trades the code for tokens. Null when this is no return. */
	async completeLogin(): Promise<Tokens | null> {
		const current = new URL(window.location.href);
		if (!current.searchParams.has('code') && !current.searchParams.has('error')) {
			return null;
		}
		const login = JSON.parse(sessionStorage.getItem(LOGIN) ?? 'null') as { verifier: string; state: string } | null;
		sessionStorage.removeItem(LOGIN);
		window.history.replaceState(null, '', this.redirectUri);
		if (login === null) {
			throw new Error('Het inloggen is niet afgemaakt in dit tabblad. Log opnieuw in.');
		}
		const server = await this.authorizationServer();
		try {
			const callback = oauth.validateAuthResponse(server, this.client, current, login.state);
			const response = await oauth.authorizationCodeGrantRequest(server, this.client, oauth.None(), callback,
				this.redirectUri, login.verifier, this.options);
			return this.keep(await oauth.processAuthorizationCodeResponse(server, this.client, response));
		} catch (failure) {
			throw new Error(`Inloggen is niet gelukt (${failure instanceof Error ? failure.message : 'onbekende fout'}). Log opnieuw in.`);
		}
	}

	/** The tokens of this tab, renewed when they (nearly) ran out; null when logged out. */
	async current(): Promise<Tokens | null> {
		const stored = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as Tokens | null;
		if (stored === null) return null;
		if (stored.expiresAt - Date.now() > 30_000) return stored;
		if (stored.refreshToken === null) return null;
		try {
			const server = await this.authorizationServer();
			const response = await oauth.refreshTokenGrantRequest(server, this.client, oauth.None(), stored.refreshToken, this.options);
			return this.keep(await oauth.processRefreshTokenResponse(server, this.client, response), stored.idToken);
		} catch {
			sessionStorage.removeItem(STORE);
			return null;
		}
	}

	private keep(answer: oauth.TokenEndpointResponse, idToken: string | null = null): Tokens {
		const tokens: Tokens = {
			accessToken: answer.access_token,
			refreshToken: answer.refresh_token ?? null,
			expiresAt: Date.now() + (answer.expires_in ?? 60) * 1000,
			idToken: answer.id_token ?? idToken,
		};
		sessionStorage.setItem(STORE, JSON.stringify(tokens));
		return tokens;
	}

	async logout(tokens: Tokens | null): Promise<void> {
		sessionStorage.removeItem(STORE);
		const server = await this.authorizationServer();
		const url = new URL(server.end_session_endpoint ?? `${this.issuer}/protocol/openid-connect/logout`);
		url.searchParams.set('client_id', this.client.client_id);
		url.searchParams.set('post_logout_redirect_uri', this.redirectUri);
		if (tokens?.idToken != null) url.searchParams.set('id_token_hint', tokens.idToken);
		window.location.assign(url.href);
	}
}
