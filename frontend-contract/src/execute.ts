import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** The local demo stack's endpoint (`infra/run-local.sh`), used when no `endpoint` is given. */
export const LOCAL_ENDPOINT = 'http://localhost:8080/graphql';

/**
 * A typed document: the generated `...Document` constants of this package, or of your own
 * codegen run with the client preset and `documentMode: 'string'`.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
	toString(): string;
};

/** How to send a request. */
export interface ExecuteOptions {
	/** A Keycloak access token (audience `werkplaats-api`); none for anonymous. */
	readonly token?: string | undefined;
	/** The `Werkplaats` header: the slug of one of your memberships to act for. */
	readonly werkplaats?: string | undefined;
	/** The GraphQL endpoint; the local demo stack's by default. */
	readonly endpoint?: string | undefined;
	/** An `Idempotency-Key` for a mutation: a fresh UUID per intended change, the same one on a retry. */
	readonly idempotencyKey?: string | undefined;
	/** Cancels the request. */
	readonly signal?: AbortSignal | undefined;
}

/** A top-level error as the API sends it. */
export interface GraphQlError {
	readonly message: string;
	readonly locations?: ReadonlyArray<{ readonly line: number; readonly column: number }>;
	readonly path?: ReadonlyArray<string | number>;
	readonly extensions?: {
		/** See README.md, "Errors": UNAUTHORIZED, FORBIDDEN, NOT_FOUND, BAD_REQUEST, ... */
		readonly classification?: string;
		readonly [key: string]: unknown;
	};
}

/** The answer to a request: the HTTP status and headers with the GraphQL response. */
export interface ExecuteResult<TResult> {
	/** The HTTP status: 200 when the document ran (read `errors` as well). */
	readonly status: number;
	readonly headers: Headers;
	/** Null or absent when the request was refused before or during execution. */
	readonly data?: TResult | null;
	readonly errors?: readonly GraphQlError[];
	readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * Thrown when the answer is no GraphQL response at all: an invalid or expired token (HTTP 401
 * with an empty body and a `WWW-Authenticate` header), or something in between that answered
 * instead of the API. A network failure rejects with fetch's own error.
 */
export class ExecuteError extends Error {
	readonly status: number;

	readonly headers: Headers;

	readonly body: string;

	constructor(status: number, headers: Headers, body: string) {
		const challenge = headers.get('WWW-Authenticate');
		super(`HTTP ${status} without a GraphQL response${challenge !== null ? ` (WWW-Authenticate: ${challenge})` : ''}`);
		this.name = 'ExecuteError';
		this.status = status;
		this.headers = headers;
		this.body = body;
	}
}

/**
 * The names of a document's operations: `query|mutation|subscription Name` outside braces and
 * parentheses, comments and strings.
 */
export function operationNames(document: string): string[] {
	const names: string[] = [];
	const operation = /(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/y;
	let depth = 0;
	let i = 0;
	while (i < document.length) {
		const c = document.charAt(i);
		if (c === '#') {
			const end = document.indexOf('\n', i);
			i = end === -1 ? document.length : end + 1;
		} else if (document.startsWith('"""', i)) {
			const end = document.indexOf('"""', i + 3);
			i = end === -1 ? document.length : end + 3;
		} else if (c === '"') {
			i++;
			while (i < document.length && document.charAt(i) !== '"') {
				i += document.charAt(i) === '\\' ? 2 : 1;
			}
			i++;
		} else if (c === '{' || c === '(') {
			depth++;
			i++;
		} else if (c === '}' || c === ')') {
			depth--;
			i++;
		} else {
			operation.lastIndex = i;
			const match = depth === 0 && !/[_0-9A-Za-z]/.test(document.charAt(i - 1)) ? operation.exec(document) : null;
			if (match?.[1] !== undefined) {
				names.push(match[1]);
				i = operation.lastIndex;
			} else {
				i++;
			}
		}
	}
	return names;
}

/**
 * Posts a typed document with its variables to the API, as GraphQL over HTTP describes:
 * `Accept: application/graphql-response+json`, the token as `Authorization: Bearer`, the
 * `Werkplaats` header when given. Resolves with the HTTP status and the typed response for
 * every answer that is a GraphQL response, also a 4xx one; rejects with an
 * {@link ExecuteError} otherwise.
 */
export async function execute<TResult, TVariables>(
	document: TypedDocument<TResult, TVariables>,
	variables: TVariables,
	options: ExecuteOptions = {},
): Promise<ExecuteResult<TResult>> {
	const query = document.toString();
	const headers: Record<string, string> = {
		'Content-Type': 'application/json',
		Accept: 'application/graphql-response+json',
	};
	if (options.token !== undefined) {
		headers['Authorization'] = `Bearer ${options.token}`;
	}
	if (options.werkplaats !== undefined) {
		headers['Werkplaats'] = options.werkplaats;
	}
	if (options.idempotencyKey !== undefined) {
		headers['Idempotency-Key'] = options.idempotencyKey;
	}
	const names = operationNames(query);
	const body = JSON.stringify({
		query,
		...(names.length === 1 ? { operationName: names[0] } : {}),
		variables: variables ?? {},
	});
	const response = await fetch(options.endpoint ?? LOCAL_ENDPOINT, {
		method: 'POST',
		headers,
		body,
		...(options.signal !== undefined ? { signal: options.signal } : {}),
	});
	const text = await response.text();
	let parsed: unknown;
	try {
		parsed = text.length > 0 ? JSON.parse(text) : undefined;
	} catch {
		parsed = undefined;
	}
	if (typeof parsed !== 'object' || parsed === null || !('data' in parsed || 'errors' in parsed)) {
		throw new ExecuteError(response.status, response.headers, text);
	}
	const graphQl = parsed as {
		data?: TResult | null;
		errors?: GraphQlError[];
		extensions?: Record<string, unknown>;
	};
	return {
		status: response.status,
		headers: response.headers,
		...(graphQl.data !== undefined ? { data: graphQl.data } : {}),
		...(graphQl.errors !== undefined ? { errors: graphQl.errors } : {}),
		...(graphQl.extensions !== undefined ? { extensions: graphQl.extensions } : {}),
	};
}
