// Logging in to the dashboard through Keycloak: authorization code with PKCE (S256) on the
// public client `werkplaats-dashboard`, as the contract README describes; tokens kept in this
// tab's sessionStorage and renewed with the refresh token before they run out.

export interface Tokens {
	readonly accessToken: string;
	readonly refreshToken: string | null;
	/** When the access token runs out (ms since the epoch). */
	readonly expiresAt: number;
	readonly idToken: string | null;
}

const STORE = 'werkplaats-dashboard.tokens';
const LOGIN = 'werkplaats-dashboard.login';

function base64url(bytes: Uint8Array): string {
	return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class Auth {
	constructor(
		private readonly issuer: string,
		private readonly clientId: string,
	) {}

	private get oidc(): string {
		return `${this.issuer}/protocol/openid-connect`;
	}

	private get redirectUri(): string {
		return `${window.location.origin}${window.location.pathname}`;
	}

	/** Off to Keycloak's login page with a fresh verifier and its challenge. */
	async login(): Promise<void> {
		const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
		const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
		const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
		sessionStorage.setItem(LOGIN, JSON.stringify({ verifier, state }));
		const query = new URLSearchParams({
			client_id: this.clientId,
			redirect_uri: this.redirectUri,
			response_type: 'code',
			scope: 'openid',
			code_challenge: challenge,
			code_challenge_method: 'S256',
			state,
		});
		window.location.assign(`${this.oidc}/auth?${query}`);
	}

	/** On return from Keycloak: checks the state and trades the code for tokens. Null when this is no return. */
	async completeLogin(): Promise<Tokens | null> {
		const answer = new URLSearchParams(window.location.search);
		const code = answer.get('code');
		if (code === null) {
			return null;
		}
		const login = JSON.parse(sessionStorage.getItem(LOGIN) ?? 'null') as { verifier: string; state: string } | null;
		sessionStorage.removeItem(LOGIN);
		window.history.replaceState(null, '', this.redirectUri);
		if (login === null || answer.get('state') !== login.state) {
			throw new Error('Het inloggen is niet afgemaakt in dit tabblad. Log opnieuw in.');
		}
		return this.token({ grant_type: 'authorization_code', code, redirect_uri: this.redirectUri, code_verifier: login.verifier });
	}

	/** The tokens of this tab, renewed when they (nearly) ran out; null when logged out. */
	async current(): Promise<Tokens | null> {
		const stored = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as Tokens | null;
		if (stored === null) return null;
		if (stored.expiresAt - Date.now() > 30_000) return stored;
		if (stored.refreshToken === null) return null;
		try {
			return await this.token({ grant_type: 'refresh_token', refresh_token: stored.refreshToken });
		} catch {
			sessionStorage.removeItem(STORE);
			return null;
		}
	}

	private async token(parameters: Record<string, string>): Promise<Tokens> {
		const response = await fetch(`${this.oidc}/token`, {
			method: 'POST',
			body: new URLSearchParams({ client_id: this.clientId, ...parameters }),
		});
		if (!response.ok) {
			throw new Error(`Keycloak gaf geen token (HTTP ${response.status}). Log opnieuw in.`);
		}
		const body = (await response.json()) as { access_token: string; refresh_token?: string; expires_in: number; id_token?: string };
		const tokens: Tokens = {
			accessToken: body.access_token,
			refreshToken: body.refresh_token ?? null,
			expiresAt: Date.now() + body.expires_in * 1000,
			idToken: body.id_token ?? null,
		};
		sessionStorage.setItem(STORE, JSON.stringify(tokens));
		return tokens;
	}

	logout(tokens: Tokens | null): void {
		sessionStorage.removeItem(STORE);
		const query = new URLSearchParams({ client_id: this.clientId, post_logout_redirect_uri: this.redirectUri });
		if (tokens?.idToken != null) query.set('id_token_hint', tokens.idToken);
		window.location.assign(`${this.oidc}/logout?${query}`);
	}
}
