// Colours from a werkplaats's branding, made readable: WCAG 2.1 contrast (1.4.3, AA: 4.5:1 for
// text, 1.4.11: 3:1 for controls) computed on the brand colour, darkened where it falls short.

type Rgb = readonly [number, number, number];

export function parseHex(color: string | null | undefined): Rgb | null {
	const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? '');
	if (match?.[1] === undefined) {
		return null;
	}
	const n = Number.parseInt(match[1], 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
	return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The relative luminance, as WCAG 2.1 defines it. */
export function luminance([r, g, b]: Rgb): number {
	const channel = (c: number): number => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [17, 24, 39];

/** The colour mixed towards black by `amount` (0 to 1). */
function darken([r, g, b]: Rgb, amount: number): Rgb {
	return [r * (1 - amount), g * (1 - amount), b * (1 - amount)];
}

/** The colour, darkened just enough to reach `ratio` against `against`. */
export function ensureContrast(color: Rgb, against: Rgb, ratio: number): Rgb {
	let amount = 0;
	let candidate = color;
	while (contrast(candidate, against) < ratio && amount < 1) {
		amount += 0.02;
		candidate = darken(color, amount);
	}
	return candidate;
}

/** The CSS custom properties of a werkplaats's theme. */
export interface Theme {
	/** The brand colour as a button or bar background (possibly darkened so its text reads). */
	readonly primary: string;
	/** The text on `primary`: white or ink, whichever reads (at least 4.5:1). */
	readonly onPrimary: string;
	/** The brand colour as text, link and focus colour on white (at least 4.5:1). */
	readonly primaryText: string;
	/** A light tint of the brand colour for backgrounds. */
	readonly primaryTint: string;
	/** The secondary colour as an accent line (at least 3:1 on white). */
	readonly accent: string;
}

export const NEUTRAL_PRIMARY = '#1F4E79';

export function themeOf(primaryColor: string | null | undefined, secondaryColor?: string | null): Theme {
	const primary = parseHex(primaryColor) ?? (parseHex(NEUTRAL_PRIMARY) as Rgb);
	let background = primary;
	let onPrimary: Rgb = contrast(primary, WHITE) >= contrast(primary, INK) ? WHITE : INK;
	if (contrast(background, onPrimary) < 4.5) {
		// A mid-tone neither white nor ink reads on: darken it under white text.
		onPrimary = WHITE;
		background = ensureContrast(primary, WHITE, 4.5);
	}
	const text = ensureContrast(primary, WHITE, 4.5);
	const tint: Rgb = [0, 1, 2].map((i) => 255 - (255 - (primary[i] ?? 0)) * 0.1) as unknown as Rgb;
	const secondary = parseHex(secondaryColor) ?? primary;
	return {
		primary: toHex(background),
		onPrimary: toHex(onPrimary),
		primaryText: toHex(text),
		primaryTint: toHex(tint),
		accent: toHex(ensureContrast(secondary, WHITE, 3)),
	};
}

/** The theme as a `style` attribute value of custom properties. */
export function themeStyle(theme: Theme): string {
	return `--wp-primary:${theme.primary};--wp-on-primary:${theme.onPrimary};--wp-primary-text:${theme.primaryText};--wp-primary-tint:${theme.primaryTint};--wp-accent:${theme.accent}`;
}
