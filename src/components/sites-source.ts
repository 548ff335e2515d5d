import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { GeoDataError } from '../data/geo-data-error';
import type { Lang, Site } from '../model/types';
import type { LoadProgress, LzLoadProgress } from './lz-load-progress';
import type { ParseThread } from './parse-sites-off-thread';
import type { FgbSourceController } from './fgb-source-controller';

/** The progress bar redraws at most this often (a 50 MB body arrives in hundreds of chunks). */
const PROGRESS_MS = 100;

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
 * data, and the built-in data needs none of it. A `src` file is checked in a Worker
 * (parse-sites-off-thread.ts), its sites arriving in batches, while a progress bar (`renderProgress`)
 * shows the bytes read and then the features checked; `dispose` (called when the host leaves the page,
 * and by a newer request) terminates that Worker.
 */
export class SitesSource implements ReactiveController {
  private abort?: AbortController;
  private generation = 0;
  private pending = 0;
  private done: Promise<void> = Promise.resolve();
  /** The latest request (a `sites` check or a `src` fetch) has not ended. */
  private latestRunning = false;
  /** Where the `src` file being read has got to; undefined when none is. */
  private progress?: LoadProgress;
  private progressShownAt = 0;
  /** The bar on screen: progress goes to it directly, so a file's hundreds of steps never redraw the host. */
  private progressBar?: LzLoadProgress;
  /** Where the last `src` file was checked: `worker`, or `main` when no Worker could start. */
  lastThread?: ParseThread;

  constructor(
    private readonly host: ReactiveControllerHost,
    private onSites: (sites: Site[]) => void,
    private onError: (error: GeoDataError) => void,
    /** Reads a FlatGeobuf `src` view by view, instead of the whole file (issue 13 item 7). */
    private readonly fgb?: Pick<FgbSourceController, 'open'>,
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

  /**
   * The element left the page: the request under way stops. Whatever `track`'s work starts must end on
   * its `signal`: a fetch takes it; a Worker parsing a large file (issue 13 item 1) must `terminate()`
   * when it aborts (test/components/leak.test.ts counts Workers created against those terminated).
   */
  hostDisconnected(): void {
    this.dispose();
  }

  /**
   * Stops the work under way: the fetch is aborted and the Worker checking a file terminated (the
   * element's cleanup may call it too; calling it twice is harmless).
   */
  dispose(): void {
    this.abort?.abort();
    this.generation++;
    this.latestRunning = false;
    this.progress = undefined;
  }

  /** The `src` file's progress bar while one loads (lz-load-progress), else nothing. */
  renderProgress(lang: Lang) {
    return this.progress
      ? html`<lz-load-progress
          lang=${lang}
          .progress=${this.progress}
          ${ref((el) => (this.progressBar = el as LzLoadProgress | undefined))}
        ></lz-load-progress>`
      : nothing;
  }

  /**
   * Records the progress. The host redraws only when the bar comes or goes; in between the bar itself
   * is told, at most every PROGRESS_MS and at each phase's end.
   */
  private setProgress(next: LoadProgress | undefined): void {
    const shown = this.progress !== undefined;
    const phaseChanged = next?.phase !== this.progress?.phase;
    this.progress = next;
    if (shown !== (next !== undefined)) {
      this.host.requestUpdate();
      return;
    }
    const now = performance.now();
    if (!phaseChanged && next && next.value !== next.max && now - this.progressShownAt < PROGRESS_MS) return;
    this.progressShownAt = now;
    if (this.progressBar) this.progressBar.progress = next;
    else this.host.requestUpdate();
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
      // A FlatGeobuf file, named so or recognised by its first bytes or its type, is read by view.
      let fgb: { fetch: typeof fetch; found: boolean } | undefined;
      try {
        // The progress bar too: defined before it first shows, and out of the map's first download.
        const [{ fetchSiteBytes }, { parseSitesOffThread }, { sniffFgb, isFgbPath }] = await Promise.all([
          import('../data/fetch-site-bytes'),
          import('./parse-sites-off-thread'),
          import('../data/sniff-fgb'),
          import('./lz-load-progress'),
        ]);
        if (!current()) return;
        if (this.fgb && isFgbPath(url)) return await this.fgb.open(url, timeoutMs, signal);
        fgb = this.fgb && sniffFgb();
        this.setProgress({ phase: 'download', value: 0 });
        const bytes = await fetchSiteBytes(url, {
          signal,
          ...(timeoutMs !== undefined && { timeoutMs }),
          ...(fgb && { fetch: fgb.fetch }),
          onProgress: (value, max) => current() && this.setProgress({ phase: 'download', value, max }),
        });
        if (!current()) return;
        const { sites, problems, thread } = await parseSitesOffThread(bytes, url, {
          signal,
          onProgress: (value, max) => current() && this.setProgress({ phase: 'parse', value, max }),
        });
        if (!current()) return;
        this.lastThread = thread;
        this.setProgress(undefined);
        problems.forEach(this.onError);
        this.onSites(sites);
      } catch (err) {
        if (!current()) return;
        this.setProgress(undefined);
        if (fgb?.found && this.fgb)
          await this.fgb.open(url, timeoutMs, signal).catch((e: Error) => {
            if (current() && e.name !== 'AbortError') this.onError(toGeoDataError(e, url));
          });
        else if ((err as Error).name !== 'AbortError') this.onError(toGeoDataError(err, url));
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
