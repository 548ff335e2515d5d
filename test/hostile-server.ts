/**
 * Test-only (browser project's globalSetup): a second origin the tests do not control through Vite,
 * serving what an attacker or a broken server would, with CORS open so the browser reads it:
 * - /spoof.geojson: a valid sites file (an attacker's sites, for embed.html's repro 2);
 * - /endless: a chunked body with no Content-Length that never ends;
 * - /hang: headers never come.
 * Its origin reaches the tests as inject('hostileOrigin'); /stats says how much /endless wrote.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    hostileOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const spoof = readFileSync(new URL('./fixtures/bureau/valid.geojson', import.meta.url));
  let endlessSent = 0;
  let endlessOpen = 0;
  const server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    const path = (req.url ?? '').split('?')[0];
    if (path === '/spoof.geojson') {
      res.writeHead(200, { 'content-type': 'application/geo+json' });
      res.end(spoof);
    } else if (path === '/endless') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let open = true;
      endlessOpen++;
      res.on('close', () => {
        open = false;
        endlessOpen--;
      });
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
    } else if (path === '/hang') {
      // Never answers.
    } else if (path === '/stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ endlessSent, endlessOpen }));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('hostileOrigin', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
}
