import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds the three pages of scripts/bench-sites.ts (our widget, bare L.marker, Leaflet.markercluster) into .bench/sites.
export default defineConfig({
  root: 'bench/sites',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../../.bench/sites',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        ours: resolve(import.meta.dirname, 'sites/ours.html'),
        'ours-prop': resolve(import.meta.dirname, 'sites/ours-prop.html'),
        marker: resolve(import.meta.dirname, 'sites/marker.html'),
        cluster: resolve(import.meta.dirname, 'sites/cluster.html'),
      },
    },
  },
});
