/**
 * The `src` door: a timeout and a streamed byte cap, against a real HTTP server on localhost (a
 * chunked body with no Content-Length, a server that never answers, one that stalls mid-body) and
 * against a fetch whose stream ignores the abort signal.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCappedText } from '../../src/data/fetch-capped-text';
import { fetchSites } from '../../src/data/fetch-sites';
import { GeoDataError } from '../../src/data/geo-data-error';

let server: Server;
let base: string;
/** Bytes the "endless" route managed to write before the client went away. */
let endlessSent = 0;
let endlessClosed = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/endless') {
      // Chunked, no Content-Length, never ends: only a streamed cap stops it.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      endlessSent = 0;
      endlessClosed = false;
      const write = () => {
        while (!endlessClosed) {
          endlessSent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', write);
            return;
          }
        }
      };
      res.on('close', () => (endlessClosed = true));
      write();
    } else if (req.url === '/hang') {
      // Never answers.
    } else if (req.url === '/stall') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"type":"Feature');
    } else if (req.url === '/lying-length') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) });
      res.write('{');
    } else if (req.url === '/ok') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"a":"寺"}');
    } else {
      res.writeHead(404);
      res.end('secret body');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<GeoDataError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GeoDataError);
  return err as GeoDataError;
}

describe('fetchCappedText', () => {
  it('reads a normal body whole, as UTF-8', async () => {
    expect(await fetchCappedText(`${base}/ok`, { maxBytes: 100, timeoutMs: 5000 })).toBe('{"a":"寺"}');
  });

  it('aborts a chunked body the moment it passes the cap, without Content-Length', async () => {
    const err = await failure(fetchCappedText(`${base}/endless`, { maxBytes: 1024 * 1024, timeoutMs: 60_000 }));
    expect(err.category).toBe('too-large');
    expect(err.file).toBe(`${base}/endless`);
    expect(err.message).toMatch(/far too large \(more than 1048576 bytes sent; at most 1048576\)/);
    // The connection is closed: the server stops writing, far short of what an unbounded read takes.
    await expect.poll(() => endlessClosed, { timeout: 10_000 }).toBe(true);
    expect(endlessSent).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const err = await failure(fetchCappedText(`${base}/lying-length`, { maxBytes: 1024, timeoutMs: 5000 }));
    expect(err.category).toBe('too-large');
  });

  it('times out a server that never answers', async () => {
    const err = await failure(fetchCappedText(`${base}/hang`, { maxBytes: 1024, timeoutMs: 300 }));
    expect(err.category).toBe('timeout');
    expect(err.message).toMatch(/gave no complete answer within 300 ms/);
  });

  it('times out a body that stalls half-way', async () => {
    const err = await failure(fetchCappedText(`${base}/stall`, { maxBytes: 1024, timeoutMs: 300 }));
    expect(err.category).toBe('timeout');
  });

  it('times out even a stream that ignores the abort signal', async () => {
    const never = () =>
      Promise.resolve(new Response(new ReadableStream({ pull: () => new Promise<void>(() => undefined) })));
    const err = await failure(fetchCappedText('https://x.example/a', { maxBytes: 10, timeoutMs: 200, fetch: never }));
    expect(err.category).toBe('timeout');
  });

  it('says fetch-failed for an HTTP error, and rejects with the AbortError when the caller aborts', async () => {
    expect((await failure(fetchCappedText(`${base}/nope`, { maxBytes: 100, timeoutMs: 5000 }))).category).toBe(
      'fetch-failed',
    );
    const abort = new AbortController();
    const pending = fetchCappedText(`${base}/hang`, { maxBytes: 100, timeoutMs: 5000, signal: abort.signal });
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('fetchSites under a data-origin rule', () => {
  it('refuses a URL on an origin the page does not allow, before any request', async () => {
    let fetched = false;
    const spy = (() => {
      fetched = true;
      return Promise.reject(new Error('no'));
    }) as typeof fetch;
    const err = await failure(
      fetchSites('https://evil.example/spoof.geojson', { allowedOrigins: ['https://bureau.example'], fetch: spy }),
    );
    expect(err.category).toBe('not-allowed');
    expect(fetched).toBe(false);
  });

  it('says not-json for a body that is not JSON', async () => {
    const text = () => Promise.resolve(new Response('<!doctype html><p>secret'));
    const err = await failure(fetchSites('https://bureau.example/a.json', { allowedOrigins: undefined, fetch: text }));
    expect(err.category).toBe('not-json');
  });
});
