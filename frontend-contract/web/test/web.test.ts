// The web components and the national dashboard in a real headless Chromium (Debian's package,
// driven by playwright-core; CHROMIUM_PATH points elsewhere), against a running local stack
// (infra/run-local.sh serves the built bundle at /web/). Every request that leaves this machine
// is refused. Screenshots of each page are kept in test-results/ (not committed).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

import { execute } from '../../src/execute.js';
import { endpoint, tokenOf } from './stack.js';
import {
	EventRegistrationsDocument,
	IntakesDocument,
	KpisDocument,
	MonitorFormDocument,
	WerkplaatsBySlugDocument,
} from './gql/graphql.js';

const WOO = 'werkplaats-online-ondernemen';
const web = new URL('/web/', endpoint);
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const artifacts = new URL('../test-results/', import.meta.url);
const bundle = new URL('../dist/werkplaats-components.js', import.meta.url);

let browser: Browser;

before(async () => {
	assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: install Debian's chromium, or set CHROMIUM_PATH`);
	mkdirSync(artifacts, { recursive: true });
	browser = await chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync'],
	});
});

after(async () => {
	await browser?.close();
});

/** A fresh page that may only reach this machine, and collects script errors. */
async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[]; offMachine: string[] }> {
	const page = await browser.newPage({ viewport });
	const offMachine: string[] = [];
	const errors: string[] = [];
	await page.route('**/*', (route) => {
		const host = new URL(route.request().url()).hostname;
		if (host === 'localhost' || host === '127.0.0.1') return route.continue();
		offMachine.push(route.request().url());
		return route.abort();
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(new URL(path, web).href);
	return { page, errors, offMachine };
}

async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: new URL(`${name}.png`, artifacts).pathname, fullPage: true });
}

function hexToRgb(hex: string): string {
	const n = Number.parseInt(hex.slice(1), 16);
	return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Fills the intake form with valid answers; `kvkNumber` as given. */
async function fillIntake(page: Page, kvkNumber: string, question: string): Promise<void> {
	const form = page.locator('werkplaats-intake form');
	await form.getByLabel('Naam organisatie').fill('Testbakkerij De Browser');
	await form.getByLabel('KVK-nummer').fill(kvkNumber);
	await form.getByLabel('Uw naam').fill('Test Browser');
	await form.getByLabel('E-mailadres').fill(`browser-${kvkNumber}@example.org`);
	await form.getByLabel('Met welk vraagstuk').fill(question);
	await form.getByLabel('Via de website/loket van de werkplaats.').check();
	await form.getByLabel('7 van 10').check({ force: true });
	await form.getByLabel('Binnen mijn bedrijf hebben we te weinig tijd', { exact: false }).check();
	await form.getByLabel('Een concreet opgeleverd advies/stappenplan of product.').check();
	await form.getByLabel(/toestemming om deze gegevens op te slaan/).check();
}

test('the components bundle stays within its budget: under 100 kB gzip', () => {
	assert.ok(existsSync(bundle), 'no dist/werkplaats-components.js: run npm run build first');
	const size = gzipSync(readFileSync(bundle)).length;
	assert.ok(size < 100 * 1024, `werkplaats-components.js is ${size} bytes gzip`);
});

test("a plain page with only the script tag and <werkplaats-intake> renders the form in WOO's colours", async () => {
	const answer = await execute(WerkplaatsBySlugDocument, { slug: WOO, first: 1 }, { endpoint });
	const primary = answer.data?.werkplaats?.branding.primaryColor;
	assert.ok(primary, 'WOO has a primary colour');
	const { page, errors, offMachine } = await open('demo/intake.html');
	const submit = page.locator('werkplaats-intake').getByRole('button', { name: 'Vraag versturen' });
	await submit.waitFor({ timeout: 30_000 });
	assert.equal(await submit.evaluate((b) => getComputedStyle(b).backgroundColor), hexToRgb(primary));
	assert.equal(await submit.evaluate((b) => getComputedStyle(b).color), 'rgb(255, 255, 255)');
	await page.locator('werkplaats-intake').getByText('Werkplaats Online Ondernemen Groningen').first().waitFor();
	// The honeypot is there but invisible, and out of the tab order.
	const honeypot = page.locator('werkplaats-intake input[name="website"]');
	assert.equal(await honeypot.count(), 1);
	const box = await honeypot.boundingBox();
	assert.ok(box === null || box.x + box.width <= 0, `the honeypot is out of sight: ${JSON.stringify(box)}`);
	assert.equal(await honeypot.getAttribute('tabindex'), '-1');
	await screenshot(page, 'intake-plain-page');
	assert.deepEqual(errors, []);
	// Only the logo of the demo data lives elsewhere (example.nl); it falls back to initials.
	assert.ok(offMachine.every((url) => url.includes('example.nl')), offMachine.join(', '));
	await page.close();
});

test('a wrong KVK number shows the API\'s error at the field, and in the error summary', async () => {
	const { page } = await open('demo/intake.html');
	await page.locator('werkplaats-intake form').waitFor({ timeout: 30_000 });
	await fillIntake(page, '1234', 'Een vraag met een verkeerd KVK-nummer.');
	await page.locator('werkplaats-intake').getByRole('button', { name: 'Vraag versturen' }).click();
	const error = page.locator('werkplaats-intake [data-error-for="kvkNumber"]');
	await error.waitFor({ timeout: 15_000 });
	assert.match(await error.innerText(), /\S/);
	const input = page.locator('werkplaats-intake input[name="kvkNumber"]');
	assert.equal(await input.getAttribute('aria-invalid'), 'true');
	assert.match((await input.getAttribute('aria-describedby')) ?? '', /kvkNumber-error/);
	const summary = page.locator('werkplaats-intake .error-summary');
	assert.match(await summary.innerText(), /KVK-nummer/);
	// The summary has the focus; its link moves it to the field.
	await summary.getByRole('button', { name: /KVK-nummer/ }).click();
	assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('name')), 'kvkNumber');
	assert.equal(await page.locator('werkplaats-intake [data-reference]').count(), 0);
	await screenshot(page, 'intake-wrong-kvk');
	await page.close();
});

test("an intake submitted through the component arrives in WOO's inbox and nowhere else; a retry with its Idempotency-Key changes nothing", async () => {
	const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
	const question = `Browsertest ${new Date().toISOString()}: kunnen klanten online een afspraak maken?`;
	const { page } = await open('demo/intake.html');
	await page.locator('werkplaats-intake form').waitFor({ timeout: 30_000 });
	const sent = page.waitForRequest((request) => request.url().endsWith('/graphql') && (request.postData() ?? '').includes('intakeSubmit'));
	await fillIntake(page, kvk, question);
	await page.locator('werkplaats-intake').getByRole('button', { name: 'Vraag versturen' }).click();
	const shown = page.locator('werkplaats-intake [data-reference]');
	await shown.waitFor({ timeout: 15_000 });
	const reference = (await shown.innerText()).trim();
	assert.match(reference, /^INT-/);
	await screenshot(page, 'intake-submitted');
	const request = await sent;
	const headers = await request.allHeaders();
	const key = headers['idempotency-key'];
	assert.match(key ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	// Submitting twice is safe: the same request with the same key, from the same browser (a key
	// is its caller's), is answered from the first and stores nothing.
	const retry = await page.evaluate(
		async ([url, body, idempotencyKey]) => {
			const response = await fetch(url, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', 'Idempotency-Key': idempotencyKey },
				body,
			});
			return { replayed: response.headers.get('Idempotency-Replayed'), json: (await response.json()) as { data: { intakeSubmit: { reference: string } } } };
		},
		[request.url(), request.postData() ?? '', key ?? ''] as const,
	);
	assert.equal(retry.replayed, 'true');
	assert.equal(retry.json.data.intakeSubmit.reference, reference);
	await page.close();

	const inbox = await execute(IntakesDocument, { first: 5, filter: { search: reference } }, { endpoint, token: await tokenOf(`${WOO}-coordinator`) });
	assert.deepEqual(inbox.errors, undefined);
	assert.equal(inbox.data?.intakes.totalCount, 1, `${reference} in WOO's intakes`);
	const intake = inbox.data?.intakes.nodes[0];
	assert.equal(intake?.question, question);
	assert.equal(intake?.organisation.kvkNumber, kvk);
	assert.deepEqual(
		{ ...intake?.baseline },
		{ foundVia: 'WERKPLAATS_WEBSITE', maturity: 7, obstacles: ['LACK_OF_TIME'], expectation: 'CONCRETE_RESULT' },
	);
	for (const other of ['digitale-werkplaats-twente', 'mkb-digital-workspace']) {
		const elsewhere = await execute(IntakesDocument, { first: 5, filter: { search: reference } }, { endpoint, token: await tokenOf(`${other}-coordinator`) });
		assert.equal(elsewhere.data?.intakes.totalCount, 0, `${reference} is not in ${other}'s intakes`);
	}

	const after = await execute(IntakesDocument, { first: 5, filter: { search: kvk } }, { endpoint, token: await tokenOf(`${WOO}-coordinator`) });
	assert.equal(after.data?.intakes.totalCount, 1, 'still one intake for the KVK number');
});

test('the menu shows exactly the published offers, with filters and a detail view', async () => {
	const answer = await execute(WerkplaatsBySlugDocument, { slug: WOO, first: 100 }, { endpoint });
	const published = (answer.data?.werkplaats?.offers.nodes ?? []).map((offer) => offer.title).sort();
	assert.ok(published.length > 0, 'WOO publishes offers');
	assert.equal(answer.data?.werkplaats?.offers.totalCount, published.length);
	const { page, errors } = await open(`demo/${WOO}.html`);
	const titles = page.locator('werkplaats-menu [data-title]');
	await titles.first().waitFor({ timeout: 30_000 });
	assert.deepEqual((await titles.allInnerTexts()).map((t) => t.trim()).sort(), published);
	await page.locator('werkplaats-agenda h2').waitFor();
	await screenshot(page, `demo-${WOO}`);

	// A filter narrows the list; the detail view opens and returns with the keyboard.
	const format = page.locator('werkplaats-menu select#format');
	const firstFormat = await format.locator('option').nth(1).getAttribute('value');
	await format.selectOption(firstFormat ?? '');
	const shown = await titles.count();
	const expected = (answer.data?.werkplaats?.offers.nodes ?? []).filter((o) => o.format === firstFormat).length;
	assert.equal(shown, expected);
	await page.locator('werkplaats-menu').getByRole('button', { name: /^Meer over/ }).first().click();
	await page.locator('werkplaats-menu .detail h2').waitFor();
	await screenshot(page, `menu-detail-${WOO}`);
	await page.keyboard.press('Escape');
	await titles.first().waitFor();
	assert.deepEqual(errors, []);
	await page.close();
});

test("a registration through the agenda arrives at the event, for WOO's staff to see", async () => {
	const email = `agenda-${Date.now()}@example.org`;
	const { page, errors } = await open(`demo/${WOO}.html`);
	const firstOpen = page.locator('werkplaats-agenda li[data-event]').filter({ has: page.getByRole('button', { name: /^Aanmelden/ }) }).first();
	await firstOpen.waitFor({ timeout: 30_000 });
	const eventId = await firstOpen.getAttribute('data-event');
	// By its id from here on: once registered, it has no Aanmelden button to be found by.
	const item = page.locator(`werkplaats-agenda li[data-event="${eventId}"]`);
	await item.getByRole('button', { name: /^Aanmelden/ }).click();
	const form = item.locator('form.register');
	await form.getByLabel('Naam').first().fill('Agenda Browsertest');
	await form.getByLabel('E-mailadres').fill(email);
	// Without consent the API refuses: its error shows at the checkbox, nothing is stored.
	await form.getByRole('button', { name: 'Aanmelden' }).click();
	await form.locator('[aria-invalid="true"][name="consent"]').waitFor({ timeout: 15_000 });
	await form.getByLabel(/toestemming om mijn gegevens voor deze activiteit/).check();
	await form.getByRole('button', { name: 'Aanmelden' }).click();
	await item.locator('.success').waitFor({ timeout: 15_000 });
	assert.match(await item.locator('.success').innerText(), new RegExp(email.replace('.', '\\.')));
	await screenshot(page, 'agenda-registered');
	assert.deepEqual(errors, []);
	await page.close();

	const event = await execute(EventRegistrationsDocument, { id: eventId ?? '' }, { endpoint, token: await tokenOf(`${WOO}-coordinator`) });
	assert.deepEqual(event.errors, undefined);
	const node = event.data?.node;
	const emails = node?.__typename === 'Event' ? (node.registrations?.nodes ?? []).map((r) => r.email) : [];
	assert.equal(emails.filter((e) => e === email).length, 1, `${email} registered once for ${eventId}`);
});

test('every featured werkplaats has its demo page in its own colours; the monitor form opens from a personal link', async () => {
	for (const slug of ['digitale-werkplaats-twente', 'mkb-digital-workspace']) {
		const answer = await execute(WerkplaatsBySlugDocument, { slug, first: 1 }, { endpoint });
		const { page, errors } = await open(`demo/${slug}.html`, { width: 420, height: 900 });
		await page.locator('werkplaats-menu [data-title]').first().waitFor({ timeout: 30_000 });
		await page.locator('werkplaats-agenda h2').waitFor();
		const primary = answer.data?.werkplaats?.branding.primaryColor ?? '';
		const submit = page.locator('werkplaats-intake').getByRole('button', { name: 'Vraag versturen' });
		assert.equal(await submit.evaluate((b) => getComputedStyle(b).backgroundColor), hexToRgb(primary));
		await screenshot(page, `demo-${slug}-mobile`);
		assert.deepEqual(errors, []);
		await page.close();
	}
	const token = `demo-impactmatrix-${WOO}`;
	const form = await execute(MonitorFormDocument, { token }, { endpoint });
	const { page } = await open(`monitor.html?token=${token}`);
	if (form.data?.monitorForm == null) {
		// The demo link was used up already (the contract's examples answer it): the page says so.
		await page.locator('werkplaats-monitor').getByText('Deze link werkt niet (meer)', { exact: false }).waitFor({ timeout: 30_000 });
	} else {
		await page.locator('werkplaats-monitor').getByRole('heading', { name: form.data.monitorForm.title }).waitFor({ timeout: 30_000 });
		const questions = form.data.monitorForm.questions.length;
		assert.equal(await page.locator('werkplaats-monitor .question').count(), questions);
	}
	await screenshot(page, 'monitor');
	await page.close();
});

/** The dashboard after logging in on Keycloak's own login page (authorization code with PKCE). */
async function dashboardAs(username: string): Promise<{ page: Page; errors: string[] }> {
	const { page, errors } = await open('dashboard/', { width: 1440, height: 1000 });
	await page.locator('werkplaats-dashboard').getByRole('button', { name: 'Inloggen' }).click();
	await page.waitForURL(/\/realms\/werkplaatsen\/protocol\/openid-connect\/auth/);
	assert.match(page.url(), /code_challenge_method=S256/);
	assert.match(page.url(), /client_id=werkplaats-dashboard/);
	await page.locator('#username').fill(username);
	await page.locator('#password').fill('demo');
	await page.locator('#kc-login').click();
	await page.waitForURL(new URL('dashboard/', web).href);
	return { page, errors };
}

test('the dashboard, after a PKCE login as the network coordinator, shows the figures of the kpis query', async () => {
	const { page, errors } = await dashboardAs('network-coordinator');
	const table = page.locator('werkplaats-dashboard table[data-table="kpis"]');
	await table.waitFor({ timeout: 30_000 });
	const year = Number(await page.locator('werkplaats-dashboard select#year').inputValue());
	const kpis = await execute(KpisDocument, { period: { from: `${year}-01-01`, to: `${year}-12-31` } }, { endpoint, token: await tokenOf('network-coordinator') });
	assert.deepEqual(kpis.errors, undefined);
	const data = kpis.data?.kpis;
	assert.ok(data);
	const read = async (row: string, figure: string): Promise<number> =>
		Number((await table.locator(`tr[data-werkplaats="${row}"] td[data-figure="${figure}"]`).innerText()).replace(/\./g, ''));
	assert.equal(await table.locator('tbody tr').count(), data.werkplaatsen.length);
	for (const werkplaats of data.werkplaatsen) {
		for (const figure of ['bereik', 'trajecten', 'trainingen', 'studenten', 'organisaties', 'verwijzingenGemaakt'] as const) {
			assert.equal(await read(werkplaats.werkplaats.slug, figure), werkplaats.figures[figure], `${werkplaats.werkplaats.slug} ${figure}`);
		}
	}
	for (const figure of ['bereik', 'trajecten', 'trainingen', 'studenten', 'organisaties', 'verwijzingenGemaakt'] as const) {
		assert.equal(await read('national', figure), data.national[figure], `national ${figure}`);
		const tile = page.locator(`werkplaats-dashboard [data-national="${figure}"] .value`);
		assert.equal(Number((await tile.innerText()).replace(/\./g, '')), data.national[figure]);
	}
	await page.locator('werkplaats-dashboard table[data-table="ecosystem"]').waitFor({ timeout: 30_000 });
	await page.locator('werkplaats-dashboard wp-chart svg').first().waitFor({ timeout: 30_000 });
	// An export downloads with the bearer token.
	const download = page.waitForEvent('download');
	await page.locator('werkplaats-dashboard').getByRole('button', { name: "KPI's (CSV)" }).click();
	const file = await download;
	assert.match(file.suggestedFilename(), /\.csv$/);
	await page.waitForTimeout(600); // the charts' animation
	await screenshot(page, 'dashboard-network-coordinator');
	assert.deepEqual(errors, []);
	await page.close();
});

test('the ministry analyst sees what the API gives them: a suppressed monitor group is shown as suppressed', async () => {
	const { page, errors } = await dashboardAs('ministry-analyst');
	const monitor = page.locator('werkplaats-dashboard table[data-table="monitor"]');
	await monitor.waitFor({ timeout: 30_000 });
	const year = Number(await page.locator('werkplaats-dashboard select#year').inputValue());
	const kpis = await execute(KpisDocument, { period: { from: `${year}-01-01`, to: `${year}-12-31` } }, { endpoint, token: await tokenOf('ministry-analyst') });
	assert.deepEqual(kpis.errors, undefined);
	const data = kpis.data?.kpis;
	assert.ok(data);
	const groups = [...data.werkplaatsen.map((w) => ({ slug: w.werkplaats.slug, monitor: w.figures.monitor })), { slug: 'national', monitor: data.national.monitor }]
		.filter((g) => g.monitor.respondents > 0 || g.monitor.suppressed);
	assert.ok(groups.some((g) => g.monitor.suppressed), 'the demo data has suppressed groups for the ministry');
	for (const group of groups) {
		const row = monitor.locator(`tr[data-monitor="${group.slug}"]`);
		const text = await row.innerText();
		if (group.monitor.suppressed) {
			assert.match(text, /onderdrukt/, `${group.slug} is suppressed for the ministry`);
			assert.doesNotMatch(text, /%/);
		} else {
			assert.match(text, new RegExp(`${group.monitor.satisfaction?.zeerTevreden.percent ?? '–'}%`));
		}
	}
	await page.waitForTimeout(600);
	await screenshot(page, 'dashboard-ministry-analyst');
	assert.deepEqual(errors, []);
	await page.close();
});
