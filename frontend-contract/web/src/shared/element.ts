import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

import { WebWerkplaatsDocument, type WebWerkplaatsQuery } from '../components/gql/graphql.js';
import { ApiProblem, defaultEndpoint, run } from './api.js';
import { baseStyles } from './styles.js';
import { themeOf, themeStyle } from './theme.js';

export type Werkplaats = NonNullable<WebWerkplaatsQuery['werkplaats']>;

/** One request per endpoint and slug, however many components a page has. */
const werkplaatsen = new Map<string, Promise<Werkplaats | null>>();

export function loadWerkplaats(endpoint: string, slug: string): Promise<Werkplaats | null> {
	const key = `${endpoint} ${slug}`;
	let found = werkplaatsen.get(key);
	if (found === undefined) {
		found = run(WebWerkplaatsDocument, { slug }, { endpoint }).then((data) => data.werkplaats);
		found.catch(() => werkplaatsen.delete(key));
		werkplaatsen.set(key, found);
	}
	return found;
}

/**
 * What every component shares: the `api` and `slug` attributes, the werkplaats's branding
 * (fetched by slug, once per page) as the theme, the brand header and the loading and error
 * states.
 */
export abstract class WerkplaatsElement extends LitElement {
	static override styles: CSSResultGroup = [baseStyles];

	/** The GraphQL endpoint; by default the origin the bundle was loaded from + `/graphql`. */
	@property() api: string | null = null;

	/** The werkplaats, by slug. */
	@property() slug: string | null = null;

	/** `hide-header`: leave out the brand header (the host page shows its own). */
	@property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;

	@state() protected werkplaats: Werkplaats | null = null;

	@state() protected problem: string | null = null;

	protected get endpoint(): string {
		return this.api !== null && this.api !== '' ? this.api : defaultEndpoint();
	}

	protected override willUpdate(changed: PropertyValues<this>): void {
		if ((changed.has('slug') || changed.has('api')) && this.slug !== null && this.slug !== '') {
			void this.loadBranding(this.slug);
		}
	}

	private async loadBranding(slug: string): Promise<void> {
		try {
			const werkplaats = await loadWerkplaats(this.endpoint, slug);
			if (werkplaats === null) {
				this.problem = `Werkplaats „${slug}” is niet gevonden.`;
				return;
			}
			this.applyBranding(werkplaats);
			await this.werkplaatsLoaded(werkplaats);
		} catch (failure) {
			this.problem = failure instanceof ApiProblem ? failure.message : 'Er ging iets mis. Probeer het later opnieuw.';
		}
	}

	protected applyBranding(werkplaats: Werkplaats): void {
		this.werkplaats = werkplaats;
		this.setAttribute('style', themeStyle(themeOf(werkplaats.branding.primaryColor, werkplaats.branding.secondaryColor)));
	}

	/** Called once the werkplaats (and its theme) is known. */
	protected async werkplaatsLoaded(_werkplaats: Werkplaats): Promise<void> {}

	protected displayName(): string {
		return this.werkplaats?.branding.displayName ?? this.werkplaats?.name ?? '';
	}

	protected brandHeader(): TemplateResult | typeof nothing {
		if (this.hideHeader || this.werkplaats === null) {
			return nothing;
		}
		const { branding } = this.werkplaats;
		const name = this.displayName();
		const initials = name
			.split(/\s+/)
			.filter((word) => /^[A-ZÀ-Ý]/.test(word))
			.slice(0, 2)
			.map((word) => word.charAt(0))
			.join('');
		return html`<header class="brand">
			<div class="logo" aria-hidden="true">
				${branding.logoUrl !== null
					? html`<img src=${branding.logoUrl} alt="" @error=${(e: Event) => (e.target as HTMLElement).remove()} />`
					: nothing}
				<span>${initials}</span>
			</div>
			<div>
				<p class="brand-name">${name}</p>
				${branding.tagline !== null ? html`<p class="brand-tagline">${branding.tagline}</p>` : nothing}
			</div>
		</header>`;
	}

	/** The component's own content, once the werkplaats is known. */
	protected abstract content(): TemplateResult;

	protected override render(): TemplateResult {
		if (this.problem !== null) {
			return html`<div class="frame"><p class="notice" role="alert">${this.problem}</p></div>`;
		}
		if (this.werkplaats === null) {
			return html`<div class="frame"><p class="loading" role="status">Laden…</p></div>`;
		}
		return html`<div class="frame">${this.brandHeader()}${this.content()}</div>`;
	}
}
