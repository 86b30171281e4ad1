import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';

import {
	IntakeSubmitDocument,
	type BaselineObstacle,
	type DigitalMaturity,
	type Expectation,
	type FoundVia,
	type IntakeSubmitInput,
	type OrganisationDetailsInput,
	type OrganisationPhase,
	type Province,
	type SizeClass,
} from './gql/graphql.js';
import { ApiProblem, newIdempotencyKey, run } from '../shared/api.js';
import { errorSummary, fieldError, fromUserErrors, type ShownError } from '../shared/errors.js';
import { WerkplaatsElement } from '../shared/element.js';
import {
	BASELINE_OBSTACLES,
	DIGITAL_MATURITY,
	EXPECTATIONS,
	FOUND_VIA,
	PHASES,
	PROVINCES,
	SBI_SECTIONS,
	SIZE_CLASSES,
} from '../shared/labels.js';
import { formStyles } from './form-styles.js';

/** The labels of the fields, for the error summary. */
const LABELS: Record<string, string> = {
	organisationName: 'Naam organisatie',
	kvkNumber: 'KVK-nummer',
	contactName: 'Uw naam',
	contactEmail: 'E-mailadres',
	contactPhone: 'Telefoonnummer',
	question: 'Uw vraag',
	'baseline.foundVia': 'Hoe bent u in aanraking gekomen met de werkplaats?',
	'baseline.foundViaOther': 'Anders, namelijk',
	'baseline.reason': 'Aanleiding',
	'baseline.maturity': 'Hoe digitaal is uw organisatie?',
	'baseline.obstacles': 'Factoren voor succes',
	'baseline.expectation': 'Uw verwachting',
	'organisationDetails.sbiSection': 'SBI-sectie',
	'organisationDetails.sbiCode': 'SBI-code',
	'organisationDetails.sizeClass': 'Grootte',
	'organisationDetails.phase': 'Fase',
	'organisationDetails.street': 'Straat en huisnummer',
	'organisationDetails.postcode': 'Postcode',
	'organisationDetails.city': 'Plaats',
	'organisationDetails.gemeente': 'Gemeente',
	'organisationDetails.province': 'Provincie',
	'organisationDetails.digitalMaturity': 'Digitale volwassenheid',
	consent: 'Toestemming',
	shareWithNetwork: 'Delen met het netwerk',
	followUpSurvey: 'Vragenlijst na afloop',
};

const PREFIX = 'wp-intake-';

/**
 * `<werkplaats-intake slug="…">`: the public intake form with the national 0-meting, exactly as
 * the contract's `IntakeSubmitInput` has it. Sends `intakeSubmit` with an Idempotency-Key that is
 * fresh for every intended submission and the same on a retry of it.
 */
@customElement('werkplaats-intake')
export class WerkplaatsIntake extends WerkplaatsElement {
	static override styles = [WerkplaatsElement.styles, formStyles];

	@state() private errors: ShownError[] = [];

	@state() private reference: string | null = null;

	@state() private sending = false;

	@state() private foundVia: string = '';

	/** The key of the submission being made; a change of the form makes it another one. */
	private idempotencyKey: string | null = null;

	private get form(): HTMLFormElement | null {
		return this.renderRoot.querySelector('form');
	}

	private changed(): void {
		this.idempotencyKey = null;
	}

	private values(form: HTMLFormElement): { input: IntakeSubmitInput; missing: ShownError[] } {
		const data = new FormData(form);
		const text = (name: string): string => String(data.get(name) ?? '').trim();
		const optional = (name: string): string | undefined => (text(name) === '' ? undefined : text(name));
		const missing: ShownError[] = [];
		const foundVia = optional('baseline.foundVia');
		const maturity = optional('baseline.maturity');
		const expectation = optional('baseline.expectation');
		// The API refuses a request without these (they are non-null in the schema) before it
		// can answer per field, so they are checked here; everything else the API checks.
		if (foundVia === undefined) missing.push({ field: 'baseline.foundVia', message: 'Kies hoe u met de werkplaats in aanraking kwam.' });
		if (maturity === undefined) missing.push({ field: 'baseline.maturity', message: 'Kies een cijfer van 1 tot 10.' });
		if (expectation === undefined) missing.push({ field: 'baseline.expectation', message: 'Kies uw verwachting.' });
		const details: OrganisationDetailsInput = {};
		for (const key of ['sbiSection', 'sbiCode', 'street', 'postcode', 'city', 'gemeente'] as const) {
			const value = optional(`organisationDetails.${key}`);
			if (value !== undefined) details[key] = value;
		}
		const sizeClass = optional('organisationDetails.sizeClass');
		if (sizeClass !== undefined) details.sizeClass = sizeClass as SizeClass;
		const phase = optional('organisationDetails.phase');
		if (phase !== undefined) details.phase = phase as OrganisationPhase;
		const province = optional('organisationDetails.province');
		if (province !== undefined) details.province = province as Province;
		const digitalMaturity = optional('organisationDetails.digitalMaturity');
		if (digitalMaturity !== undefined) details.digitalMaturity = digitalMaturity as DigitalMaturity;
		const input: IntakeSubmitInput = {
			werkplaatsSlug: this.slug ?? '',
			kvkNumber: text('kvkNumber'),
			organisationName: text('organisationName'),
			contactName: text('contactName'),
			contactEmail: text('contactEmail'),
			question: text('question'),
			consent: data.get('consent') === 'on',
			shareWithNetwork: data.get('shareWithNetwork') === 'on',
			followUpSurvey: data.get('followUpSurvey') === 'on',
			baseline: {
				foundVia: (foundVia ?? 'OTHER') as FoundVia,
				maturity: Number(maturity ?? 0),
				expectation: (expectation ?? 'CONCRETE_RESULT') as Expectation,
				obstacles: data.getAll('baseline.obstacles').map(String) as BaselineObstacle[],
			},
		};
		const phone = optional('contactPhone');
		if (phone !== undefined) input.contactPhone = phone;
		const foundViaOther = optional('baseline.foundViaOther');
		if (foundVia === 'OTHER' && foundViaOther !== undefined) input.baseline.foundViaOther = foundViaOther;
		const reason = optional('baseline.reason');
		if (reason !== undefined) input.baseline.reason = reason;
		if (Object.keys(details).length > 0) input.organisationDetails = details;
		// The honeypot: people leave it empty; what a bot fills in is sent, so the API can ignore it.
		const website = optional('website');
		if (website !== undefined) input.website = website;
		return { input, missing };
	}

	private async submit(event: SubmitEvent): Promise<void> {
		event.preventDefault();
		const form = this.form;
		if (form === null || this.sending) return;
		const { input, missing } = this.values(form);
		if (missing.length > 0) {
			this.show(missing);
			return;
		}
		this.idempotencyKey ??= newIdempotencyKey();
		this.sending = true;
		try {
			const data = await run(IntakeSubmitDocument, { input }, { endpoint: this.endpoint, idempotencyKey: this.idempotencyKey });
			const { reference, userErrors } = data.intakeSubmit;
			if (userErrors.length > 0 || reference === null) {
				this.show(userErrors.length > 0 ? fromUserErrors(userErrors) : [{ field: null, message: 'Uw vraag is niet verstuurd. Probeer het opnieuw.' }]);
				return;
			}
			this.errors = [];
			this.reference = reference;
			this.idempotencyKey = null;
			await this.updateComplete;
			this.renderRoot.querySelector<HTMLElement>('.success h2')?.focus();
			this.dispatchEvent(new CustomEvent('werkplaats-intake-submitted', { detail: { reference }, bubbles: true, composed: true }));
		} catch (failure) {
			// Nothing is known to be stored: the same key goes with a retry of the same form.
			this.show([{ field: null, message: failure instanceof ApiProblem ? failure.message : 'Uw vraag is niet verstuurd. Probeer het opnieuw.' }]);
		} finally {
			this.sending = false;
		}
	}

	private async show(errors: ShownError[]): Promise<void> {
		this.errors = errors;
		await this.updateComplete;
		this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
	}

	private focusField = (field: string): void => {
		const control = this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`);
		if (control === null) return;
		control.closest('details')?.setAttribute('open', '');
		control.focus();
		control.scrollIntoView({ block: 'center' });
	};

	private invalid(field: string): 'true' | 'false' {
		return this.errors.some((error) => error.field === field) ? 'true' : 'false';
	}

	private describedBy(field: string, hint = false): string {
		const ids = [];
		if (hint) ids.push(`${PREFIX}${field}-hint`);
		if (this.invalid(field) === 'true') ids.push(`${PREFIX}${field}-error`);
		return ids.join(' ');
	}

	private textField(field: string, options: { type?: string; required?: boolean; hint?: string; autocomplete?: string; inputmode?: string; maxlength?: number } = {}): TemplateResult {
		const id = `${PREFIX}${field}`;
		return html`<div class="field">
			<label for=${id}>${LABELS[field]}${options.required === true ? nothing : html` <span class="optional">(niet verplicht)</span>`}</label>
			${options.hint !== undefined ? html`<span class="hint" id=${`${id}-hint`}>${options.hint}</span>` : nothing}
			${fieldError(this.errors, field, PREFIX)}
			<input
				id=${id}
				name=${field}
				type=${options.type ?? 'text'}
				autocomplete=${options.autocomplete ?? 'off'}
				inputmode=${options.inputmode ?? nothing}
				maxlength=${options.maxlength ?? nothing}
				aria-required=${options.required === true ? 'true' : 'false'}
				aria-invalid=${this.invalid(field)}
				aria-describedby=${this.describedBy(field, options.hint !== undefined)}
			/>
		</div>`;
	}

	private radios(field: string, legend: string, options: Record<string, string>, hint?: string): TemplateResult {
		const id = `${PREFIX}${field}`;
		return html`<fieldset class="field" aria-invalid=${this.invalid(field)} aria-describedby=${this.describedBy(field, hint !== undefined)}>
			<legend>${legend}</legend>
			${hint !== undefined ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
			${fieldError(this.errors, field, PREFIX)}
			${Object.entries(options).map(
				([value, text], i) => html`<label class="choice" for=${`${id}-${i}`}>
					<input
						type="radio"
						id=${`${id}-${i}`}
						name=${field}
						value=${value}
						@change=${field === 'baseline.foundVia' ? () => (this.foundVia = value) : nothing}
					/>
					<span>${String.fromCharCode(97 + i)}) ${text}</span>
				</label>`,
			)}
		</fieldset>`;
	}

	private select(field: string, options: Record<string, string>): TemplateResult {
		const id = `${PREFIX}${field}`;
		return html`<div class="field">
			<label for=${id}>${LABELS[field]} <span class="optional">(niet verplicht)</span></label>
			${fieldError(this.errors, field, PREFIX)}
			<select id=${id} name=${field} aria-invalid=${this.invalid(field)} aria-describedby=${this.describedBy(field)}>
				<option value="">Kies…</option>
				${Object.entries(options).map(([value, text]) => html`<option value=${value}>${text}</option>`)}
			</select>
		</div>`;
	}

	private success(): TemplateResult {
		return html`<div class="success" role="status">
			<h2 tabindex="-1">Bedankt, uw vraag is verstuurd</h2>
			<p>Uw referentie is</p>
			<p class="reference" data-reference>${this.reference}</p>
			<p>
				U ontvangt een bevestiging per e-mail met deze referentie. ${this.displayName()} neemt contact met u op
				over de volgende stap.
			</p>
			<button type="button" class="secondary" @click=${() => ((this.reference = null), (this.foundVia = ''))}>Nog een vraag stellen</button>
		</div>`;
	}

	protected override content(): TemplateResult {
		if (this.reference !== null) {
			return this.success();
		}
		const name = this.displayName();
		return html`<h2>Stel uw vraag aan ${name}</h2>
			<p class="lead">
				Vertel ons waar uw organisatie mee aan de slag wil. Velden zonder „(niet verplicht)” zijn verplicht. Het invullen
				duurt ongeveer vijf minuten.
			</p>
			${errorSummary(this.errors, (field) => LABELS[field] ?? field, this.focusField)}
			<form novalidate @submit=${this.submit} @input=${this.changed} @change=${this.changed} aria-label=${`Intakeformulier ${name}`}>
				<fieldset class="section">
					<legend>Uw organisatie</legend>
					<div class="grid-2">
						${this.textField('organisationName', { required: true, autocomplete: 'organization' })}
						${this.textField('kvkNumber', { required: true, hint: '8 cijfers, bijvoorbeeld 12345678', inputmode: 'numeric' })}
					</div>
				</fieldset>
				<fieldset class="section">
					<legend>Contactpersoon</legend>
					<div class="grid-2">
						${this.textField('contactName', { required: true, autocomplete: 'name' })}
						${this.textField('contactEmail', { type: 'email', required: true, autocomplete: 'email', hint: 'Hierheen sturen we de bevestiging.' })}
						${this.textField('contactPhone', { type: 'tel', autocomplete: 'tel' })}
					</div>
				</fieldset>
				<fieldset class="section">
					<legend>Uw vraag</legend>
					<div class="field">
						<label for=${`${PREFIX}question`}>Met welk vraagstuk wilt u samen met de werkplaats aan de slag?</label>
						<span class="hint" id=${`${PREFIX}question-hint`}>In uw eigen woorden, maximaal 5000 tekens.</span>
						${fieldError(this.errors, 'question', PREFIX)}
						<textarea
							id=${`${PREFIX}question`}
							name="question"
							rows="5"
							maxlength="5000"
							aria-required="true"
							aria-invalid=${this.invalid('question')}
							aria-describedby=${this.describedBy('question', true)}
						></textarea>
					</div>
				</fieldset>
				<fieldset class="section">
					<legend>Een paar vragen vooraf (0-meting)</legend>
					<p class="hint">Met deze vragen van de landelijke monitor volgen de werkplaatsen wat hun hulp oplevert.</p>
					${this.radios('baseline.foundVia', '1. Hoe bent u in aanraking gekomen met de werkplaats?', FOUND_VIA, 'Eén antwoord.')}
					${this.foundVia === 'OTHER'
						? this.textField('baseline.foundViaOther', { required: true, hint: 'Hoe dan?' })
						: nothing}
					<div class="field">
						<label for=${`${PREFIX}baseline.reason`}
							>2. Wat was de aanleiding om de werkplaats te betrekken in uw vraagstuk? <span class="optional">(niet verplicht)</span></label
						>
						${fieldError(this.errors, 'baseline.reason', PREFIX)}
						<textarea
							id=${`${PREFIX}baseline.reason`}
							name="baseline.reason"
							rows="3"
							maxlength="2000"
							aria-invalid=${this.invalid('baseline.reason')}
							aria-describedby=${this.describedBy('baseline.reason')}
						></textarea>
					</div>
					<fieldset class="field" aria-invalid=${this.invalid('baseline.maturity')} aria-describedby=${`${PREFIX}baseline.maturity-hint ${this.describedBy('baseline.maturity')}`}>
						<legend>3. Hoe dicht staat uw organisatie bij het ideaal van een digitale organisatie?</legend>
						<span class="hint" id=${`${PREFIX}baseline.maturity-hint`}>1 is nog ver weg, 10 is het ideaal.</span>
						${fieldError(this.errors, 'baseline.maturity', PREFIX)}
						<div class="scale">
							${Array.from({ length: 10 }, (_, i) => i + 1).map(
								(n) => html`<label
									><input type="radio" name="baseline.maturity" value=${String(n)} aria-label=${`${n} van 10`} /><span aria-hidden="true"
										>${n}</span
									></label
								>`,
							)}
						</div>
						<div class="scale-ends" aria-hidden="true"><span>ver weg</span><span>ideaal</span></div>
					</fieldset>
					<fieldset class="field" aria-invalid=${this.invalid('baseline.obstacles')} aria-describedby=${this.describedBy('baseline.obstacles')}>
						<legend>4. Welke factoren spelen een rol bij het behalen van succes met digitalisering?</legend>
						<span class="hint">Meerdere antwoorden mogelijk.</span>
						${fieldError(this.errors, 'baseline.obstacles', PREFIX)}
						${Object.entries(BASELINE_OBSTACLES).map(
							([value, text], i) => html`<label class="choice"
								><input type="checkbox" name="baseline.obstacles" value=${value} /><span>${String.fromCharCode(97 + i)}) ${text}</span></label
							>`,
						)}
					</fieldset>
					${this.radios('baseline.expectation', '5. Met welke verwachting stapt u in de samenwerking binnen de werkplaats?', EXPECTATIONS, 'Eén antwoord.')}
				</fieldset>
				<details class="section-details">
					<summary>Meer over uw organisatie <span class="optional">(niet verplicht)</span></summary>
					<p class="hint">Alleen nodig als uw organisatie nog niet bij ons bekend is.</p>
					<div class="grid-2">
						${this.select('organisationDetails.sizeClass', SIZE_CLASSES)} ${this.select('organisationDetails.phase', PHASES)}
						${this.select('organisationDetails.sbiSection', Object.fromEntries(SBI_SECTIONS.map((letter) => [letter, letter])))}
						${this.textField('organisationDetails.sbiCode', { hint: '2 tot 5 cijfers', inputmode: 'numeric' })}
						${this.textField('organisationDetails.street', { autocomplete: 'address-line1' })}
						${this.textField('organisationDetails.postcode', { autocomplete: 'postal-code', hint: 'Bijvoorbeeld 9712 CP' })}
						${this.textField('organisationDetails.city', { autocomplete: 'address-level2' })}
						${this.textField('organisationDetails.gemeente')} ${this.select('organisationDetails.province', PROVINCES)}
						${this.select('organisationDetails.digitalMaturity', DIGITAL_MATURITY)}
					</div>
				</details>
				<fieldset class="section">
					<legend>Toestemming</legend>
					${fieldError(this.errors, 'consent', PREFIX)}
					<label class="choice" for=${`${PREFIX}consent`}>
						<input type="checkbox" id=${`${PREFIX}consent`} name="consent" aria-invalid=${this.invalid('consent')} aria-describedby=${this.describedBy('consent')} />
						<span
							>Ik geef ${name} toestemming om deze gegevens op te slaan en te gebruiken om mijn vraag te behandelen.
							<strong>(verplicht)</strong></span
						>
					</label>
					${fieldError(this.errors, 'shareWithNetwork', PREFIX)}
					<label class="choice" for=${`${PREFIX}shareWithNetwork`}>
						<input type="checkbox" id=${`${PREFIX}shareWithNetwork`} name="shareWithNetwork" />
						<span
							>Ik geef toestemming om het traject van mijn organisatie te delen met de andere Digitale Werkplaatsen van het
							netwerk, zodat een werkplaats waarnaar ik word doorverwezen of waarmee ik later werk het kan inzien.
							<span class="optional">(niet verplicht)</span></span
						>
					</label>
					<label class="choice" for=${`${PREFIX}followUpSurvey`}>
						<input type="checkbox" id=${`${PREFIX}followUpSurvey`} name="followUpSurvey" />
						<span
							>Ik ontvang graag een half jaar na afloop een korte vragenlijst per e-mail over wat de hulp heeft opgeleverd
							(1-meting). <span class="optional">(niet verplicht)</span></span
						>
					</label>
					<p class="hint">U kunt elke toestemming altijd intrekken via ${name}.</p>
				</fieldset>
				<div class="honeypot" aria-hidden="true">
					<label for=${`${PREFIX}website`}>Laat dit veld leeg</label>
					<input type="text" id=${`${PREFIX}website`} name="website" tabindex="-1" autocomplete="off" />
				</div>
				<div class="actions">
					<button type="submit" ?disabled=${this.sending}>${this.sending ? 'Bezig met versturen…' : 'Vraag versturen'}</button>
				</div>
			</form>`;
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'werkplaats-intake': WerkplaatsIntake;
	}
}
