import { defineConfig } from 'vite';

// The components as ONE classic script (IIFE) a werkplaats includes with a script tag:
// dist/werkplaats-components.js. Runs after the dashboard's build (same dist/).
export default defineConfig({
	build: {
		outDir: 'dist',
		emptyOutDir: false,
		target: 'es2021',
		lib: {
			entry: 'src/components/index.ts',
			name: 'WerkplaatsComponents',
			formats: ['iife'],
			fileName: () => 'werkplaats-components.js',
		},
	},
});
