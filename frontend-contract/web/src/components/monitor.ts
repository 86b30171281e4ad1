import { css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import { MonitorFormDocument, MonitorResponseSubmitDocument, type MonitorAnswerInput, type MonitorFormQuery } from './gql/graphql.js';
import { ApiProblem, newIdempotencyKey, run } from '../shared/api.js';
import { errorSummary, fieldError, fromUserErrors, type ShownError } from '../shared/errors.js';
import { WerkplaatsElement } from '../shared/element.js';

type Form = NonNullable<MonitorFormQuery['monitorForm']>;
type Question = Form['questions'][number];

const PREFIX = 'wp-monitor-';
const LINK_GONE = new Set(['LINK_INVALID', 'LINK_EXPIRED', 'LINK_USED']);

/**
 * `<werkplaats-monitor>`: the monitor's survey (1-meting, impact matrix) for the personal link
 * the page was opened with (`?token=…`, or the `token` attribute), in the werkplaats's colours.
 */
@customElement('werkplaats-monitor')
export class WerkplaatsMonitor extends WerkplaatsElement {
	static override styles = [
		WerkplaatsElement.styles,
		css`
			.group {
				font-weight: 700;
				margin: 24px 0 8px;
			}
			.question {
				border-top: 1px solid var(--wp-line);
				padding-top: 16px;
			}
			.choices.inline {
				display: flex;
				flex-wrap: wrap;
				gap: 4px 18px;
			}
			.takes-text {
				margin: 4px 0 8px 30px;
				max-width: 420px;
			}
		`,
	];

	/** The personal link's token; by default the page's `?token=`. */
	@property() token: string | null = null;

	@state() private form: Form | null = null;

	@state() private errors: ShownError[] = [];

	@state() private answered = false;

	@state() private sending = false;

	@state() private chosen = new Set<string>();

	private idempotencyKey: string | null = null;

	override connectedCallback(): void {
		super.connectedCallback();
		void this.load();
	}

	private async load(): Promise<void> {
		const token = this.token ?? new URLSearchParams(window.location.search).get('token');
		if (token === null || token === '') {
			this.problem = 'Deze pagina opent een vragenlijst via de persoonlijke link uit uw e-mail. Er is geen link meegegeven.';
			return;
		}
		this.token = token;
		try {
			const data = await run(MonitorFormDocument, { token }, { endpoint: this.endpoint });
			if (data.monitorForm === null) {
				this.problem = 'Deze link werkt niet (meer). Misschien is de vragenlijst al ingevuld of is de link verlopen. Neem contact op met de werkplaats voor een nieuwe link.';
				return;
			}
			const { werkplaats } = data.monitorForm;
			this.applyBranding({
				id: werkplaats.id,
				slug: '',
				name: werkplaats.name,
				branding: { ...werkplaats.branding, secondaryColor: null, tagline: null },
				contact: { email: null, phone: null },
			});
			this.form = data.monitorForm;
		} catch (failure) {
			this.problem = failure instanceof ApiProblem ? failure.message : 'De vragenlijst kon niet worden geladen.';
		}
	}

	private async submit(e: SubmitEvent): Promise<void> {
		e.preventDefault();
		if (this.form === null || this.token === null || this.sending) return;
		const data = new FormData(e.target as HTMLFormElement);
		const answers: MonitorAnswerInput[] = [];
		for (const question of this.form.questions) {
			const values = data.getAll(question.key).map(String).filter((v) => v !== '');
			if (question.kind === 'OPEN') {
				const text = String(data.get(question.key) ?? '').trim();
				if (text !== '') answers.push({ question: question.key, text });
				continue;
			}
			if (values.length === 0) continue;
			const answer: MonitorAnswerInput = { question: question.key, values };
			const withText = question.options.find((o) => o.takesText && values.includes(o.value));
			if (withText !== undefined) {
				const text = String(data.get(`${question.key}.text`) ?? '').trim();
				if (text !== '') answer.text = text;
			}
			answers.push(answer);
		}
		this.idempotencyKey ??= newIdempotencyKey();
		this.sending = true;
		try {
			const result = await run(MonitorResponseSubmitDocument, { input: { token: this.token, answers } }, { endpoint: this.endpoint, idempotencyKey: this.idempotencyKey });
			const { answered, userErrors } = result.monitorResponseSubmit;
			if (userErrors.some((error) => LINK_GONE.has(error.code))) {
				this.problem = userErrors.find((error) => LINK_GONE.has(error.code))?.message ?? 'Deze link werkt niet (meer).';
				return;
			}
			if (userErrors.length > 0 || !answered) {
				// `["answers", "q2"]` names the question: shown at it.
				this.errors = fromUserErrors(userErrors).map((error) => ({ ...error, field: error.field?.replace(/^answers\./, '') ?? null }));
				await this.updateComplete;
				this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
				return;
			}
			this.answered = true;
			await this.updateComplete;
			this.renderRoot.querySelector<HTMLElement>('.success h2')?.focus();
		} catch (failure) {
			this.errors = [{ field: null, message: failure instanceof ApiProblem ? failure.message : 'Uw antwoorden zijn niet verstuurd. Probeer het opnieuw.' }];
		} finally {
			this.sending = false;
		}
	}

	private onChange(e: Event): void {
		this.idempotencyKey = null;
		const target = e.target as HTMLInputElement;
		if (target.type === 'radio' || target.type === 'checkbox') {
			const key = `${target.name}=${target.value}`;
			const next = new Set([...this.chosen].filter((k) => target.type === 'checkbox' || !k.startsWith(`${target.name}=`)));
			if (target.checked) next.add(key);
			else next.delete(key);
			this.chosen = next;
		}
	}

	private question(question: Question, index: number, previousGroup: string | null): TemplateResult {
		const id = `${PREFIX}${question.key}`;
		const invalid = this.errors.some((error) => error.field === question.key);
		const required = question.required ? nothing : html` <span class="optional">(niet verplicht)</span>`;
		const group = question.group !== null && question.group !== previousGroup ? html`<p class="group">${question.group}</p>` : nothing;
		if (question.kind === 'OPEN') {
			return html`${group}<div class="field question">
					<label for=${id}>${question.text}${required}</label>
					${fieldError(this.errors, question.key, PREFIX)}
					<textarea id=${id} name=${question.key} maxlength="2000" aria-invalid=${invalid ? 'true' : 'false'}
						aria-describedby=${invalid ? `${id}-error` : nothing}></textarea>
				</div>`;
		}
		const type = question.kind === 'MULTIPLE_CHOICE' ? 'checkbox' : 'radio';
		const inline = question.kind === 'SCALE' && question.options.every((o) => o.label.length <= 3);
		return html`${group}<fieldset class="field question" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${id}-error` : nothing}>
				<legend>${question.group !== null ? '' : `${index + 1}. `}${question.text}${required}</legend>
				${question.kind === 'MULTIPLE_CHOICE' ? html`<span class="hint">Meerdere antwoorden mogelijk.</span>` : nothing}
				${fieldError(this.errors, question.key, PREFIX)}
				<div class=${inline ? 'scale' : 'choices'}>
					${question.options.map((option, i) =>
						inline
							? html`<label><input type="radio" name=${question.key} value=${option.value} aria-label=${option.label} /><span aria-hidden="true">${option.label}</span></label>`
							: html`<label class="choice"><input type=${type} name=${question.key} value=${option.value} id=${`${id}-${i}`} /><span>${option.label}</span></label>
									${option.takesText && this.chosen.has(`${question.key}=${option.value}`)
										? html`<div class="takes-text"><label class="visually-hidden" for=${`${id}-${i}-text`}>Toelichting bij ${option.label}</label>
												<input type="text" id=${`${id}-${i}-text`} name=${`${question.key}.text`} placeholder="namelijk…" /></div>`
										: nothing}`,
					)}
				</div>
			</fieldset>`;
	}

	protected override content(): TemplateResult {
		if (this.form === null) {
			return html`<p class="loading" role="status">Vragenlijst laden…</p>`;
		}
		if (this.answered) {
			return html`<div class="success" role="status"><h2 tabindex="-1">Dank u wel!</h2><p>Uw antwoorden zijn opgeslagen. Ze helpen ${this.displayName()} en de andere werkplaatsen hun hulp te verbeteren.</p></div>`;
		}
		const { questions } = this.form;
		return html`<h2>${this.form.title}</h2>
			<p class="lead">Een korte vragenlijst van ${this.displayName()}. Uw antwoorden worden anoniem verwerkt in de landelijke monitor.</p>
			${errorSummary(this.errors, (field) => questions.find((q) => q.key === field)?.text ?? field, (field) =>
				this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus(),
			)}
			<form novalidate @submit=${this.submit} @change=${this.onChange} @input=${() => (this.idempotencyKey = null)}>
				${questions.map((question, i) => this.question(question, i, i > 0 ? (questions[i - 1]?.group ?? null) : null))}
				<div class="actions"><button type="submit" ?disabled=${this.sending}>${this.sending ? 'Bezig…' : 'Antwoorden versturen'}</button></div>
			</form>`;
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'werkplaats-monitor': WerkplaatsMonitor;
	}
}
