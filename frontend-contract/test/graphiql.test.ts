// GraphiQL on the local stack, in a real headless Chromium (Debian's package, driven by
// playwright-core): it renders the schema and runs a query as a demo persona while every request
// that leaves this machine is refused, so it needs no CDN. A screenshot is kept as an artifact.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { test } from 'node:test';
import { chromium } from 'playwright-core';

import { endpoint } from './support/stack.js';

const graphiql = new URL('/graphiql', endpoint).toString();
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const artifacts = new URL('../test-results/', import.meta.url);

test('GraphiQL renders the schema and runs a query as a demo persona, offline', async () => {
	assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: install Debian's chromium, or set CHROMIUM_PATH`);
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync'],
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		const leftTheMachine: string[] = [];
		await page.route('**/*', (route) => {
			const host = new URL(route.request().url()).hostname;
			if (host === 'localhost' || host === '127.0.0.1') {
				return route.continue();
			}
			leftTheMachine.push(route.request().url());
			return route.abort();
		});
		const sentAsPersona: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('/graphql') && request.headers()['authorization']?.startsWith('Bearer ')) {
				sentAsPersona.push(request.url());
			}
		});
		const failures: string[] = [];
		page.on('pageerror', (error) => failures.push(error.message));

		await page.goto(graphiql);
		await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
		await page.getByText('Query', { exact: true }).first().waitFor({ timeout: 30_000 });

		await page.getByRole('combobox', { name: /Demo login/ }).selectOption('werkplaats-online-ondernemen-coordinator');
		await page.getByRole('button', { name: 'Log in' }).click();
		await page.locator('#who').filter({ hasText: 'werkplaats-online-ondernemen-coordinator' }).waitFor();

		await page.getByRole('button', { name: /Execute query/i }).click();
		const result = page.locator('.result-window');
		await result.getByText('"werkplaatsen"').waitFor({ timeout: 30_000 });
		assert.match(await result.innerText(), /"slug": "[a-z-]+"/);
		assert.ok(sentAsPersona.length > 0, 'the query went out with the demo persona\'s token');

		mkdirSync(artifacts, { recursive: true });
		await page.screenshot({ path: new URL('graphiql.png', artifacts).pathname, fullPage: true });
		assert.deepEqual(leftTheMachine, [], 'GraphiQL asked for something off this machine');
		assert.deepEqual(failures, []);
	} finally {
		await browser.close();
	}
});
