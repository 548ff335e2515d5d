/**
 * How fast each door of the element refuses a hostile input (issue 11): a `src` body that never ends
 * (chunked, no Content-Length), one that declares 1 GB, a server that never answers (the default
 * 20 s timeout, so this run takes about 20 s), a 2,000-day trip of 300,000-stop days, a stored trip
 * of 2,000 days, a 1 MB notice. Against a real HTTP server on localhost, in Node (undici's fetch).
 * Run: npx tsx scripts/bench-doors.ts. A benchmark, not a test: no test asserts these times.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fetchSites, MAX_SITES_BYTES } from '../src/data/fetch-sites';
import { validateItinerary } from '../src/plan/validate-itinerary';
import { loadTrip, TRIP_STORAGE_KEY } from '../src/plan/itinerary-storage';
import { noticeText } from '../src/state/notice-text';
import { decodeItinerary } from '../src/plan/itinerary-codec';

let endlessSent = 0;
const server = createServer((req, res) => {
  if (req.url === '/endless') {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let open = true;
    endlessSent = 0;
    res.on('close', () => (open = false));
    const write = () => {
      while (open) {
        endlessSent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', write);
          return;
        }
      }
    };
    write();
  } else if (req.url === '/declared') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(1024 ** 3) });
    res.write('{');
  }
  // /hang: never answers.
});

async function refuse(label: string, url: string): Promise<void> {
  const t0 = performance.now();
  const rss0 = process.memoryUsage().rss;
  let outcome = 'accepted';
  try {
    await fetchSites(url, { allowedOrigins: undefined });
  } catch (err) {
    outcome = (err as { category?: string }).category ?? String(err);
  }
  const ms = performance.now() - t0;
  const rss = (process.memoryUsage().rss - rss0) / 1024 ** 2;
  console.log(`${label.padEnd(44)} ${outcome.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  rss +${rss.toFixed(0)} MB`);
}

function time(label: string, f: () => unknown): void {
  const t0 = performance.now();
  f();
  console.log(`${label.padEnd(55)} ${(performance.now() - t0).toFixed(1).padStart(7)} ms`);
}

async function main(): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.log(`src (cap ${MAX_SITES_BYTES} bytes, timeout 20000 ms):`);
  await refuse('endless chunked body, no Content-Length', `${base}/endless`);
  console.log(`  the server had written ${(endlessSent / 1024 ** 2).toFixed(1)} MB when the connection closed`);
  await refuse('Content-Length: 1 GB', `${base}/declared`);
  await refuse('no answer at all (default timeout)', `${base}/hang`);

  const ids = Array.from({ length: 300_000 }, () => 'leitai-temple');
  const days = Array.from({ length: 2000 }, () => ({ name: 'd', siteIds: ids }));
  time('itinerary: 2,000 days x 300,000 stops -> 14 x 40', () => validateItinerary({ days }));
  const stored = JSON.stringify({ v: 1, days: days.map((d) => ({ name: d.name, siteIds: ids.slice(0, 100) })) });
  time('stored trip: 2,000 days x 100 stops -> 14 x 40', () =>
    loadTrip({ getItem: (k) => (k === TRIP_STORAGE_KEY ? stored : null) }),
  );
  time('?trip= of 8,000 characters of garbage', () => decodeItinerary(`1*${'.a'.repeat(3999)}`, ['a']));
  time('notice from a 1 MB message -> 300 characters', () => noticeText('x'.repeat(1024 ** 2), 'bureau.example'));
  server.closeAllConnections();
  server.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
