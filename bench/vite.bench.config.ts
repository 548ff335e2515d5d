import { defineConfig } from 'vite';

// Builds the bare-Leaflet baseline page for `npm run bench` into .bench/bare.
export default defineConfig({
  root: 'bench/bare',
  base: './',
  logLevel: 'warn',
  build: { outDir: '../../.bench/bare', emptyOutDir: true, target: 'es2022' },
});
