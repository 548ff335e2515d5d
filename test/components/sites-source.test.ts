/**
 * SitesSource on its own, through its public methods, with a fetch whose answers the test gives by
 * hand: only the latest request applies, an aborted one never does, and each error is reported once.
 * Its owner here is a plain ReactiveControllerHost, not <liangzhou-map>.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SitesSource } from '../../src/components/sites-source';
import type { GeoDataError } from '../../src/data/geo-data-error';
import type { Site } from '../../src/model/types';
import { siteFeature } from '../fixtures/site-feature';

/** A fetch the test answers: each call waits until the test calls respond() or fail(). */
interface Call {
  url: string;
  signal: AbortSignal;
  respond(body: unknown, init?: ResponseInit): void;
}

/**
 * Replaces globalThis.fetch. With `honourAbort`, a call rejects with an AbortError when its signal
 * aborts, as the browser's does; without, it answers whenever the test says, as a response already on
 * its way would.
 */
function stubFetch({ honourAbort = false } = {}): Call[] {
  const calls: Call[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(
    (input, init) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init!.signal!;
        if (honourAbort) {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }
        calls.push({
          url: String(input),
          signal,
          respond: (body, responseInit) =>
            resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), responseInit)),
        });
      }),
  );
  return calls;
}

const collection = (...ids: string[]) => ({ type: 'FeatureCollection', features: ids.map((id) => siteFeature(id)) });

/** A SitesSource with a minimal owner, recording what it hands back. */
function source() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  const applied: string[][] = [];
  const errors: GeoDataError[] = [];
  const s = new SitesSource(
    host,
    (sites: Site[]) => applied.push(sites.map((x) => x.id)),
    (e) => errors.push(e),
  );
  return { s, controllers, applied, errors, disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()) };
}

/** Waits until the stub has been called `n` times (fetch runs after the fetch-sites module has loaded). */
const calledTimes = (calls: Call[], n: number) => vi.waitFor(() => expect(calls).toHaveLength(n), { timeout: 10_000 });

// The checker loads on first use; load it up front so no test's first request is still on its way
// into the next test.
beforeAll(() =>
  Promise.all([
    import('../../src/data/fetch-site-bytes'),
    import('../../src/components/parse-sites-off-thread'),
    import('../../src/data/parse-sites'),
  ]),
);

afterEach(() => vi.restoreAllMocks());

/** A `src` file is checked in a Worker, whose start (a module the dev server transforms) takes a while under load. */
const WORKER_WAIT = { timeout: 10_000 };

describe('SitesSource', () => {
  it('registers itself with its owner', () => {
    const { s, controllers } = source();
    expect(controllers).toEqual([s]);
  });

  it('fetches `src` against the page, and hands back the sites it checked', async () => {
    const calls = stubFetch();
    const { s, applied, errors } = source();
    s.fetch('bureau/sites.geojson');
    await calledTimes(calls, 1);
    expect(calls[0].url).toBe(new URL('bureau/sites.geojson', document.baseURI).href);
    expect(s.busy).toBe(false); // a fetch may take long: it does not hold the owner's update
    calls[0].respond(collection('a', 'b'));
    await vi.waitFor(() => expect(applied).toEqual([['a', 'b']]), WORKER_WAIT);
    expect(errors).toEqual([]);
  });

  it('takes an empty `src` as no sites of the page, without fetching', () => {
    const calls = stubFetch();
    const { s, applied } = source();
    s.fetch('');
    expect(applied).toEqual([[]]);
    expect(calls).toEqual([]);
  });

  it('a newer `src` wins over an older one that answers after it', async () => {
    const calls = stubFetch();
    const { s, applied, errors } = source();
    s.fetch('/old.geojson');
    await calledTimes(calls, 1);
    s.fetch('/new.geojson');
    await calledTimes(calls, 2);
    expect(calls[0].signal.aborted).toBe(true);
    expect(calls[1].signal.aborted).toBe(false);

    calls[1].respond(collection('new'));
    await vi.waitFor(() => expect(applied).toEqual([['new']]), WORKER_WAIT);
    calls[0].respond(collection('old'));
    // A sentinel: a third request, made after the old answer arrived, goes through every step the
    // old one had left. Once it applies, the old one has had its chance.
    s.fetch('/newest.geojson');
    await calledTimes(calls, 3);
    calls[2].respond(collection('newest'));
    await vi.waitFor(() => expect(applied).toContainEqual(['newest']), WORKER_WAIT);
    expect(applied).toEqual([['new'], ['newest']]);
    expect(errors).toEqual([]);
  });

  it('does not report the AbortError of a superseded fetch, nor apply it', async () => {
    const calls = stubFetch({ honourAbort: true });
    const { s, applied, errors } = source();
    s.fetch('/old.geojson');
    await calledTimes(calls, 1);
    s.fetch('/new.geojson');
    await calledTimes(calls, 2);
    calls[1].respond(collection('new'));
    await vi.waitFor(() => expect(applied).toEqual([['new']]), WORKER_WAIT);
    expect(errors).toEqual([]);
  });

  it('never applies a fetch answered after its owner left the page', async () => {
    const calls = stubFetch();
    const { s, applied, errors, disconnect } = source();
    s.fetch('/sites.geojson');
    await calledTimes(calls, 1);
    disconnect();
    expect(calls[0].signal.aborted).toBe(true);
    calls[0].respond(collection('late'));
    // Sentinel, as above: a request made after the late answer, applied once the owner is back.
    s.fetch('/again.geojson');
    await calledTimes(calls, 2);
    calls[1].respond(collection('again'));
    await vi.waitFor(() => expect(applied).toContainEqual(['again']), WORKER_WAIT);
    expect(applied).toEqual([['again']]);
    expect(errors).toEqual([]);
  });

  it('reports a failed fetch once, naming the URL, and applies nothing', async () => {
    const calls = stubFetch();
    const { s, applied, errors } = source();
    s.fetch('/missing.geojson');
    await calledTimes(calls, 1);
    calls[0].respond('not here', { status: 404 });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0].name).toBe('GeoDataError');
    expect(errors[0].file).toBe(new URL('/missing.geojson', document.baseURI).href);
    expect(errors[0].message).toMatch(/could not be fetched \(HTTP 404\)/);
    // Sentinel: a later request has applied, and still one report.
    s.fetch('/ok.geojson');
    await calledTimes(calls, 2);
    calls[1].respond(collection('ok'));
    await vi.waitFor(() => expect(applied).toEqual([['ok']]), WORKER_WAIT);
    expect(errors).toHaveLength(1);
  });

  it('reports each bad feature once and keeps the good ones', async () => {
    const calls = stubFetch();
    const { s, applied, errors } = source();
    s.fetch('/mixed.geojson');
    await calledTimes(calls, 1);
    const bad = siteFeature('bad', undefined, { properties: { zone: 'moon' } });
    calls[0].respond({ type: 'FeatureCollection', features: [siteFeature('good'), bad] });
    await vi.waitFor(() => expect(applied).toEqual([['good']]), WORKER_WAIT);
    expect(errors.map((e) => [e.feature, e.field])).toEqual([['"bad" (#1)', 'properties.zone']]);
  });

  it('does not report the error of a request a newer one superseded', async () => {
    const calls = stubFetch();
    const { s, applied, errors } = source();
    s.fetch('/broken.geojson');
    await calledTimes(calls, 1);
    s.fetch('/new.geojson');
    await calledTimes(calls, 2);
    calls[0].respond('{ not json');
    calls[1].respond(collection('new'));
    await vi.waitFor(() => expect(applied).toEqual([['new']]), WORKER_WAIT);
    expect(errors).toEqual([]);
  });

  it('takes a `sites` object: busy until checked, then applied; `settled` says when', async () => {
    const { s, applied, errors } = source();
    s.take(collection('a'));
    expect(s.busy).toBe(true);
    await s.settled;
    expect(s.busy).toBe(false);
    expect(applied).toEqual([['a']]);
    expect(errors).toEqual([]);
  });

  it('applies only the latest of several `sites` objects', async () => {
    const { s, applied } = source();
    s.take(collection('first'));
    s.take(collection('second'));
    await s.settled;
    expect(applied).toEqual([['second']]);
  });

  it('reports a bad `sites` object once, and hands back no sites', async () => {
    const { s, applied, errors } = source();
    s.take({ type: 'Feature' });
    await s.settled;
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('sites property');
    expect(errors[0].field).toBe('type');
    expect(applied).toEqual([[]]);
  });

  it('a `src` set after a `sites` object supersedes it', async () => {
    const calls = stubFetch();
    const { s, applied } = source();
    s.take(collection('object'));
    s.fetch('/file.geojson');
    await s.settled; // the object's check has run, and found itself superseded
    expect(applied).toEqual([]);
    await calledTimes(calls, 1);
    calls[0].respond(collection('file'));
    await vi.waitFor(() => expect(applied).toEqual([['file']]), WORKER_WAIT);
  });
});
