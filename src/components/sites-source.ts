import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GeoDataError } from '../data/geo-data-error';
import type { Site } from '../model/types';

/**
 * The most features a `sites` object may hold. The page built it itself, so no download bounds it,
 * and the map draws any number (only what is in view, clustered: src/map/site-marks.ts); issue 13
 * asks for 200,000. `src` keeps its own limits (read-features.ts, fetch-sites.ts).
 */
export const MAX_PROPERTY_SITES = 200_000;

/**
 * A page's own sites for `<liangzhou-map>`, from the `sites` property or the `src` URL: checked with
 * the geo/ schema, each bad feature reported and skipped, a bad file reported whole. Only the latest
 * request counts: a superseded one is dropped (a fetch aborted), and a removed element stops.
 *
 * The checker (zod and the geometry checks) loads on first use: most embeds never pass their own
 * data, and the built-in data needs none of it.
 */
export class SitesSource implements ReactiveController {
  private abort?: AbortController;
  private generation = 0;
  private pending = 0;
  private done: Promise<void> = Promise.resolve();
  /** The latest request (a `sites` check or a `src` fetch) has not ended. */
  private latestRunning = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private onSites: (sites: Site[]) => void,
    private onError: (error: GeoDataError) => void,
  ) {
    host.addController(this);
  }

  /** Whether a `sites` object is being checked (a fetch for `src` does not count: it may take long). */
  get busy(): boolean {
    return this.pending > 0;
  }

  /**
   * Whether the page's sites may still change: the latest `sites` check or `src` fetch has not ended.
   * The host updates once it has (so `site` can look again for an id the page's file holds).
   */
  get loading(): boolean {
    return this.latestRunning;
  }

  /** Settles when the work under way has (the owner's updateComplete waits on it). */
  get settled(): Promise<void> {
    return this.done;
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.generation++;
    this.latestRunning = false;
  }

  /** Takes a FeatureCollection object. */
  take(json: unknown, file = 'sites property'): void {
    this.track(true, async (current) => {
      const { validateSites } = await import('../data/parse-sites');
      if (!current()) return;
      try {
        const { sites, problems } = validateSites(json, file, { maxFeatures: MAX_PROPERTY_SITES });
        problems.forEach(this.onError);
        this.onSites(sites);
      } catch (err) {
        this.onError(toGeoDataError(err, file));
        this.onSites([]);
      }
    });
  }

  /** Fetches a FeatureCollection, giving up after `timeoutMs`; an empty URL means no sites of the page's own. */
  fetch(src: string | undefined, timeoutMs?: number): void {
    this.track(false, async (current, signal) => {
      if (!src) {
        this.onSites([]);
        return;
      }
      const url = new URL(src, document.baseURI).href;
      try {
        const { fetchSites } = await import('../data/fetch-sites');
        const { sites, problems } = await fetchSites(url, { signal, ...(timeoutMs !== undefined && { timeoutMs }) });
        if (!current()) return;
        problems.forEach(this.onError);
        this.onSites(sites);
      } catch (err) {
        if (current() && (err as Error).name !== 'AbortError') this.onError(toGeoDataError(err, url));
      }
    });
  }

  /** Runs one request, superseding the one before; `counted` ones keep `busy` true until done. */
  private track(counted: boolean, work: (current: () => boolean, signal: AbortSignal) => Promise<void>): void {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const generation = ++this.generation;
    this.latestRunning = true;
    const run = work(() => generation === this.generation && !abort.signal.aborted, abort.signal).finally(() => {
      if (generation !== this.generation) return;
      this.latestRunning = false;
      this.host.requestUpdate();
    });
    if (!counted) return;
    this.pending++;
    const finished = run.finally(() => this.pending--);
    this.done = Promise.all([this.done, finished]).then(() => undefined);
  }
}

function toGeoDataError(err: unknown, file: string): GeoDataError {
  return err instanceof GeoDataError ? err : new GeoDataError({ file, problem: String(err) });
}
