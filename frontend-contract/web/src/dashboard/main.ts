import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import {
	DashboardKpiSeriesDocument,
	EcosystemStatisticsDocument,
	KpisDocument,
	ReferralFlowsDocument,
	ViewerDocument,
	type DashboardKpiSeriesQuery,
	type EcosystemStatisticsQuery,
	type KpiNumbersFragment,
	type KpisQuery,
	type ReferralFlowsQuery,
	type ViewerQuery,
} from './gql/graphql.js';
import { ApiProblem, run } from '../shared/api.js';
import { ARCHETYPES, PROVINCES, label, number } from '../shared/labels.js';
import { Auth, type Tokens } from './auth.js';
import type { ChartOption } from './chart.js';
import './chart.js';

type Kpis = KpisQuery['kpis'];
type Flow = ReferralFlowsQuery['referralFlows'][number];
type Statistic = EcosystemStatisticsQuery['ecosystemStatistics'][number];
type Series = DashboardKpiSeriesQuery['kpiSeries'];

/** A section's data: loading, loaded, or why not. */
type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'done'; readonly value: T } | { readonly state: 'failed'; readonly message: string };

const FIGURES = [
	['bereik', 'Bereik'],
	['organisaties', 'Organisaties'],
	['trajecten', 'Trajecten'],
	['trainingen', 'Trainingen'],
	['studenten', 'Studenten'],
	['contacten', 'Contacten'],
	['verwijzingenGemaakt', 'Verwijzingen gemaakt'],
	['verwijzingenGeaccepteerd', 'Verwijzingen geaccepteerd'],
] as const;

const AMBITIONS = [
	['bereik', 'Bereik'],
	['trajecten', 'Trajecten'],
	['trainingen', 'Trainingen'],
	['studenten', 'Studenten'],
] as const;

const percent = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : `${value}%`);

/**
 * `<werkplaats-dashboard issuer="…" client-id="…">`: the national dashboard of the network
 * coordinators and the ministry analysts. Everything it shows is what the API gives the person
 * logged in: suppressed cells stay suppressed.
 */
@customElement('werkplaats-dashboard')
export class WerkplaatsDashboard extends LitElement {
	static override styles = css`
		:host {
			display: block;
			font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
			color: #1a1d23;
			line-height: 1.5;
		}
		header.top {
			background: #154273;
			color: #fff;
			padding: 14px clamp(16px, 4vw, 40px);
			display: flex;
			flex-wrap: wrap;
			gap: 12px 24px;
			align-items: center;
			justify-content: space-between;
		}
		header.top h1 {
			font-size: 1.25rem;
			margin: 0;
		}
		header.top .who {
			font-size: 0.9rem;
			opacity: 0.95;
		}
		header.top .controls {
			display: flex;
			gap: 12px;
			align-items: center;
		}
		main {
			padding: 24px clamp(16px, 4vw, 40px) 64px;
			max-width: 1400px;
			margin: 0 auto;
			display: grid;
			gap: 24px;
		}
		section.card {
			background: #fff;
			border: 1px solid #dde1e7;
			border-radius: 12px;
			padding: 20px 24px;
			min-width: 0;
		}
		h2 {
			font-size: 1.2rem;
			margin: 0 0 4px;
		}
		.sub {
			color: #555d6b;
			margin: 0 0 16px;
			font-size: 0.95rem;
		}
		.tiles {
			display: grid;
			grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
			gap: 12px;
		}
		.tile {
			border: 1px solid #dde1e7;
			border-left: 5px solid #154273;
			border-radius: 10px;
			padding: 12px 16px;
		}
		.tile .value {
			font-size: 1.9rem;
			font-weight: 700;
			display: block;
			font-variant-numeric: tabular-nums;
		}
		.tile .name {
			color: #555d6b;
			font-size: 0.9rem;
		}
		.two {
			display: grid;
			grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr));
			gap: 24px;
		}
		.table-wrap {
			overflow-x: auto;
			margin-top: 12px;
		}
		table {
			border-collapse: collapse;
			width: 100%;
			font-size: 0.9rem;
			font-variant-numeric: tabular-nums;
		}
		th,
		td {
			padding: 6px 10px;
			border-bottom: 1px solid #e6e9ee;
			text-align: right;
			white-space: nowrap;
		}
		th:first-child,
		td:first-child {
			text-align: left;
		}
		thead th {
			background: #f3f5f8;
			font-weight: 600;
			position: sticky;
			top: 0;
		}
		tfoot td {
			font-weight: 700;
			border-top: 2px solid #1a1d23;
		}
		.suppressed {
			color: #555d6b;
			font-style: italic;
		}
		.heat td {
			text-align: center;
		}
		button,
		select {
			font: inherit;
			min-height: 40px;
			border-radius: 8px;
			padding: 6px 14px;
		}
		button {
			cursor: pointer;
			background: #154273;
			color: #fff;
			border: 2px solid #154273;
			font-weight: 600;
		}
		button.light {
			background: #fff;
			color: #154273;
		}
		header.top button {
			background: #fff;
			color: #154273;
			border-color: #fff;
		}
		:focus-visible {
			outline: 3px solid #e17000;
			outline-offset: 2px;
		}
		.login {
			max-width: 560px;
			margin: 10vh auto;
			background: #fff;
			border-radius: 12px;
			padding: 32px;
			border: 1px solid #dde1e7;
		}
		.problem {
			border-left: 5px solid #b3261e;
			background: #fdf3f2;
			padding: 12px 16px;
			border-radius: 8px;
		}
		.exports {
			display: flex;
			flex-wrap: wrap;
			gap: 10px;
		}
		details summary {
			cursor: pointer;
			color: #154273;
			font-weight: 600;
			margin-top: 8px;
		}
		.loading {
			color: #555d6b;
		}
	`;

	@property() issuer = 'http://localhost:8180/realms/werkplaatsen';

	@property({ attribute: 'client-id' }) clientId = 'werkplaats-dashboard';

	/** The GraphQL endpoint; by default this page's origin + `/graphql`. */
	@property() api: string | null = null;

	@state() private tokens: Tokens | null = null;

	@state() private viewer: ViewerQuery['viewer'] | null = null;

	@state() private problem: string | null = null;

	@state() private starting = true;

	@state() private year = new Date().getFullYear() - 1;

	@state() private kpis: Loaded<Kpis> = { state: 'loading' };

	@state() private series: Loaded<Series> = { state: 'loading' };

	@state() private flows: Loaded<Flow[]> = { state: 'loading' };

	@state() private ecosystem: Loaded<Statistic[]> = { state: 'loading' };

	@state() private exportMessage: string | null = null;

	private auth!: Auth;

	private get endpoint(): string {
		return this.api ?? new URL('/graphql', window.location.href).href;
	}

	override async connectedCallback(): Promise<void> {
		super.connectedCallback();
		this.auth = new Auth(this.issuer, this.clientId);
		try {
			this.tokens = (await this.auth.completeLogin()) ?? (await this.auth.current());
			if (this.tokens !== null) {
				const viewer = await this.query(ViewerDocument, {});
				this.viewer = viewer?.viewer ?? null;
				if (this.isNational) void this.loadAll();
			}
		} catch (failure) {
			this.problem = failure instanceof Error ? failure.message : String(failure);
		} finally {
			this.starting = false;
		}
	}

	private get isNational(): boolean {
		return (this.viewer?.nationalRoles.length ?? 0) > 0;
	}

	private async query<R, V>(document: Parameters<typeof run<R, V>>[0], variables: V): Promise<R> {
		const tokens = await this.auth.current();
		if (tokens === null) {
			this.tokens = null;
			throw new ApiProblem('U bent niet meer ingelogd.');
		}
		this.tokens = tokens;
		return run(document, variables, { endpoint: this.endpoint, token: tokens.accessToken });
	}

	private async load<T>(assign: (value: Loaded<T>) => void, fetcher: () => Promise<T>): Promise<void> {
		assign({ state: 'loading' });
		try {
			assign({ state: 'done', value: await fetcher() });
		} catch (failure) {
			assign({ state: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
		}
	}

	private get period(): { from: string; to: string } {
		return { from: `${this.year}-01-01`, to: `${this.year}-12-31` };
	}

	private loadAll(): Promise<unknown> {
		const period = this.period;
		return Promise.all([
			this.load<Kpis>((v) => (this.kpis = v), async () => (await this.query(KpisDocument, { period })).kpis),
			this.load<Series>(
				(v) => (this.series = v),
				async () => (await this.query(DashboardKpiSeriesDocument, { period: { from: `${this.year - 1}-01-01`, to: period.to }, interval: 'QUARTER' })).kpiSeries,
			),
			this.load<Flow[]>((v) => (this.flows = v), async () => (await this.query(ReferralFlowsDocument, { period })).referralFlows),
			this.load<Statistic[]>(
				(v) => (this.ecosystem = v),
				async () => (await this.query(EcosystemStatisticsDocument, { groupBy: ['PROVINCE', 'ARCHETYPE'], percentWithin: 'PROVINCE', filter: {} })).ecosystemStatistics,
			),
		]);
	}

	private async download(path: string, format: 'csv' | 'xlsx'): Promise<void> {
		this.exportMessage = null;
		const tokens = await this.auth.current();
		if (tokens === null) {
			this.tokens = null;
			return;
		}
		const url = new URL(path, this.endpoint);
		url.searchParams.set('from', this.period.from);
		url.searchParams.set('to', this.period.to);
		url.searchParams.set('format', format);
		const response = await fetch(url, { headers: { Authorization: `Bearer ${tokens.accessToken}` } });
		if (!response.ok) {
			this.exportMessage = response.status === 403 ? 'U mag dit bestand niet downloaden.' : `Het bestand kon niet worden gemaakt (HTTP ${response.status}).`;
			return;
		}
		const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `export-${this.year}.${format}`;
		const link = document.createElement('a');
		link.href = URL.createObjectURL(await response.blob());
		link.download = name;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
		this.exportMessage = `${name} is gedownload.`;
	}

	private section<T>(data: Loaded<T>, body: (value: T) => TemplateResult): TemplateResult {
		switch (data.state) {
			case 'loading':
				return html`<p class="loading" role="status">Laden…</p>`;
			case 'failed':
				return html`<p class="problem" role="alert">${data.message}</p>`;
			default:
				return body(data.value);
		}
	}

	private tiles(kpis: Kpis): TemplateResult {
		return html`<div class="tiles">
				${FIGURES.map(
					([key, name]) => html`<div class="tile" data-national=${key}>
						<span class="value">${number.format(kpis.national[key])}</span><span class="name">${name}</span>
					</div>`,
				)}
			</div>
			<p class="sub" style="margin-top:12px">
				Landelijk telt elke organisatie en student één keer; opgeteld over de werkplaatsen is het bereik
				${number.format(kpis.sumOfWerkplaatsen.bereik)}, ${number.format(kpis.sumOfWerkplaatsen.organisaties)} organisaties en
				${number.format(kpis.sumOfWerkplaatsen.studenten)} studenten.
			</p>`;
	}

	private ambitionChart(kpis: Kpis): TemplateResult {
		const rows = [...kpis.werkplaatsen].sort((a, b) => a.werkplaats.name.localeCompare(b.werkplaats.name, 'nl'));
		// The chart shows the werkplaatsen with an ambition for the year; the table all of them.
		const charted = rows.filter((r) => r.ambition !== null);
		const option: ChartOption = {
			tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? 'geen ambitie' : `${String(v)}%`) },
			legend: { top: 0 },
			grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
			xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
			yAxis: { type: 'category', inverse: true, data: charted.map((r) => r.werkplaats.name.replace(/^(Digitale |MKB )?Werkplaats /, '')) },
			series: AMBITIONS.map(([key, name]) => ({ type: 'bar' as const, name, data: charted.map((r) => r.realisation?.[key] ?? null) })),
		};
		return html`${charted.length < rows.length
				? html`<p class="sub">${rows.length - charted.length} werkplaatsen hebben geen ambitie voor ${this.year}: zij staan alleen in de tabel.</p>`
				: nothing}
			<wp-chart style="--chart-height:${Math.max(260, charted.length * 90 + 60)}px" .option=${option}
				label="Realisatie van de ambitie per werkplaats in procenten, voor bereik, trajecten, trainingen en studenten. De tabel hieronder geeft de cijfers."></wp-chart>
			<details open>
				<summary>Tabel: cijfers en ambities per werkplaats</summary>
				<div class="table-wrap">
					<table data-table="kpis">
						<caption class="sub" style="text-align:left">Realisatie is het cijfer als percentage van de ambitie van ${this.year}.</caption>
						<thead>
							<tr>
								<th scope="col">Werkplaats</th>
								${AMBITIONS.map(([, name]) => html`<th scope="col">${name}</th><th scope="col">Ambitie</th><th scope="col">%</th>`)}
								<th scope="col">Organisaties</th>
								<th scope="col">Verwijzingen</th>
							</tr>
						</thead>
						<tbody>
							${rows.map(
								(row) => html`<tr data-werkplaats=${row.werkplaats.slug}>
									<th scope="row" style="text-align:left;font-weight:500">${row.werkplaats.name}</th>
									${AMBITIONS.map(
										([key]) => html`<td data-figure=${key}>${number.format(row.figures[key])}</td>
											<td>${row.ambition !== null ? number.format(row.ambition[key]) : '–'}</td>
											<td>${percent(row.realisation?.[key])}</td>`,
									)}
									<td data-figure="organisaties">${number.format(row.figures.organisaties)}</td>
									<td data-figure="verwijzingenGemaakt">${number.format(row.figures.verwijzingenGemaakt)}</td>
								</tr>`,
							)}
						</tbody>
						<tfoot>
							<tr data-werkplaats="national">
								<td>Landelijk</td>
								${AMBITIONS.map(([key]) => html`<td data-figure=${key}>${number.format(kpis.national[key])}</td><td></td><td></td>`)}
								<td data-figure="organisaties">${number.format(kpis.national.organisaties)}</td>
								<td data-figure="verwijzingenGemaakt">${number.format(kpis.national.verwijzingenGemaakt)}</td>
							</tr>
						</tfoot>
					</table>
				</div>
			</details>`;
	}

	private trend(series: Series): TemplateResult {
		const quarter = (from: string): string => `K${Math.floor(Number(from.slice(5, 7)) / 3) + 1} ${from.slice(0, 4)}`;
		const keys = [
			['bereik', 'Bereik'],
			['trajecten', 'Trajecten'],
			['trainingen', 'Trainingen'],
			['studenten', 'Studenten'],
		] as const;
		const option: ChartOption = {
			tooltip: { trigger: 'axis' },
			legend: { top: 0 },
			grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
			xAxis: { type: 'category', data: series.points.map((p) => quarter(p.period.from)) },
			yAxis: { type: 'value' },
			series: keys.map(([key, name]) => ({ type: 'line' as const, name, symbolSize: 7, data: series.points.map((p) => p.national[key]) })),
		};
		return html`<wp-chart .option=${option} label="Landelijke cijfers per kwartaal: bereik, trajecten, trainingen en studenten."></wp-chart>
			<details>
				<summary>Tabel: per kwartaal</summary>
				<div class="table-wrap">
					<table>
						<thead><tr><th scope="col">Kwartaal</th>${keys.map(([, name]) => html`<th scope="col">${name}</th>`)}</tr></thead>
						<tbody>
							${series.points.map((p) => html`<tr><td>${quarter(p.period.from)}</td>${keys.map(([key]) => html`<td>${number.format(p.national[key])}</td>`)}</tr>`)}
						</tbody>
					</table>
				</div>
			</details>`;
	}

	private monitorRow(name: string, monitor: KpiNumbersFragment['monitor'], slug: string): TemplateResult {
		if (monitor.suppressed || monitor.satisfaction === null) {
			return html`<tr data-monitor=${slug}>
				<td>${name}</td>
				<td>${monitor.respondents}</td>
				<td colspan="5" class="suppressed">${monitor.suppressed ? 'onderdrukt: minder dan 5 respondenten' : 'geen antwoorden'}</td>
			</tr>`;
		}
		const s = monitor.satisfaction;
		return html`<tr data-monitor=${slug}>
			<td>${name}</td>
			<td>${monitor.respondents}</td>
			<td>${percent(s.zeerTevreden.percent)}</td>
			<td>${percent(s.tevreden.percent)}</td>
			<td>${percent(s.neutraal.percent)}</td>
			<td>${percent(s.ontevreden.percent)}</td>
			<td>${percent(monitor.continuing?.percent)}</td>
		</tr>`;
	}

	private monitor(kpis: Kpis): TemplateResult {
		const rows = kpis.werkplaatsen.filter((w) => w.figures.monitor.respondents > 0 || w.figures.monitor.suppressed);
		const shown = rows.filter((w) => w.figures.monitor.satisfaction !== null);
		const classes = [
			['zeerTevreden', 'Zeer tevreden (9–10)'],
			['tevreden', 'Tevreden (7–8)'],
			['neutraal', 'Neutraal (6)'],
			['ontevreden', 'Ontevreden (1–5)'],
		] as const;
		const national = kpis.national.monitor;
		const all = [{ name: 'Landelijk', monitor: national }, ...shown.map((w) => ({ name: w.werkplaats.name, monitor: w.figures.monitor }))].filter(
			(r) => r.monitor.satisfaction !== null,
		);
		const option: ChartOption = {
			tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
			legend: { top: 0 },
			grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
			xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
			yAxis: { type: 'category', inverse: true, data: all.map((r) => r.name.replace(/^(Digitale |MKB )?Werkplaats /, '')) },
			series: classes.map(([key, name], i) => ({
				type: 'bar' as const,
				name,
				stack: 'tevredenheid',
				itemStyle: { color: ['#39870c', '#8fcae7', '#ffb612', '#a90061'][i] },
				data: all.map((r) => r.monitor.satisfaction?.[key].percent ?? 0),
			})),
		};
		return html`<p class="sub">
				1-metingen in ${this.year}: ${national.respondents} respondenten landelijk${national.suppressed
					? html`, <span class="suppressed">verdeling onderdrukt (minder dan 5)</span>`
					: html`; ${percent(national.continuing?.percent)} gaat verder met digitaliseren.`}
			</p>
			${all.length > 0 ? html`<wp-chart style="--chart-height:${Math.max(220, all.length * 48 + 60)}px" .option=${option} label="Tevredenheid (vraag 2 van de 1-meting) in vier klassen, in procenten van de respondenten."></wp-chart>` : nothing}
			<div class="table-wrap">
				<table data-table="monitor">
					<thead>
						<tr><th scope="col">Werkplaats</th><th scope="col">Respondenten</th><th scope="col">Zeer tevreden</th><th scope="col">Tevreden</th><th scope="col">Neutraal</th><th scope="col">Ontevreden</th><th scope="col">Gaat door</th></tr>
					</thead>
					<tbody>${rows.map((w) => this.monitorRow(w.werkplaats.name, w.figures.monitor, w.werkplaats.slug))}</tbody>
					<tfoot>${this.monitorRow('Landelijk', national, 'national')}</tfoot>
				</table>
			</div>`;
	}

	private flowsMatrix(flows: Flow[]): TemplateResult {
		if (flows.length === 0) {
			return html`<p class="sub">Geen verwijzingen tussen werkplaatsen in ${this.year}.</p>`;
		}
		const names = new Map<string, string>();
		for (const flow of flows) {
			names.set(flow.from.id, flow.from.name);
			names.set(flow.to.id, flow.to.name);
		}
		const ids = [...names.keys()].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '', 'nl'));
		const max = Math.max(...flows.map((f) => f.sent));
		const cell = (from: string, to: string): TemplateResult => {
			const flow = flows.find((f) => f.from.id === from && f.to.id === to);
			if (flow === undefined) return html`<td>${from === to ? '' : '·'}</td>`;
			// Two bands, so the number reads on its cell (WCAG AA): light cells with dark text, dark
			// cells (at least 80% of the blue) with white text.
			const share = flow.sent / max;
			const dark = share >= 0.5;
			const alpha = dark ? 0.8 + 0.4 * (share - 0.5) : 0.1 + 0.7 * share;
			return html`<td style="background:rgba(21,66,115,${alpha.toFixed(2)});color:${dark ? '#fff' : '#1a1d23'}"
				title=${`${flow.sent} verstuurd, ${flow.accepted} geaccepteerd, ${flow.declined} afgewezen, ${flow.expired} verlopen${flow.medianHoursToAnswer !== null ? `; mediaan ${Math.round(flow.medianHoursToAnswer)} uur tot antwoord` : ''}`}>
				${flow.sent}<span style="font-size:0.8em"> (${flow.accepted}✓)</span>
			</td>`;
		};
		const short = (id: string): string => (names.get(id) ?? '').replace(/^(Digitale |MKB )?Werkplaats /, '');
		return html`<div class="table-wrap">
			<table class="heat" data-table="flows">
				<caption class="sub" style="text-align:left">Rij: verwijzende werkplaats; kolom: ontvangende werkplaats. Verstuurd (geaccepteerd).</caption>
				<thead><tr><th scope="col">Van \\ naar</th>${ids.map((id) => html`<th scope="col">${short(id)}</th>`)}</tr></thead>
				<tbody>${ids.map((from) => html`<tr><th scope="row" style="text-align:left">${short(from)}</th>${ids.map((to) => cell(from, to))}</tr>`)}</tbody>
			</table>
		</div>`;
	}

	private ecosystemTable(rows: Statistic[]): TemplateResult {
		const provinces = Object.keys(PROVINCES).filter((p) => rows.some((r) => r.province === p));
		const archetypes = Object.keys(ARCHETYPES).filter((a) => rows.some((r) => r.archetype === a));
		const cell = (province: string, archetype: string): TemplateResult => {
			const row = rows.find((r) => r.province === province && r.archetype === archetype);
			if (row === undefined || row.percent === null) return html`<td>·</td>`;
			const alpha = Math.min(1, 0.1 + row.percent / 30);
			return html`<td style="background:rgba(225,112,0,${alpha.toFixed(2)});color:${alpha > 0.6 ? '#1a1d23' : '#1a1d23'}"
				title=${`${row.activities} activiteiten, ${row.initiatives} initiatieven`}>${row.percent}%</td>`;
		};
		return html`<div class="table-wrap">
			<table class="heat" data-table="ecosystem">
				<caption class="sub" style="text-align:left">Aandeel van elk archetype in de activiteiten van de provincie (Regioscan, figuur 7).</caption>
				<thead><tr><th scope="col">Provincie</th>${archetypes.map((a) => html`<th scope="col" style="white-space:normal;min-width:90px">${label(ARCHETYPES, a)}</th>`)}</tr></thead>
				<tbody>${provinces.map((p) => html`<tr><th scope="row" style="text-align:left">${label(PROVINCES, p)}</th>${archetypes.map((a) => cell(p, a))}</tr>`)}</tbody>
			</table>
		</div>`;
	}

	private header(): TemplateResult {
		const roles = this.viewer?.nationalRoles.map((r) => (r === 'NETWORK_COORDINATOR' ? 'netwerkcoördinator' : 'ministerie')).join(', ');
		const years = [0, 1, 2, 3].map((i) => new Date().getFullYear() - i);
		return html`<header class="top">
			<div>
				<h1>Landelijk dashboard Digitale Werkplaatsen</h1>
				${roles !== undefined && roles !== '' ? html`<span class="who">Ingelogd als ${roles}</span>` : nothing}
			</div>
			<div class="controls">
				${this.isNational
					? html`<label for="year" style="font-weight:600">Jaar</label>
							<select id="year" @change=${(e: Event) => ((this.year = Number((e.target as HTMLSelectElement).value)), void this.loadAll())}>
								${years.map((y) => html`<option value=${y} ?selected=${y === this.year}>${y}</option>`)}
							</select>`
					: nothing}
				${this.tokens !== null ? html`<button type="button" @click=${() => this.auth.logout(this.tokens)}>Uitloggen</button>` : nothing}
			</div>
		</header>`;
	}

	protected override render(): TemplateResult {
		if (this.starting) {
			return html`<p class="loading" role="status" style="padding:24px">Laden…</p>`;
		}
		if (this.tokens === null) {
			return html`${this.header()}
				<div class="login">
					<h2>Inloggen</h2>
					<p>Het landelijke dashboard is voor de netwerkcoördinatoren en het ministerie. Log in met uw account van het Werkplaats Platform.</p>
					${this.problem !== null ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
					<button type="button" @click=${() => this.auth.login()}>Inloggen</button>
				</div>`;
		}
		if (!this.isNational) {
			return html`${this.header()}
				<div class="login">
					<h2>Geen toegang</h2>
					<p class="problem">${this.problem ?? 'Dit dashboard is voor netwerkcoördinatoren en het ministerie. Uw account heeft geen landelijke rol.'}</p>
				</div>`;
		}
		return html`${this.header()}
			<main>
				<section class="card" aria-labelledby="national">
					<h2 id="national">Landelijk in ${this.year}</h2>
					<p class="sub">De KPI's waarop het ministerie het netwerk financiert, met één definitie voor elke werkplaats.</p>
					${this.section(this.kpis, (k) => this.tiles(k))}
				</section>
				<div class="two">
					<section class="card" aria-labelledby="ambitions">
						<h2 id="ambitions">Realisatie van de ambities</h2>
						<p class="sub">Per werkplaats: het cijfer als percentage van de ambitie van ${this.year}.</p>
						${this.section(this.kpis, (k) => this.ambitionChart(k))}
					</section>
					<section class="card" aria-labelledby="trend">
						<h2 id="trend">Trend per kwartaal</h2>
						<p class="sub">Landelijk, ${this.year - 1} en ${this.year}.</p>
						${this.section(this.series, (s) => this.trend(s))}
					</section>
				</div>
				<div class="two">
					<section class="card" aria-labelledby="monitor">
						<h2 id="monitor">Tevredenheid en vervolg (1-meting)</h2>
						${this.section(this.kpis, (k) => this.monitor(k))}
					</section>
					<section class="card" aria-labelledby="flows">
						<h2 id="flows">Verwijzingen tussen werkplaatsen</h2>
						<p class="sub">In ${this.year}, per paar werkplaatsen.</p>
						${this.section(this.flows, (f) => this.flowsMatrix(f))}
					</section>
				</div>
				<section class="card" aria-labelledby="ecosystem">
					<h2 id="ecosystem">Ecosysteem per provincie</h2>
					${this.section(this.ecosystem, (e) => this.ecosystemTable(e))}
				</section>
				<section class="card" aria-labelledby="exports">
					<h2 id="exports">Downloads voor ${this.year}</h2>
					<p class="sub">Dezelfde cijfers als bestand, bijvoorbeeld voor RVO.</p>
					<div class="exports">
						<button type="button" @click=${() => this.download('/exports/kpis', 'csv')}>KPI's (CSV)</button>
						<button type="button" @click=${() => this.download('/exports/kpis', 'xlsx')}>KPI's (Excel)</button>
						<button type="button" class="light" @click=${() => this.download('/exports/monitor?instrumentKey=NL-1-METING-V1', 'csv')}>1-meting (CSV)</button>
						<button type="button" class="light" @click=${() => this.download('/exports/monitor?instrumentKey=NL-1-METING-V1', 'xlsx')}>1-meting (Excel)</button>
					</div>
					<p role="status" class="sub" style="margin-top:10px">${this.exportMessage ?? ''}</p>
				</section>
			</main>`;
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'werkplaats-dashboard': WerkplaatsDashboard;
	}
}
