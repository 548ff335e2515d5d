/**
 * Test-only (browser project's globalSetup): a static host on a second origin for FlatGeobuf `src`
 * files, with CORS open (the Range header allowed, Content-Range exposed) as the README asks of a
 * bureau's host. A test PUTs the file it made, then the element reads it:
 * - /files/<name>: Range answered (206), Content-Type application/octet-stream;
 * - /typed/<name>: the same, sent as application/vnd.flatgeobuf;
 * - /norange/<name>: Range ignored, the whole file sent (200), as a host without Range support does;
 * - /hold/<name>?after=N: ranges that start before byte N answered, any other held until the client
 *   gives up (N: where the features start, so the header and index are read and the features wait);
 * - /log/<name>: what was sent for that file, as JSON `{requests: [{path, range, sent}], open, aborted}`:
 *   the bytes each answer carried, requests held now, and held requests the client closed.
 * Its origin reaches the tests as inject('rangeOrigin').
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { sendRange } from '../scripts/send-range';

declare module 'vitest' {
  export interface ProvidedContext {
    rangeOrigin: string;
  }
}

interface FileLog {
  requests: Array<{ path: string; range: string | null; sent: number }>;
  open: number;
  aborted: number;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const files = new Map<string, Uint8Array>();
  const logs = new Map<string, FileLog>();
  const logOf = (name: string) => {
    let log = logs.get(name);
    if (!log) logs.set(name, (log = { requests: [], open: 0, aborted: 0 }));
    return log;
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'range, content-type');
    res.setHeader('access-control-allow-methods', 'GET, PUT');
    res.setHeader('access-control-expose-headers', 'content-range, content-length, accept-ranges');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const [, kind, name] = /^\/(files|typed|norange|hold|log)\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0]) ?? [];
    if (!kind) {
      res.writeHead(404).end();
      return;
    }
    if (req.method === 'PUT' && kind === 'files') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        files.set(name, new Uint8Array(Buffer.concat(chunks)));
        res.writeHead(201).end();
      });
      return;
    }
    if (kind === 'log') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(logOf(name)));
      return;
    }
    const bytes = files.get(name);
    if (!bytes) {
      res.writeHead(404).end();
      return;
    }
    const log = logOf(name);
    const range = req.headers.range ?? null;
    const path = req.url ?? '';
    if (kind === 'norange') {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.byteLength) });
      res.end(bytes);
      log.requests.push({ path, range, sent: bytes.byteLength });
      return;
    }
    const start = Number(/^bytes=(\d+)-/.exec(range ?? '')?.[1] ?? 0);
    const holdAfter = Number(new URL(req.url ?? '', 'http://x').searchParams.get('after') ?? Infinity);
    if (kind === 'hold' && start >= holdAfter) {
      log.open++;
      log.requests.push({ path, range, sent: 0 });
      res.on('close', () => {
        log.open--;
        log.aborted++;
      });
      return;
    }
    const type = kind === 'typed' ? 'application/vnd.flatgeobuf' : 'application/octet-stream';
    log.requests.push({ path, range, sent: sendRange(req, res, bytes, { 'content-type': type }) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('rangeOrigin', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
}
