// The typed client as a frontend uses it: the generated documents, their result and variable
// types under strict TypeScript, and `execute`'s answers for the refusals a frontend handles.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
	execute,
	ExecuteError,
	ViewerDocument,
	WerkplaatsBySlugDocument,
	type WerkplaatsBySlugQuery,
} from '../src/index.js';
import { operationNames } from '../src/execute.js';
import { assertStackAnswers, endpoint, tokenOf } from './support/stack.js';

test('operationNames finds the operations outside braces, strings and comments', () => {
	assert.deepEqual(operationNames('# query Commented\nquery A($q: String = "query B") { query\n c }'), ['A']);
	assert.deepEqual(operationNames('{ viewer { kind } }'), []);
	assert.deepEqual(operationNames('mutation M { x }\nfragment F on T { query y }'), ['M']);
});

test('the generated documents are typed', () => {
	// Checked by `tsc` only: a missing or mistyped variable does not compile.
	const compileOnly = (): void => {
		// @ts-expect-error `slug` is required
		void execute(WerkplaatsBySlugDocument, { first: 10 });
		// @ts-expect-error `first` is a number
		void execute(WerkplaatsBySlugDocument, { slug: 'x', first: '10' });
	};
	assert.equal(typeof compileOnly, 'function');
	assert.match(String(WerkplaatsBySlugDocument), /query WerkplaatsBySlug\(/);
});

test('against the running platform', async (t) => {
	await assertStackAnswers();

	await t.test('an anonymous query answers typed data as application/graphql-response+json', async () => {
		const result = await execute(WerkplaatsBySlugDocument, { slug: 'werkplaats-online-ondernemen', first: 3 }, { endpoint });
		assert.equal(result.status, 200);
		assert.match(result.headers.get('Content-Type') ?? '', /^application\/graphql-response\+json/);
		const werkplaats: WerkplaatsBySlugQuery['werkplaats'] = result.data?.werkplaats ?? null;
		assert.equal(werkplaats?.slug, 'werkplaats-online-ondernemen');
		const firstOffer = werkplaats?.offers.nodes[0];
		assert.equal(typeof firstOffer?.title, 'string');
	});

	await t.test('a person with two memberships sees both', async () => {
		const result = await execute(ViewerDocument, {}, { token: await tokenOf('oost-coordinator'), endpoint });
		assert.equal(result.status, 200);
		const slugs = (result.data?.viewer?.memberships ?? []).map((membership) => membership.werkplaats.slug).sort();
		assert.deepEqual(slugs, ['digitale-werkplaats-arnhem-nijmegen', 'digitale-werkplaats-twente']);
		assert.equal(result.data?.viewer?.werkplaats, null);
	});

	await t.test('the Werkplaats header selects one of them', async () => {
		const result = await execute(
			ViewerDocument,
			{},
			{ token: await tokenOf('oost-coordinator'), werkplaats: 'digitale-werkplaats-twente', endpoint },
		);
		assert.equal(result.data?.viewer?.werkplaats?.slug, 'digitale-werkplaats-twente');
	});

	await t.test('a Werkplaats header for a werkplaats you are no member of is HTTP 403 FORBIDDEN', async () => {
		const result = await execute(
			ViewerDocument,
			{},
			{ token: await tokenOf('werkplaats-online-ondernemen-coordinator'), werkplaats: 'digitale-werkplaats-twente', endpoint },
		);
		assert.equal(result.status, 403);
		assert.equal(result.errors?.[0]?.extensions?.classification, 'FORBIDDEN');
	});

	await t.test('an invalid token is HTTP 401 without a GraphQL response: ExecuteError', async () => {
		await assert.rejects(execute(ViewerDocument, {}, { token: 'not-a-token', endpoint }), (failure: unknown) => {
			assert.ok(failure instanceof ExecuteError);
			assert.equal(failure.status, 401);
			assert.match(failure.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
			return true;
		});
	});
});
