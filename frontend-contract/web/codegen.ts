import type { CodegenConfig } from '@graphql-codegen/cli';

// The same settings as the contract package's own typed documents (README.md, "The npm
// package"): documents as strings for `execute`, enums as string unions, every scalar mapped.
import { clientPresetConfig } from '../src/codegen.js';

/**
 * Typed documents for the components and the dashboard, generated from the contract's SDL. The
 * contract's own example operations are used as they are where they fit; the rest are ours, in
 * src/components/*.graphql and src/dashboard/*.graphql. Two outputs, so the components' bundle
 * holds only the components' documents.
 */
const example = (name: string): string => `../operations/${name}.graphql`;

const config: CodegenConfig = {
	schema: '../schema/*.graphqls',
	ignoreNoDocuments: false,
	emitLegacyCommonJSImports: false,
	generates: {
		'src/components/gql/': {
			documents: [
				'src/components/*.graphql',
				example('IntakeSubmit'),
				example('EventRegister'),
				example('MonitorForm'),
				example('MonitorResponseSubmit'),
			],
			preset: 'client',
			presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
			config: clientPresetConfig,
		},
		'src/dashboard/gql/': {
			documents: [
				'src/dashboard/*.graphql',
				example('Kpis'),
				example('ReferralFlows'),
				example('EcosystemStatistics'),
				example('Viewer'),
			],
			preset: 'client',
			presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
			config: clientPresetConfig,
		},
		// What the browser tests ask the API themselves, to compare with what the page shows.
		'test/gql/': {
			documents: [
				'test/*.graphql',
				example('Intakes'),
				example('WerkplaatsBySlug'),
				example('Kpis'),
				example('MonitorForm'),
			],
			preset: 'client',
			presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
			config: clientPresetConfig,
		},
	},
};

export default config;
