// The GraphQL-over-HTTP audit of graphql-http (the spec's reference implementation) against the
// running platform: no warnings and no errors (notices are the spec's MAYs: GET forms the API does not take).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditServer } from 'graphql-http';

import { endpoint } from './support/stack.js';

test('the API passes the GraphQL-over-HTTP audit with no warnings and no errors', async () => {
	const results = await auditServer({ url: endpoint });
	const notOk = results
		.filter((result) => result.status === 'warn' || result.status === 'error')
		.map((result) => `${result.status} ${result.id}: ${result.name}`);
	assert.ok(results.length > 40, `the audit ran ${results.length} checks`);
	assert.deepEqual(notOk, []);
});
