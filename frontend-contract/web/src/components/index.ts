// The components' bundle: one script defines every element.
export { WerkplaatsMenu } from './menu.js';
export { WerkplaatsIntake } from './intake.js';
export { WerkplaatsAgenda } from './agenda.js';
export { WerkplaatsMonitor } from './monitor.js';
