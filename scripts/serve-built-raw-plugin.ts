import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.geojson': 'application/geo+json',
};

/**
 * Serves `/dist-lib/…` to the browser tests byte for byte, as a static host would. Vite's dev server
 * would otherwise transform a script it serves: the one-tag loader is a classic script whose `import()`
 * Vite rewrites with an `import` of its own helpers, which a classic script cannot hold.
 */
export function serveBuiltRaw(dir: string): Plugin {
  return {
    name: 'lz:serve-built-raw',
    configureServer(server) {
      server.middlewares.use('/dist-lib/', (req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
        if (!file.startsWith(dir)) return next();
        if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
      });
    },
  };
}
