import { css } from 'lit';

/** The look every component shares; colours come from the werkplaats's theme properties. */
export const baseStyles = css`
	:host {
		--wp-primary: #1f4e79;
		--wp-on-primary: #ffffff;
		--wp-primary-text: #1f4e79;
		--wp-primary-tint: #eef3f8;
		--wp-accent: #1f4e79;
		--wp-ink: #1a1d23;
		--wp-muted: #555d6b;
		--wp-line: #d6dae1;
		--wp-surface: #ffffff;
		--wp-error: #b3261e;
		--wp-radius: 10px;
		display: block;
		color: var(--wp-ink);
		font-family: var(--werkplaats-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
		font-size: 16px;
		line-height: 1.5;
	}
	*,
	*::before,
	*::after {
		box-sizing: border-box;
	}
	.frame {
		background: var(--wp-surface);
		border: 1px solid var(--wp-line);
		border-top: 4px solid var(--wp-primary);
		border-radius: var(--wp-radius);
		padding: clamp(16px, 4vw, 32px);
		max-width: 960px;
		margin: 0 auto;
	}
	header.brand {
		display: flex;
		align-items: center;
		gap: 12px;
		margin-bottom: 20px;
		padding-bottom: 16px;
		border-bottom: 1px solid var(--wp-line);
	}
	.logo {
		width: 44px;
		height: 44px;
		border-radius: 8px;
		flex: none;
		display: grid;
		place-items: center;
		background: var(--wp-primary);
		color: var(--wp-on-primary);
		font-weight: 700;
		font-size: 18px;
		overflow: hidden;
		position: relative;
	}
	.logo img {
		position: absolute;
		inset: 0;
		width: 100%;
		height: 100%;
		object-fit: contain;
		background: #fff;
	}
	.brand-name {
		font-weight: 700;
		font-size: 1.05rem;
		color: var(--wp-ink);
		margin: 0;
	}
	.brand-tagline {
		margin: 0;
		color: var(--wp-muted);
		font-size: 0.9rem;
	}
	h2 {
		font-size: 1.5rem;
		line-height: 1.25;
		margin: 0 0 8px;
	}
	h3 {
		font-size: 1.15rem;
		margin: 0 0 6px;
	}
	p {
		margin: 0 0 12px;
	}
	.lead {
		color: var(--wp-muted);
		margin-bottom: 20px;
	}
	a {
		color: var(--wp-primary-text);
	}
	button,
	.button {
		font: inherit;
		cursor: pointer;
		border-radius: 8px;
		padding: 10px 18px;
		min-height: 44px;
		border: 2px solid var(--wp-primary);
		background: var(--wp-primary);
		color: var(--wp-on-primary);
		font-weight: 600;
		text-decoration: none;
		display: inline-flex;
		align-items: center;
		gap: 8px;
	}
	button.secondary {
		background: transparent;
		color: var(--wp-primary-text);
		border-color: var(--wp-primary-text);
	}
	button.link {
		background: none;
		border: none;
		color: var(--wp-primary-text);
		padding: 0;
		min-height: 0;
		text-decoration: underline;
	}
	button[disabled] {
		cursor: not-allowed;
		opacity: 0.6;
	}
	:focus-visible {
		outline: 3px solid var(--wp-primary-text);
		outline-offset: 2px;
	}
	.field {
		margin-bottom: 18px;
	}
	label,
	legend {
		display: block;
		font-weight: 600;
		margin-bottom: 4px;
	}
	.hint {
		display: block;
		color: var(--wp-muted);
		font-size: 0.9rem;
		font-weight: 400;
		margin-bottom: 6px;
	}
	.optional {
		font-weight: 400;
		color: var(--wp-muted);
	}
	input[type='text'],
	input[type='email'],
	input[type='tel'],
	select,
	textarea {
		font: inherit;
		width: 100%;
		padding: 10px 12px;
		min-height: 44px;
		border: 1px solid #767d89;
		border-radius: 8px;
		background: #fff;
		color: var(--wp-ink);
	}
	textarea {
		min-height: 110px;
		resize: vertical;
	}
	[aria-invalid='true'] {
		border-color: var(--wp-error) !important;
		border-width: 2px;
	}
	fieldset {
		border: none;
		padding: 0;
		margin: 0 0 18px;
		min-width: 0;
	}
	fieldset.section {
		border-top: 1px solid var(--wp-line);
		padding-top: 18px;
	}
	fieldset.section > legend {
		font-size: 1.15rem;
		margin-bottom: 12px;
		padding: 0;
	}
	.choice {
		display: flex;
		align-items: flex-start;
		gap: 10px;
		padding: 6px 0;
		font-weight: 400;
	}
	.choice input {
		width: 20px;
		height: 20px;
		margin: 2px 0 0;
		flex: none;
		accent-color: var(--wp-primary);
	}
	.scale {
		display: flex;
		flex-wrap: wrap;
		gap: 6px;
	}
	.scale label {
		position: relative;
		font-weight: 600;
		margin: 0;
	}
	.scale input {
		position: absolute;
		opacity: 0;
		width: 44px;
		height: 44px;
		margin: 0;
	}
	.scale span {
		display: grid;
		place-items: center;
		min-width: 44px;
		height: 44px;
		padding: 0 8px;
		border: 1px solid #767d89;
		border-radius: 8px;
		cursor: pointer;
	}
	.scale input:checked + span {
		background: var(--wp-primary);
		color: var(--wp-on-primary);
		border-color: var(--wp-primary);
	}
	.scale input:focus-visible + span {
		outline: 3px solid var(--wp-primary-text);
		outline-offset: 2px;
	}
	.scale-ends {
		display: flex;
		justify-content: space-between;
		color: var(--wp-muted);
		font-size: 0.85rem;
		max-width: 520px;
	}
	.error {
		color: var(--wp-error);
		font-weight: 600;
		display: block;
		margin: 4px 0;
	}
	.error-summary {
		border: 3px solid var(--wp-error);
		border-radius: var(--wp-radius);
		padding: 16px 20px;
		margin-bottom: 24px;
		background: #fdf3f2;
	}
	.error-summary h3 {
		color: var(--wp-error);
	}
	.error-summary ul {
		margin: 0;
		padding-left: 20px;
	}
	.error-summary button.link {
		color: var(--wp-error);
		text-align: left;
	}
	.notice {
		border-radius: var(--wp-radius);
		padding: 16px 20px;
		background: var(--wp-primary-tint);
		border-left: 6px solid var(--wp-primary);
	}
	.success {
		border-radius: var(--wp-radius);
		padding: 24px;
		background: var(--wp-primary-tint);
		border-left: 6px solid var(--wp-primary);
	}
	.reference {
		font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
		font-size: 1.4rem;
		font-weight: 700;
		letter-spacing: 0.05em;
		color: var(--wp-primary-text);
	}
	.tag {
		display: inline-block;
		padding: 2px 10px;
		border-radius: 999px;
		background: var(--wp-primary-tint);
		color: var(--wp-ink);
		border: 1px solid var(--wp-line);
		font-size: 0.8rem;
		font-weight: 600;
		margin: 0 4px 4px 0;
	}
	.visually-hidden {
		position: absolute !important;
		width: 1px;
		height: 1px;
		padding: 0;
		margin: -1px;
		overflow: hidden;
		clip: rect(0, 0, 0, 0);
		white-space: nowrap;
		border: 0;
	}
	.honeypot {
		position: absolute !important;
		left: -10000px;
		top: auto;
		width: 1px;
		height: 1px;
		overflow: hidden;
	}
	.loading {
		color: var(--wp-muted);
		padding: 24px 0;
	}
	.actions {
		display: flex;
		flex-wrap: wrap;
		gap: 12px;
		align-items: center;
		margin-top: 8px;
	}
	.grid-2 {
		display: grid;
		grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
		gap: 0 16px;
		align-items: end;
	}
	@media (prefers-reduced-motion: no-preference) {
		button,
		.card {
			transition: box-shadow 0.15s ease, transform 0.15s ease;
		}
	}
`;
