import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FgbLoadedSites } from '../data/fgb-loaded-sites';
import { GeoDataError } from '../data/geo-data-error';
import type { Bbox, FgbFile } from '../data/read-fgb-view';
import { formatNumber } from '../i18n/format-number';
import { t } from '../i18n/t';
import type { Lang, Site } from '../model/types';

/** A pan or zoom that ends within this of the last waits for it: a fling of the map is one request, not ten. */
export const FGB_VIEW_DEBOUNCE_MS = 200;
/** Each side of the view is read this much wider, so a small pan needs no request (a fraction of the view). */
const VIEW_MARGIN = 0.1;

export interface FgbSourceOptions {
  /** The map's view now, [west, south, east, north]; undefined before the map is made. */
  bounds: () => Bbox | undefined;
  onSites: (sites: Site[]) => void;
  onError: (error: GeoDataError) => void;
  /** Shows an info notice (already in the visitor's language). */
  notify: (text: string) => void;
  lang: () => Lang;
}

/** What the last view read cost: for tests and figures. */
export interface FgbViewFigures {
  /** Bytes fetched for the view (index nodes and features). */
  bytes: number;
  /** Bytes fetched for this file so far, header included. */
  fileBytes: number;
  sites: number;
  capped: boolean;
  /** Milliseconds from the view's change (or the file's opening) to its sites handed to the host. */
  ms: number;
}

interface Session {
  url: string;
  timeoutMs?: number;
  file?: FgbFile;
  loaded?: FgbLoadedSites;
  /** The view being read. */
  reading?: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  closed: boolean;
}

/**
 * A FlatGeobuf `src` (issue 13 item 7), read view by view: when the map's view changes (`lz-view-change`,
 * debounced), the features in it are fetched with HTTP range requests (read-fgb-view.ts, loaded as
 * its own chunk, with flatgeobuf, only when such a `src` is used), checked as any bureau site, and the
 * sites loaded so far handed to the host (fgb-loaded-sites.ts), so the map, its clusters, the list,
 * popups and the keyboard treat them as the sites of any `src`. A view that holds more than
 * MAX_VIEW_FEATURES shows that many and says so in a notice.
 *
 * One file at a time: `open` ends the one before. The read of a view is aborted when the view moves
 * on, and everything when `open`'s signal aborts (SitesSource's next request, or its dispose) or the
 * host leaves the page.
 */
export class FgbSourceController implements ReactiveController {
  /** The last view read: what it fetched and how long it took. */
  lastView?: FgbViewFigures;
  private session?: Session;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FgbSourceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('lz-view-change', this.viewChanged);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('lz-view-change', this.viewChanged);
    this.close();
  }

  /**
   * Reads the FlatGeobuf file at `url` (absolute): its header, then the features of the map's view.
   * Resolves once that first view is shown; a problem with the file as a whole (not FlatGeobuf, no
   * index, a host without Range support, a URL the page does not allow) rejects with a GeoDataError.
   * Later views report their own problems through `onError`.
   */
  async open(url: string, timeoutMs: number | undefined, signal: AbortSignal): Promise<void> {
    this.close();
    const session: Session = (this.session = { url, timeoutMs, closed: false });
    signal.addEventListener('abort', () => this.close(session), { once: true });
    const [{ openFgb }, { FgbLoadedSites }] = await Promise.all([
      import('../data/read-fgb-view'),
      import('../data/fgb-loaded-sites'),
    ]);
    if (session.closed) return;
    const started = performance.now();
    session.file = await openFgb(url, { signal, ...(timeoutMs !== undefined && { timeoutMs }) });
    session.loaded = new FgbLoadedSites(url);
    if (session.closed) return;
    // No sites until the first view is read (the map may not be made yet: its first view change reads it).
    this.options.onSites([]);
    await this.read(session, started, { rethrow: true });
  }

  /** Ends the file being read (or `only` that one, if it is still the current). */
  close(only?: Session): void {
    const session = this.session;
    if (!session || (only && only !== session)) return;
    session.closed = true;
    session.reading?.abort();
    clearTimeout(session.timer);
    this.session = undefined;
  }

  private viewChanged = (): void => {
    const session = this.session;
    if (!session?.file) return;
    const changed = performance.now();
    // The view being read is no longer the one on screen.
    session.reading?.abort();
    clearTimeout(session.timer);
    session.timer = setTimeout(() => void this.read(session, changed), FGB_VIEW_DEBOUNCE_MS);
  };

  private async read(session: Session, since: number, { rethrow = false } = {}): Promise<void> {
    const bbox = this.options.bounds();
    const { file, loaded } = session;
    if (!bbox || !file || !loaded || session.closed || loaded.covers(bbox)) return;
    const [w, s, e, n] = bbox;
    const dx = (e - w) * VIEW_MARGIN;
    const dy = (n - s) * VIEW_MARGIN;
    const wide: Bbox = [w - dx, s - dy, e + dx, n + dy];
    session.reading?.abort();
    const reading = (session.reading = new AbortController());
    try {
      const view = await file.readView(wide, { signal: reading.signal });
      if (reading.signal.aborted || session.closed) return;
      loaded.add(wide, view).forEach(this.options.onError);
      this.options.onSites(loaded.sites);
      await this.host.updateComplete;
      this.lastView = {
        bytes: view.bytes,
        fileBytes: file.bytesRead,
        sites: view.sites.length,
        capped: view.capped,
        ms: performance.now() - since,
      };
      if (view.capped) {
        const lang = this.options.lang();
        const { MAX_VIEW_FEATURES } = await import('../data/read-fgb-view');
        this.options.notify(t(lang, 'load.viewCapped', { max: formatNumber(lang, MAX_VIEW_FEATURES) }));
      }
    } catch (err) {
      if (reading.signal.aborted || session.closed) return;
      const error = err instanceof GeoDataError ? err : new GeoDataError({ file: session.url, problem: String(err) });
      if (rethrow) throw error;
      this.options.onError(error);
    }
  }
}
