// Runs every example operation of operations/ with its variables, as the persona its
// `# Runs as:` line names, against the running platform (the local demo stack by default), with
// real tokens from its Keycloak, through the generated typed documents and `execute`: what the
// backend's ContractOperationsTests and KeycloakContractOperationsTests assert, over HTTP.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { example, exampleNames, Examples, userErrors } from './support/operations.js';
import { assertStackAnswers, endpoint } from './support/stack.js';

// Some examples change the demo data for good (a unique slug taken, the demo survey link used up,
// an intake moved on): on a stack they already ran on, they and the examples reading their
// answers fail. README.md, "Testing the package", lists them.
const RERUN_HINT =
	'\n(On a stack the examples already ran on, the examples that create something unique or use ' +
	'something up fail by design: test against a freshly started infra/run-local.sh; see README.md, "Testing the package".)';

const examples = new Examples();
const names = exampleNames();

before(assertStackAnswers);

test('there are example operations', () => {
	assert.ok(names.length > 0, 'operations/*.graphql');
});

for (const name of names) {
	const { persona, werkplaats, needsKeycloak } = example(name);
	const as = `${persona}${werkplaats !== undefined ? `, Werkplaats: ${werkplaats}` : ''}${needsKeycloak ? ', Keycloak' : ''}`;
	test(`${name} (${as})`, async () => {
		const answer = await examples.run(name).catch((failure: unknown) => {
			throw new Error(`${String(failure)}${RERUN_HINT}`, { cause: failure });
		});
		const body = `${name} answered HTTP ${answer.status} from ${endpoint}: ${answer.body}${RERUN_HINT}`;
		assert.equal(answer.status, 200, body);
		assert.ok(answer.response !== null, body);
		assert.deepEqual(answer.response['errors'] ?? [], [], body);
		assert.ok(answer.response['data'] !== undefined && answer.response['data'] !== null, body);
		assert.deepEqual(userErrors(answer.response), [], body);
	});
}
