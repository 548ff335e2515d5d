import type { ReactiveControllerHost } from 'lit';
import { FgbLoadedSites } from '../data/fgb-loaded-sites';
import { GeoDataError } from '../data/geo-data-error';
import { MAX_VIEW_FEATURES, openFgb, type Bbox, type FgbFile } from '../data/read-fgb-view';
import { formatNumber } from '../i18n/format-number';
import { addZh, t } from '../i18n/t';
import type { FgbSourceOptions, FgbViewFigures } from './fgb-source-controller';
import { loadZh } from '../i18n/messages-load';

// The load messages come with the progress bar and the FlatGeobuf reader, not in the map's first table (t.ts).
addZh(loadZh);

/** A pan or zoom that ends within this of the last waits for it: a fling of the map is one request, not ten. */
export const FGB_VIEW_DEBOUNCE_MS = 200;
/** Each side of the view is read this much wider, so a small pan needs no request (a fraction of the view). */
const VIEW_MARGIN = 0.1;

/**
 * One FlatGeobuf file being read, view after view (fgb-source-controller.ts holds it; this module
 * loads, with flatgeobuf, only when a `src` is such a file): the file's header once, then the
 * features of each view, checked (read-fgb-view.ts) and added to the sites loaded so far
 * (fgb-loaded-sites.ts), which go to the host. A view's read is aborted when the view moves on, and
 * everything on `close`.
 */
export class FgbSession {
  private file?: FgbFile;
  private loaded?: FgbLoadedSites;
  /** The view being read. */
  private reading?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private closed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FgbSourceOptions,
    private readonly url: string,
    private readonly onFigures: (figures: FgbViewFigures) => void,
  ) {}

  /** Reads the header, then the map's view: resolves once it is shown; a problem with the file rejects. */
  async open(timeoutMs: number | undefined, signal: AbortSignal): Promise<void> {
    const started = performance.now();
    this.file = await openFgb(this.url, { signal, ...(timeoutMs !== undefined && { timeoutMs }) });
    this.loaded = new FgbLoadedSites(this.url);
    if (this.closed) return;
    // No sites until the first view is read (the map may not be made yet: its first view change reads it).
    this.options.onSites([]);
    await this.read(started, { rethrow: true });
  }

  close(): void {
    this.closed = true;
    this.reading?.abort();
    clearTimeout(this.timer);
  }

  /** The map's view changed: the view being read is no longer the one on screen. */
  viewChanged(): void {
    if (!this.file || this.closed) return;
    const changed = performance.now();
    this.reading?.abort();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.read(changed), FGB_VIEW_DEBOUNCE_MS);
  }

  private async read(since: number, { rethrow = false } = {}): Promise<void> {
    const bbox = this.options.bounds();
    const { file, loaded } = this;
    if (!bbox || !file || !loaded || this.closed || loaded.covers(bbox)) return;
    const [w, s, e, n] = bbox;
    const dx = (e - w) * VIEW_MARGIN;
    const dy = (n - s) * VIEW_MARGIN;
    const wide: Bbox = [w - dx, s - dy, e + dx, n + dy];
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    try {
      const view = await file.readView(wide, { signal: reading.signal });
      if (reading.signal.aborted || this.closed) return;
      loaded.add(wide, view).forEach(this.options.onError);
      this.options.onSites(loaded.sites);
      await this.host.updateComplete;
      this.onFigures({
        bytes: view.bytes,
        fileBytes: file.bytesRead,
        sites: view.sites.length,
        capped: view.capped,
        ms: performance.now() - since,
      });
      if (view.capped) {
        this.options.notify((l) => t(l, 'load.viewCapped', { max: formatNumber(l, MAX_VIEW_FEATURES) }));
      }
    } catch (err) {
      if (reading.signal.aborted || this.closed) return;
      const error = err instanceof GeoDataError ? err : new GeoDataError({ file: this.url, problem: String(err) });
      if (rethrow) throw error;
      this.options.onError(error);
    }
  }
}
