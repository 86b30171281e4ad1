// How the components and the dashboard talk to the API: only the contract package's typed
// `execute` (no GraphQL client library), with the endpoint the page chose.
import { execute, ExecuteError, type ExecuteOptions, type ExecuteResult, type TypedDocument } from '../../../src/execute.js';

export { ExecuteError };

/**
 * The default endpoint: the origin of the script that defined the components plus `/graphql`
 * (a werkplaats includes the bundle from the platform, so that is the API). Read while the
 * bundle runs: `document.currentScript` is only set then.
 */
const scriptSource: string | null = (() => {
	const script = typeof document !== 'undefined' ? document.currentScript : null;
	return script instanceof HTMLScriptElement && script.src !== '' ? script.src : null;
})();

export function defaultEndpoint(): string {
	return new URL('/graphql', scriptSource ?? window.location.href).href;
}

/** A user error as every payload has it. */
export interface UserError {
	readonly code: string;
	readonly field: readonly string[] | null;
	readonly message: string;
}

/** Thrown for an answer without data: the message is Dutch, for the page. */
export class ApiProblem extends Error {
	constructor(message: string, readonly status?: number) {
		super(message);
		this.name = 'ApiProblem';
	}
}

/** Runs a typed document and gives its data, or throws an {@link ApiProblem} in Dutch. */
export async function run<R, V>(
	document: TypedDocument<R, V>,
	variables: V,
	options: ExecuteOptions,
): Promise<R> {
	let result: ExecuteResult<R>;
	try {
		result = await execute(document, variables, options);
	} catch (failure) {
		if (failure instanceof ExecuteError) {
			throw new ApiProblem(failure.status === 401 ? 'U bent niet (meer) ingelogd.' : `De server antwoordde onverwacht (HTTP ${failure.status}).`, failure.status);
		}
		if (failure instanceof DOMException && failure.name === 'AbortError') {
			throw failure;
		}
		throw new ApiProblem('Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.');
	}
	const classification = result.errors?.[0]?.extensions?.classification;
	if (result.data === undefined || result.data === null || classification !== undefined) {
		switch (classification) {
			case 'RATE_LIMITED':
				throw new ApiProblem('Er zijn te veel verzoeken tegelijk. Probeer het over een minuut opnieuw.', result.status);
			case 'FORBIDDEN':
				throw new ApiProblem('U hebt geen toegang tot deze gegevens.', result.status);
			case 'UNAUTHORIZED':
				throw new ApiProblem('Log in om deze gegevens te zien.', result.status);
			case 'UNAVAILABLE':
				throw new ApiProblem('Het platform start net op. Probeer het over enkele seconden opnieuw.', result.status);
			default:
				if (result.data === undefined || result.data === null) {
					throw new ApiProblem('Er ging iets mis bij het ophalen. Probeer het later opnieuw.', result.status);
				}
		}
	}
	return result.data;
}

/**
 * A fresh Idempotency-Key: a random (version 4) UUID. `crypto.randomUUID` exists only on secure
 * pages (https, localhost); `getRandomValues` everywhere.
 */
export function newIdempotencyKey(): string {
	if (typeof crypto.randomUUID === 'function' && window.isSecureContext) {
		return crypto.randomUUID();
	}
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
	bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
