import { css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';

import { WebMenuDocument, type WebMenuQuery } from './gql/graphql.js';
import { ApiProblem, run } from '../shared/api.js';
import { WerkplaatsElement, type Werkplaats } from '../shared/element.js';
import { ARCHETYPES, DURATION_UNITS, EDUCATION_LEVELS, FORMATS, PERIODS, SIZE_CLASSES, THEMES, formatEuro, label } from '../shared/labels.js';

type Offer = NonNullable<WebMenuQuery['werkplaats']>['offers']['nodes'][number];

const PAGE = 50;

function duration(offer: Offer): string | null {
	if (offer.typicalDuration === null) return null;
	const [one, many] = DURATION_UNITS[offer.typicalDuration.unit];
	return `${offer.typicalDuration.amount} ${offer.typicalDuration.amount === 1 ? one : many}`;
}

function price(offer: Offer): string {
	return offer.isFree || offer.fee === null ? 'Gratis' : formatEuro(offer.fee.amountInCents);
}

/**
 * `<werkplaats-menu slug="…">`: the werkplaats's published menukaart, every page of it, with
 * filters on theme and format and a detail view per offer.
 */
@customElement('werkplaats-menu')
export class WerkplaatsMenu extends WerkplaatsElement {
	static override styles = [
		WerkplaatsElement.styles,
		css`
			.filters {
				display: flex;
				flex-wrap: wrap;
				gap: 12px 16px;
				align-items: flex-end;
				margin-bottom: 16px;
			}
			.filters .field {
				margin: 0;
				min-width: 200px;
				flex: 1 1 200px;
			}
			.count {
				color: var(--wp-muted);
				margin: 0 0 12px;
			}
			ul.offers {
				list-style: none;
				margin: 0;
				padding: 0;
				display: grid;
				grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
				gap: 16px;
			}
			.card {
				border: 1px solid var(--wp-line);
				border-radius: var(--wp-radius);
				padding: 18px;
				display: flex;
				flex-direction: column;
				gap: 8px;
				height: 100%;
				background: #fff;
			}
			.card:hover {
				box-shadow: 0 6px 18px rgba(16, 24, 40, 0.08);
			}
			.card h3 {
				margin: 0;
			}
			.card .summary {
				color: var(--wp-muted);
				flex: 1;
				display: -webkit-box;
				-webkit-line-clamp: 3;
				-webkit-box-orient: vertical;
				overflow: hidden;
			}
			.meta {
				display: flex;
				flex-wrap: wrap;
				gap: 4px 16px;
				font-size: 0.9rem;
				color: var(--wp-muted);
			}
			.format {
				color: var(--wp-primary-text);
				font-weight: 700;
				text-transform: uppercase;
				letter-spacing: 0.04em;
				font-size: 0.8rem;
			}
			dl {
				display: grid;
				grid-template-columns: minmax(140px, max-content) 1fr;
				gap: 8px 20px;
				margin: 20px 0;
			}
			dt {
				font-weight: 600;
			}
			dd {
				margin: 0;
			}
			.detail .description {
				white-space: pre-line;
				font-size: 1.05rem;
			}
		`,
	];

	@state() private offers: Offer[] | null = null;

	@state() private theme = '';

	@state() private format = '';

	@state() private selected: Offer | null = null;

	private opener: string | null = null;

	protected override async werkplaatsLoaded(werkplaats: Werkplaats): Promise<void> {
		try {
			const offers: Offer[] = [];
			let after: string | null = null;
			do {
				const data: WebMenuQuery = await run(WebMenuDocument, { slug: werkplaats.slug, first: PAGE, after }, { endpoint: this.endpoint });
				const page = data.werkplaats?.offers;
				if (page === undefined) break;
				offers.push(...page.nodes);
				after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
			} while (after !== null);
			this.offers = offers;
		} catch (failure) {
			this.problem = failure instanceof ApiProblem ? failure.message : 'De menukaart kon niet worden geladen.';
		}
	}

	private get visible(): Offer[] {
		return (this.offers ?? []).filter(
			(offer) => (this.theme === '' || offer.themes.includes(this.theme as Offer['themes'][number])) && (this.format === '' || offer.format === this.format),
		);
	}

	private async open(offer: Offer): Promise<void> {
		this.opener = offer.id;
		this.selected = offer;
		await this.updateComplete;
		this.renderRoot.querySelector<HTMLElement>('.detail h2')?.focus();
	}

	private async close(): Promise<void> {
		this.selected = null;
		await this.updateComplete;
		this.renderRoot.querySelector<HTMLElement>(`[data-offer="${this.opener}"] button`)?.focus();
	}

	private detail(offer: Offer): TemplateResult {
		const period = offer.availablePeriods.map((p) => label(PERIODS, p)).join(', ');
		return html`<article class="detail" aria-labelledby="offer-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.close()}>
			<button type="button" class="link" @click=${this.close}>← Terug naar de menukaart</button>
			<p class="format" style="margin-top:16px">${label(FORMATS, offer.format)}</p>
			<h2 id="offer-title" tabindex="-1">${offer.title}</h2>
			<div>${offer.themes.map((t) => html`<span class="tag">${label(THEMES, t)}</span>`)}</div>
			${offer.description !== '' ? html`<p class="description">${offer.description}</p>` : nothing}
			<dl>
				<dt>Vorm</dt>
				<dd>${label(FORMATS, offer.format)} · ${label(ARCHETYPES, offer.archetype)}</dd>
				<dt>Kosten</dt>
				<dd>${price(offer)}</dd>
				${duration(offer) !== null ? html`<dt>Duur</dt><dd>${duration(offer)}</dd>` : nothing}
				${period !== '' ? html`<dt>Beschikbaar</dt><dd>${period}</dd>` : nothing}
				${offer.educationLevels.length > 0
					? html`<dt>Met studenten</dt><dd>${offer.educationLevels.map((l) => label(EDUCATION_LEVELS, l)).join(', ')}</dd>`
					: nothing}
				${offer.targetGroup.sizeClasses.length > 0
					? html`<dt>Voor</dt><dd>${offer.targetGroup.sizeClasses.map((s) => label(SIZE_CLASSES, s)).join(', ')}</dd>`
					: nothing}
				${offer.capacity !== null ? html`<dt>Plaatsen</dt><dd>${offer.capacity} bedrijven tegelijk</dd>` : nothing}
			</dl>
			<p>Interesse? Stel uw vraag via het intakeformulier of neem contact op met ${this.displayName()}${
				this.werkplaats?.contact.email != null ? html` via <a href=${`mailto:${this.werkplaats.contact.email}`}>${this.werkplaats.contact.email}</a>` : nothing
			}.</p>
		</article>`;
	}

	protected override content(): TemplateResult {
		if (this.offers === null) {
			return html`<p class="loading" role="status">Menukaart laden…</p>`;
		}
		if (this.selected !== null) {
			return this.detail(this.selected);
		}
		const themes = [...new Set(this.offers.flatMap((offer) => offer.themes))];
		const formats = [...new Set(this.offers.map((offer) => offer.format))];
		const visible = this.visible;
		return html`<h2>Menukaart</h2>
			<p class="lead">Wat ${this.displayName()} voor ondernemers doet, met studenten, docenten en experts.</p>
			<div class="filters" role="group" aria-label="Filters">
				<div class="field">
					<label for="theme">Thema</label>
					<select id="theme" @change=${(e: Event) => (this.theme = (e.target as HTMLSelectElement).value)}>
						<option value="">Alle thema's</option>
						${themes.map((t) => html`<option value=${t} ?selected=${this.theme === t}>${label(THEMES, t)}</option>`)}
					</select>
				</div>
				<div class="field">
					<label for="format">Vorm</label>
					<select id="format" @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value)}>
						<option value="">Alle vormen</option>
						${formats.map((f) => html`<option value=${f} ?selected=${this.format === f}>${label(FORMATS, f)}</option>`)}
					</select>
				</div>
			</div>
			<p class="count" role="status" aria-live="polite">
				${visible.length === 1 ? '1 aanbod' : `${visible.length} aanbiedingen`}${visible.length < this.offers.length ? ` van ${this.offers.length}` : ''}
			</p>
			${visible.length === 0
				? html`<p class="notice">Er is geen aanbod dat bij deze filters past.</p>`
				: html`<ul class="offers">
						${visible.map(
							(offer) => html`<li data-offer=${offer.id}>
								<article class="card">
									<p class="format" style="margin:0">${label(FORMATS, offer.format)}</p>
									<h3 data-title>${offer.title}</h3>
									<p class="summary">${offer.description}</p>
									<div class="meta">
										<span>${price(offer)}</span>${duration(offer) !== null ? html`<span>${duration(offer)}</span>` : nothing}
									</div>
									<div>${offer.themes.map((t) => html`<span class="tag">${label(THEMES, t)}</span>`)}</div>
									<div>
										<button type="button" class="secondary" @click=${() => this.open(offer)} aria-label=${`Meer over ${offer.title}`}>
											Meer informatie
										</button>
									</div>
								</article>
							</li>`,
						)}
					</ul>`}`;
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'werkplaats-menu': WerkplaatsMenu;
	}
}
