import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The dashboard (dashboard/index.html) and the demo pages (public/), served by the local stack
// under /web/. The components' bundle is built by vite.components.config.ts.
export default defineConfig({
	base: '/web/',
	build: {
		outDir: 'dist',
		emptyOutDir: true,
		// ECharts' bar and line charts with the SVG renderer, tree-shaken: about 200 kB gzip.
		chunkSizeWarningLimit: 700,
		target: 'es2021',
		rollupOptions: {
			input: { dashboard: resolve(import.meta.dirname, 'dashboard/index.html') },
		},
	},
	// `npm run dev`: the dashboard at http://localhost:5173/web/dashboard/, the API of the local
	// stack behind the same origin.
	server: { port: 5173, proxy: { '/graphql': 'http://localhost:8080', '/exports': 'http://localhost:8080' } },
});
