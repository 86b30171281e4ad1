// The example operations of operations/ as the backend's ContractOperations reads them: each
// `Name.graphql` names the persona it runs as (`# Runs as:`), optionally the Werkplaats header
// (`# Werkplaats:`) and whether it needs a live Keycloak (`# Needs: Keycloak`); its
// `Name.variables.json` may refer to another example's response as "{{Other:$.json.path}}" (a
// filter that finds one value gives that value). Each runs once, through the generated typed
// document and `execute`; a reference runs the example it names first.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSONPath } from 'jsonpath-plus';

import { execute, ExecuteError, type TypedDocument } from '../../src/execute.js';
import * as documents from '../../src/gql/graphql.js';
import { endpoint, tokenOf } from './stack.js';

const directory = fileURLToPath(new URL('../../operations/', import.meta.url));

const RUNS_AS = /^# Runs as: (\S+)\s*$/m;
const WERKPLAATS = /^# Werkplaats: (\S+)\s*$/m;
const NEEDS_KEYCLOAK = /^# Needs: Keycloak\s*$/m;
const REFERENCE = /^\{\{(\w+):(\$.+)\}\}$/;

/** What an example answered. */
export interface Answer {
	readonly status: number;
	/** The GraphQL response (`data`, `errors`, `extensions`), or null when the body was none. */
	readonly response: Record<string, unknown> | null;
	/** The body as received, for messages. */
	readonly body: string;
}

/** An example's header lines. */
export interface Example {
	readonly name: string;
	readonly persona: string;
	readonly werkplaats: string | undefined;
	readonly needsKeycloak: boolean;
}

/** The names of the example operations, sorted as the backend sorts them. */
export function exampleNames(): string[] {
	return readdirSync(directory)
		.filter((file) => file.endsWith('.graphql'))
		.map((file) => file.slice(0, -'.graphql'.length))
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** An example's header lines. */
export function example(name: string): Example {
	const source = readFileSync(`${directory}${name}.graphql`, 'utf8');
	const persona = RUNS_AS.exec(source)?.[1];
	if (persona === undefined) {
		throw new Error(`${name} has no '# Runs as:' line`);
	}
	return { name, persona, werkplaats: WERKPLAATS.exec(source)?.[1], needsKeycloak: NEEDS_KEYCLOAK.test(source) };
}

/** Runs the examples, each once; later calls give the first answer. */
export class Examples {
	private readonly answers = new Map<string, Promise<Answer>>();

	run(name: string): Promise<Answer> {
		let answer = this.answers.get(name);
		if (answer === undefined) {
			answer = this.execute(name);
			this.answers.set(name, answer);
		}
		return answer;
	}

	private async execute(name: string): Promise<Answer> {
		const { persona, werkplaats } = example(name);
		const document = (documents as Record<string, unknown>)[`${name}Document`];
		if (document === undefined) {
			throw new Error(`No generated ${name}Document: is the operation in ${name}.graphql named ${name}?`);
		}
		const variables: unknown = JSON.parse(readFileSync(`${directory}${name}.variables.json`, 'utf8'));
		const resolved = await this.resolve(variables);
		try {
			const result = await execute(document as TypedDocument<unknown, unknown>, resolved, {
				token: await tokenOf(persona),
				werkplaats,
				endpoint,
			});
			const response: Record<string, unknown> = {};
			for (const key of ['data', 'errors', 'extensions'] as const) {
				if (result[key] !== undefined) {
					response[key] = result[key];
				}
			}
			return { status: result.status, response, body: JSON.stringify(response) };
		} catch (failure) {
			if (failure instanceof ExecuteError) {
				return { status: failure.status, response: null, body: failure.body };
			}
			throw failure;
		}
	}

	/** The variables with every "{{Other:$.path}}" replaced by what the path finds in Other's answer. */
	private async resolve(value: unknown): Promise<unknown> {
		if (Array.isArray(value)) {
			const items: unknown[] = [];
			for (const item of value) {
				items.push(await this.resolve(item));
			}
			return items;
		}
		if (typeof value === 'object' && value !== null) {
			const resolved: Record<string, unknown> = {};
			for (const [key, item] of Object.entries(value)) {
				resolved[key] = await this.resolve(item);
			}
			return resolved;
		}
		const reference = typeof value === 'string' ? REFERENCE.exec(value) : null;
		if (reference === null || reference[1] === undefined || reference[2] === undefined) {
			return value;
		}
		const [, other, path] = reference;
		const answer = await this.run(other);
		const found: unknown[] = JSONPath({ path, json: answer.response ?? {}, wrap: true });
		if (found.length === 0) {
			throw new Error(`${value} finds nothing in ${other}'s answer (HTTP ${answer.status}): ${answer.body}`);
		}
		return found.length === 1 ? found[0] : found;
	}
}

/** Every value of `$..userErrors[*]` in a response. */
export function userErrors(response: Record<string, unknown> | null): unknown[] {
	return response === null ? [] : JSONPath({ path: '$..userErrors[*]', json: response, wrap: true });
}
