// For a frontend's own codegen run (`@werkplaatsen/contract/codegen`): the SDL that ships in
// this package and the client preset's settings its own typed documents are made with, so your
// operations get the same types and work with `execute`. See README.md, "The npm package".
import { fileURLToPath } from 'node:url';

/** The package's SDL files, as a glob for codegen's `schema`. */
export const schema: string = fileURLToPath(new URL('../schema/', import.meta.url)) + '*.graphqls';

/**
 * The client preset's `config`: documents as strings (posted as they are, no graphql-js at run
 * time), enums as string unions, result fields never optional, and every custom scalar mapped:
 * a scalar the SDL adds without a mapping fails the generation instead of becoming `any`.
 */
export const clientPresetConfig = {
	documentMode: 'string',
	enumsAsTypes: true,
	useTypeImports: true,
	avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
	skipTypename: true,
	strictScalars: true,
	scalars: {
		/** RFC 3339 full-date (ISO 8601 calendar date), e.g. "2026-09-01". */
		Date: 'string',
		/** RFC 3339 date-time with an offset, e.g. "2026-09-01T09:00:00Z"; the API answers in UTC. */
		DateTime: 'string',
		/** Any JSON value: narrow it yourself. */
		JSON: 'unknown',
	},
} as const;
