import { css } from 'lit';

export const formStyles = css`
	details.section-details {
		border-top: 1px solid var(--wp-line);
		padding: 18px 0;
		margin-bottom: 8px;
	}
	details.section-details > summary {
		cursor: pointer;
		font-weight: 700;
		font-size: 1.05rem;
		color: var(--wp-primary-text);
		margin-bottom: 12px;
	}
	fieldset.field[aria-invalid='true'] {
		border-left: 4px solid var(--wp-error);
		padding-left: 12px;
	}
`;
