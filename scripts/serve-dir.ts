/**
 * A static file server on 127.0.0.1 and a free port, for the benchmarks: `dir` at the server's root.
 * It answers Range requests as static hosts do (send-range.ts): a FlatGeobuf `src` needs them.
 * Text goes out gzipped to a browser that accepts it, as from any static host or CDN (nginx, GitHub
 * Pages, an object store behind a CDN): Lighthouse's simulated slow 4G counts the bytes on the wire,
 * and without compression it timed 460 kB of raw JS and GeoJSON that a visitor never downloads.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { sendRange } from './send-range';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.map': 'application/json',
  '.fgb': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.geojson', '.map', '.svg', '.webmanifest']);

export function serveDir(dir: string): Promise<{ server: Server; url: string }> {
  /** Each file gzipped once per version (the 100,000-site files take a moment). */
  const zipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip && !req.headers.range && COMPRESSED.has(extname(file))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      let body = zipped.get(key);
      if (!body) zipped.set(key, (body = gzipSync(readFileSync(file))));
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' }).end(body);
      return;
    }
    sendRange(req, res, readFileSync(file), { 'content-type': type });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` }),
    ),
  );
}
