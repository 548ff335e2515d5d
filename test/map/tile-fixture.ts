/**
 * Node side of test/map/base-maps.test.ts (Vitest browser commands, registered in vite.config.ts): a
 * local tile server for the base-map providers. Requests the test's Chromium makes to 天地图, 高德 and
 * OpenStreetMap are answered here, through Playwright's routing, with a 256 px PNG from
 * test/fixtures/, and recorded, so a test checks each provider's real tile URLs without the network
 * and without any test-only switch in the production URLs. A pattern makes matching requests fail
 * (a wrong key, a blocked host).
 */
import { readFileSync } from 'node:fs';
import type { Route } from 'playwright';
import type { BrowserCommand } from 'vitest/node';

const PROVIDER_HOSTS =
  /^https:\/\/(?:t[0-7]\.tianditu\.gov\.cn|web(?:rd|st)0[1-4]\.is\.autonavi\.com|tile\.openstreetmap\.org)\//;
const png = readFileSync(new URL('../fixtures/bureau/tile.png', import.meta.url));

let requests: string[] = [];
let refuse: RegExp | undefined;
let routed = false;

function answer(route: Route): Promise<void> {
  const url = route.request().url();
  requests.push(url);
  if (refuse?.test(url)) return route.fulfill({ status: 403, contentType: 'text/plain', body: 'refused' });
  return route.fulfill({ status: 200, contentType: 'image/png', body: png, headers: { 'cache-control': 'no-store' } });
}

/** Starts answering provider tile requests (once per browser context) and forgets what was asked so far. */
const serveTiles: BrowserCommand<[refusePattern?: string]> = async (ctx, refusePattern) => {
  requests = [];
  refuse = refusePattern ? new RegExp(refusePattern) : undefined;
  if (!routed) {
    await ctx.context.route(PROVIDER_HOSTS, answer);
    routed = true;
  }
};

/** The provider tile URLs asked for since serveTiles. */
const tileRequests: BrowserCommand<[]> = async () => [...requests];

export const tileFixtureCommands = { serveTiles, tileRequests };

declare module 'vitest/browser' {
  interface BrowserCommands {
    serveTiles: (refusePattern?: string) => Promise<void>;
    tileRequests: () => Promise<string[]>;
  }
}
