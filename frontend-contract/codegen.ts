import type { CodegenConfig } from '@graphql-codegen/cli';

import { clientPresetConfig } from './src/codegen.js';

/**
 * Typed documents for the example operations, generated from the SDL: `npm run generate`
 * writes them to src/gql/ (not committed). A frontend's own config takes the same settings
 * from `@werkplaatsen/contract/codegen` (see README.md, "The npm package").
 */
const config: CodegenConfig = {
	schema: 'schema/*.graphqls',
	documents: 'operations/*.graphql',
	ignoreNoDocuments: false,
	emitLegacyCommonJSImports: false,
	generates: {
		'src/gql/': {
			preset: 'client',
			// Fragments stay plain types: the examples use inline fragments only.
			presetConfig: { fragmentMasking: false },
			config: clientPresetConfig,
		},
	},
};

export default config;
