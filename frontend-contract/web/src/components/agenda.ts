import { css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';

import { EventRegisterDocument, WebAgendaDocument, type EventRegisterInput, type WebAgendaQuery } from './gql/graphql.js';
import { ApiProblem, newIdempotencyKey, run } from '../shared/api.js';
import { errorSummary, fieldError, fromUserErrors, type ShownError } from '../shared/errors.js';
import { WerkplaatsElement, type Werkplaats } from '../shared/element.js';
import { EVENT_KINDS, formatDateTime, formatTime, label } from '../shared/labels.js';

type AgendaEvent = NonNullable<WebAgendaQuery['events']>['nodes'][number];

const LABELS: Record<string, string> = {
	name: 'Naam',
	email: 'E-mailadres',
	organisationName: 'Organisatie',
	kvkNumber: 'KVK-nummer',
	consent: 'Toestemming',
	eventId: 'Activiteit',
};

const PREFIX = 'wp-agenda-';

/** `<werkplaats-agenda slug="…">`: the werkplaats's upcoming events, each with a registration form. */
@customElement('werkplaats-agenda')
export class WerkplaatsAgenda extends WerkplaatsElement {
	static override styles = [
		WerkplaatsElement.styles,
		css`
			ol.events {
				list-style: none;
				margin: 0;
				padding: 0;
				display: grid;
				gap: 14px;
			}
			.event {
				display: grid;
				grid-template-columns: 72px 1fr;
				gap: 16px;
				border: 1px solid var(--wp-line);
				border-radius: var(--wp-radius);
				padding: 16px;
			}
			.date {
				background: var(--wp-primary);
				color: var(--wp-on-primary);
				border-radius: 8px;
				text-align: center;
				padding: 8px 4px;
				line-height: 1.1;
				height: fit-content;
			}
			.date .day {
				font-size: 1.6rem;
				font-weight: 700;
				display: block;
			}
			.date .month {
				text-transform: uppercase;
				font-size: 0.8rem;
				font-weight: 600;
			}
			.meta {
				color: var(--wp-muted);
				font-size: 0.95rem;
				margin-bottom: 8px;
			}
			.register {
				margin-top: 14px;
				padding-top: 14px;
				border-top: 1px solid var(--wp-line);
			}
			.full {
				font-weight: 700;
				color: var(--wp-error);
			}
			@media (max-width: 480px) {
				.event {
					grid-template-columns: 1fr;
				}
				.date {
					width: 72px;
				}
			}
		`,
	];

	@state() private events: AgendaEvent[] | null = null;

	@state() private open: string | null = null;

	@state() private errors: ShownError[] = [];

	@state() private sending = false;

	@state() private registered = new Map<string, string>();

	private idempotencyKey: string | null = null;

	protected override async werkplaatsLoaded(werkplaats: Werkplaats): Promise<void> {
		try {
			const data = await run(WebAgendaDocument, { slug: werkplaats.slug, first: 50 }, { endpoint: this.endpoint });
			const now = Date.now();
			this.events = (data.events?.nodes ?? []).filter((event) => new Date(event.endsAt ?? event.startsAt).getTime() >= now);
		} catch (failure) {
			this.problem = failure instanceof ApiProblem ? failure.message : 'De agenda kon niet worden geladen.';
		}
	}

	private async toggle(event: AgendaEvent): Promise<void> {
		this.open = this.open === event.id ? null : event.id;
		this.errors = [];
		this.idempotencyKey = null;
		await this.updateComplete;
		this.renderRoot.querySelector<HTMLInputElement>(`#${PREFIX}name`)?.focus();
	}

	private async submit(e: SubmitEvent, event: AgendaEvent): Promise<void> {
		e.preventDefault();
		if (this.sending) return;
		const data = new FormData(e.target as HTMLFormElement);
		const text = (name: string): string => String(data.get(name) ?? '').trim();
		const input: EventRegisterInput = {
			eventId: event.id,
			name: text('name'),
			email: text('email'),
			consent: data.get('consent') === 'on',
			followUpSurvey: data.get('followUpSurvey') === 'on',
		};
		if (text('organisationName') !== '') input.organisationName = text('organisationName');
		if (text('kvkNumber') !== '') input.kvkNumber = text('kvkNumber');
		if (text('website') !== '') input.website = text('website');
		this.idempotencyKey ??= newIdempotencyKey();
		this.sending = true;
		try {
			const answer = await run(EventRegisterDocument, { input }, { endpoint: this.endpoint, idempotencyKey: this.idempotencyKey });
			const { registered, userErrors } = answer.eventRegister;
			if (userErrors.length > 0 || !registered) {
				this.errors = userErrors.length > 0 ? fromUserErrors(userErrors) : [{ field: null, message: 'De aanmelding is niet gelukt.' }];
				await this.updateComplete;
				this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
				return;
			}
			this.registered = new Map(this.registered).set(event.id, input.email);
			this.open = null;
			this.errors = [];
			this.idempotencyKey = null;
			await this.updateComplete;
			this.renderRoot.querySelector<HTMLElement>(`[data-event="${event.id}"] .success`)?.focus();
		} catch (failure) {
			this.errors = [{ field: null, message: failure instanceof ApiProblem ? failure.message : 'De aanmelding is niet verstuurd. Probeer het opnieuw.' }];
		} finally {
			this.sending = false;
		}
	}

	private input(field: string, type: string, required: boolean, autocomplete: string): TemplateResult {
		const invalid = this.errors.some((error) => error.field === field);
		return html`<div class="field">
			<label for=${PREFIX + field}>${LABELS[field]}${required ? nothing : html` <span class="optional">(niet verplicht)</span>`}</label>
			${fieldError(this.errors, field, PREFIX)}
			<input
				id=${PREFIX + field}
				name=${field}
				type=${type}
				autocomplete=${autocomplete}
				aria-required=${required ? 'true' : 'false'}
				aria-invalid=${invalid ? 'true' : 'false'}
				aria-describedby=${invalid ? `${PREFIX}${field}-error` : nothing}
			/>
		</div>`;
	}

	private form(event: AgendaEvent): TemplateResult {
		return html`<form class="register" novalidate @submit=${(e: SubmitEvent) => this.submit(e, event)} @input=${() => (this.idempotencyKey = null)}
			aria-label=${`Aanmelden voor ${event.title}`}>
			<h4 class="visually-hidden">Aanmelden</h4>
			${errorSummary(this.errors, (field) => LABELS[field] ?? field, (field) => this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus())}
			<div class="grid-2">
				${this.input('name', 'text', true, 'name')} ${this.input('email', 'email', true, 'email')}
				${this.input('organisationName', 'text', false, 'organization')} ${this.input('kvkNumber', 'text', false, 'off')}
			</div>
			${fieldError(this.errors, 'consent', PREFIX)}
			<label class="choice"><input type="checkbox" name="consent" aria-invalid=${this.errors.some((e) => e.field === 'consent') ? 'true' : 'false'} />
				<span>Ik geef ${this.displayName()} toestemming om mijn gegevens voor deze activiteit op te slaan en te gebruiken. <strong>(verplicht)</strong></span></label>
			<label class="choice"><input type="checkbox" name="followUpSurvey" />
				<span>Stuur mij na afloop een korte vragenlijst over wat de activiteit heeft opgeleverd. <span class="optional">(niet verplicht)</span></span></label>
			<div class="honeypot" aria-hidden="true"><label>Laat dit veld leeg <input type="text" name="website" tabindex="-1" autocomplete="off" /></label></div>
			<div class="actions">
				<button type="submit" ?disabled=${this.sending}>${this.sending ? 'Bezig…' : 'Aanmelden'}</button>
				<button type="button" class="secondary" @click=${() => this.toggle(event)}>Annuleren</button>
			</div>
		</form>`;
	}

	private item(event: AgendaEvent): TemplateResult {
		const start = new Date(event.startsAt);
		const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', timeZone: 'Europe/Amsterdam' }).format(start);
		const month = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'Europe/Amsterdam' }).format(start);
		const cancelled = event.status === 'CANCELLED';
		const email = this.registered.get(event.id);
		return html`<li data-event=${event.id}>
			<article class="event" aria-labelledby=${`event-${event.id}`}>
				<div class="date" aria-hidden="true"><span class="day">${day}</span><span class="month">${month}</span></div>
				<div>
					<h3 id=${`event-${event.id}`}>${event.title}</h3>
					<p class="meta">
						${label(EVENT_KINDS, event.kind)} · ${formatDateTime(event.startsAt)}${event.endsAt !== null ? ` – ${formatTime(event.endsAt)}` : ''} ·
						${event.online ? 'Online' : (event.location ?? 'Locatie volgt')}
					</p>
					${event.description !== '' ? html`<p>${event.description}</p>` : nothing}
					${cancelled
						? html`<p class="full">Deze activiteit gaat niet door.</p>`
						: email !== undefined
							? html`<p class="success" tabindex="-1" role="status">U bent aangemeld. De bevestiging gaat naar ${email}.</p>`
							: event.full
								? html`<p class="full">Vol: er zijn geen plaatsen meer.</p>`
								: this.open === event.id
									? this.form(event)
									: html`<button type="button" @click=${() => this.toggle(event)} aria-expanded="false">Aanmelden<span class="visually-hidden"> voor ${event.title}</span></button>`}
				</div>
			</article>
		</li>`;
	}

	protected override content(): TemplateResult {
		if (this.events === null) {
			return html`<p class="loading" role="status">Agenda laden…</p>`;
		}
		return html`<h2>Agenda</h2>
			<p class="lead">Webinars, workshops en spreekuren van ${this.displayName()}. Aanmelden is gratis.</p>
			${this.events.length === 0
				? html`<p class="notice">Er staan op dit moment geen activiteiten gepland. Kijk binnenkort nog eens.</p>`
				: html`<ol class="events">${this.events.map((event) => this.item(event))}</ol>`}`;
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'werkplaats-agenda': WerkplaatsAgenda;
	}
}
