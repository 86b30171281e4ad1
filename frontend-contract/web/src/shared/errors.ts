import { html, nothing, type TemplateResult } from 'lit';

import type { UserError } from './api.js';

/** A field's id in the form: its path inside `input`, joined with dots (`baseline.maturity`). */
export function fieldKey(path: readonly string[] | null | undefined): string | null {
	return path === null || path === undefined || path.length === 0 ? null : path.join('.');
}

/** An error to show: where (a field key, or none) and what. */
export interface ShownError {
	readonly field: string | null;
	readonly message: string;
}

export function fromUserErrors(errors: readonly UserError[]): ShownError[] {
	return errors.map((error) => ({ field: fieldKey(error.field), message: error.message }));
}

/** The errors at one field. */
export function errorsAt(errors: readonly ShownError[], field: string): ShownError[] {
	return errors.filter((error) => error.field === field);
}

/** The message(s) under a field, with the id its control's `aria-describedby` names. */
export function fieldError(errors: readonly ShownError[], field: string, idPrefix: string): TemplateResult | typeof nothing {
	const here = errorsAt(errors, field);
	if (here.length === 0) {
		return nothing;
	}
	return html`<span class="error" id=${`${idPrefix}${field}-error`} data-error-for=${field}
		>${here.map((error) => html`<span>${error.message} </span>`)}</span
	>`;
}

/**
 * The error summary above a form (GOV.UK / NL Design System pattern): a heading, every problem
 * as a link that moves the focus to its field.
 */
export function errorSummary(
	errors: readonly ShownError[],
	labelOf: (field: string) => string,
	focusField: (field: string) => void,
): TemplateResult | typeof nothing {
	if (errors.length === 0) {
		return nothing;
	}
	return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
		<h3 id="error-summary-title">Er ${errors.length === 1 ? 'is 1 probleem' : `zijn ${errors.length} problemen`}</h3>
		<ul>
			${errors.map(
				(error) =>
					html`<li>
						${error.field !== null
							? html`<button type="button" class="link" @click=${() => focusField(error.field as string)}>
									${labelOf(error.field)}: ${error.message}
								</button>`
							: error.message}
					</li>`,
			)}
		</ul>
	</div>`;
}
