// Dutch texts for the contract's enums. The 0-meting's answers are the exact texts of the
// national monitor (the enum descriptions in schema/intake.graphqls).

export const FOUND_VIA = {
	EDUCATION_INSTITUTION: 'Via de onderwijsinstelling.',
	INTERMEDIARY: 'Via een intermediair (bv bank, ondernemersplatform etc).',
	EXPERT_COMPANY: 'Via een expertbedrijf.',
	PROVINCE: 'Via de provincie.',
	MUNICIPALITY: 'Via de gemeente.',
	OTHER_COMPANY: 'Op suggestie van een ander bedrijf.',
	WERKPLAATS_WEBSITE: 'Via de website/loket van de werkplaats.',
	SOCIAL_MEDIA: 'Via sociale media.',
	OTHER: 'Anders, namelijk …',
} as const;

export const BASELINE_OBSTACLES = {
	UNAWARE_OF_BENEFITS: 'Ik weet niet wat digitalisering mijn bedrijf kan opleveren.',
	TOO_FEW_BENEFITS: 'Ik weet wat mogelijk is maar zie te weinig voordelen.',
	TOO_EXPENSIVE: 'Digitalisering kost te veel geld in verhouding met de opbrengsten.',
	TECHNOLOGY_NOT_AVAILABLE:
		'Ik weet welke innovatie ik zou willen maar de technologie is nog niet beschikbaar (voor mijn bedrijf).',
	LACK_OF_KNOW_HOW:
		'Binnen mijn bedrijf is onvoldoende kennis en kunde (know-how) aanwezig om met digitalisering aan de slag te gaan.',
	LACK_OF_TIME: 'Binnen mijn bedrijf hebben we te weinig tijd om met digitalisering aan de slag te gaan.',
	NO_AFFORDABLE_PROVIDER: 'Ik kan geen bedrijf vinden dat mij tegen redelijk tarief kan helpen om te digitaliseren.',
	NO_FINANCIAL_MEANS: 'Ik wil wel maar de financiële mogelijkheden ontbreken.',
} as const;

export const EXPECTATIONS = {
	INSIGHT_IN_OPPORTUNITIES: 'Meer inzicht in kansen voor digitaliseringsmogelijkheden voor mijn bedrijf.',
	COSTS_AND_FEASIBILITY: 'Meer kennis over kosten en haalbaarheid voor digitaliseringsmogelijkheden voor mijn bedrijf.',
	ACCESS_TO_DATA_OR_SOFTWARE: 'Toegang krijgen tot data en/of software die nodig zijn om verder te digitaliseren.',
	KNOWLEDGE_AND_SKILLS: 'Toegang tot kennis en vaardigheden; ontwikkeling van eigen kennis en vaardigheden.',
	COLLABORATION_WITH_STUDENTS: 'Samenwerking met een student (extra capaciteit aantrekken).',
	CONCRETE_RESULT: 'Een concreet opgeleverd advies/stappenplan of product.',
} as const;

export const THEMES = {
	ONLINE_MARKETING_AND_SALES: 'Online marketing en verkoop',
	DATA: 'Data',
	AUTOMATION: '(Kantoor)automatisering',
	CYBERSECURITY: 'Cybersecurity',
	AI: 'Kunstmatige intelligentie',
	OTHER: 'Overig',
} as const;

export const FORMATS = {
	TRAJECT: 'Studententraject',
	WORKSHOP: 'Workshop',
	WEBINAR: 'Webinar',
	MASTERCLASS: 'Masterclass',
	SCAN: 'Scan',
	CONSULTATION_HOUR: 'Spreekuur',
} as const;

export const PERIODS = {
	PERIOD_1: 'Periode 1 (sep – nov)',
	PERIOD_2: 'Periode 2 (nov – feb)',
	PERIOD_3: 'Periode 3 (feb – apr)',
	PERIOD_4: 'Periode 4 (apr – jul)',
	SUMMER: 'Zomer (jul – aug)',
} as const;

export const DURATION_UNITS = {
	HOURS: ['uur', 'uur'],
	DAYS: ['dag', 'dagen'],
	WEEKS: ['week', 'weken'],
} as const;

export const EDUCATION_LEVELS = { MBO: 'mbo', HBO: 'hbo', WO: 'wo' } as const;

export const SIZE_CLASSES = {
	MICRO: 'Micro (1 tot 10 medewerkers)',
	SMALL: 'Klein (10 tot 50 medewerkers)',
	MEDIUM: 'Middel (50 tot 250 medewerkers)',
} as const;

export const PHASES = { STARTER: 'Starter', SCALE_UP: 'Scale-up', OTHER: 'Gevestigd bedrijf' } as const;

export const DIGITAL_MATURITY = { LOW: 'Laag', MEDIUM: 'Middel', HIGH: 'Hoog' } as const;

export const PROVINCES = {
	GRONINGEN: 'Groningen',
	FRIESLAND: 'Fryslân',
	DRENTHE: 'Drenthe',
	OVERIJSSEL: 'Overijssel',
	FLEVOLAND: 'Flevoland',
	GELDERLAND: 'Gelderland',
	UTRECHT: 'Utrecht',
	NOORD_HOLLAND: 'Noord-Holland',
	ZUID_HOLLAND: 'Zuid-Holland',
	ZEELAND: 'Zeeland',
	NOORD_BRABANT: 'Noord-Brabant',
	LIMBURG: 'Limburg',
} as const;

export const EVENT_KINDS = {
	WEBINAR: 'Webinar',
	MASTERCLASS: 'Masterclass',
	WORKSHOP: 'Workshop',
	KNOWLEDGE_SESSION: 'Kennissessie',
	CONSULTATION_HOUR: 'Spreekuur',
} as const;

export const ARCHETYPES = {
	SIGNALLING: 'Signaleren',
	NETWORKING_AND_COORDINATION: 'Netwerken & coördineren',
	SHARED_FACILITIES: 'Gezamenlijke faciliteiten',
	WORKING_WITH_STUDENTS: 'Werken met studenten',
	EDUCATION_FOR_STUDENTS: 'Onderwijs voor studenten',
	EDUCATION_FOR_PROFESSIONALS: 'Onderwijs voor professionals',
	ADVICE_AND_CONSULTANCY: 'Advisering/consultancy',
	SUBSIDIES_AND_FINANCING: 'Subsidies & financiering',
	WORKSHOPS_AND_KNOWLEDGE_EVENTS: 'Workshops & kennisevents',
	RESEARCH_AND_DEVELOPMENT: 'Onderzoek & ontwikkeling',
	SCANS_AND_ASSESSMENTS: 'Scans & assessments',
	KNOWLEDGE_PLATFORM: 'Kennisplatform',
} as const;

/** The label of an enum value, or the value itself for one this version does not know. */
export function label<T extends Record<string, unknown>>(labels: T, value: string): string {
	const text = (labels as Record<string, unknown>)[value];
	return typeof text === 'string' ? text : value;
}

export const SBI_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

const dateTime = new Intl.DateTimeFormat('nl-NL', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Amsterdam',
});
const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

export function formatDateTime(iso: string): string {
	return dateTime.format(new Date(iso));
}

export function formatTime(iso: string): string {
	return time.format(new Date(iso));
}

export function formatEuro(cents: number): string {
	return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export const number = new Intl.NumberFormat('nl-NL');
