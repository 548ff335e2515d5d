import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GeoDataError } from '../data/geo-data-error';
import type { Bbox } from '../data/read-fgb-view';
import type { Site } from '../model/types';
import type { NoticeSaying } from './notices-controller';
import type { FgbSession } from './fgb-session';

export interface FgbSourceOptions {
  /** The map's view now, [west, south, east, north]; undefined before the map is made. */
  bounds: () => Bbox | undefined;
  onSites: (sites: Site[]) => void;
  onError: (error: GeoDataError) => void;
  /** Shows an info notice (a text, or one written in the language of the moment: notices-controller.ts). */
  notify: (saying: NoticeSaying) => void;
}

/** What the last view read cost: for tests and figures. */
export interface FgbViewFigures {
  /** Bytes fetched for the view (index nodes and features). */
  bytes: number;
  /** Bytes fetched for this file so far, header included. */
  fileBytes: number;
  sites: number;
  capped: boolean;
  /** Milliseconds from the view's change (or the file's opening) to its sites drawn (the host's update done). */
  ms: number;
}

/**
 * A FlatGeobuf `src` (issue 13 item 7), read view by view: when the map's view changes
 * (`lz-view-change`, debounced), the features in it are fetched with HTTP range requests, checked as
 * any bureau site, and the sites loaded so far handed to the host, so the map, its clusters, the list,
 * popups and the keyboard treat them as the sites of any `src`. A view that holds more than 5,000
 * features shows that many and says so in a notice.
 *
 * This part is all the element carries at start-up: the reading (fgb-session.ts, read-fgb-view.ts and
 * flatgeobuf) loads as its own chunk when a `src` is such a file. One file at a time: `open` ends the
 * one before; everything stops when `open`'s signal aborts (SitesSource's next request, or its
 * dispose) or the host leaves the page.
 */
export class FgbSourceController implements ReactiveController {
  /** The last view read: what it fetched and how long it took. */
  lastView?: FgbViewFigures;
  private session?: FgbSession;
  private opening?: object;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FgbSourceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('lz-view-change', this.viewChanged);
    // The map is ready: a header that came while it was still being made found no view to read, and
    // the map's first view change may have come before the header (then the file had nothing to read).
    this.host.addEventListener('lz-ready', this.viewChanged);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('lz-view-change', this.viewChanged);
    this.host.removeEventListener('lz-ready', this.viewChanged);
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
    const opening = (this.opening = {});
    const { FgbSession } = await import('./fgb-session');
    if (signal.aborted || opening !== this.opening) return;
    const session = (this.session = new FgbSession(this.host, this.options, url, (f) => (this.lastView = f)));
    signal.addEventListener('abort', () => this.close(session), { once: true });
    await session.open(timeoutMs, signal);
  }

  /** Ends the file being read (or `only` that one, if it is still the current). */
  close(only?: FgbSession): void {
    if (only && only !== this.session) return;
    this.opening = undefined;
    this.session?.close();
    this.session = undefined;
  }

  private viewChanged = (): void => this.session?.viewChanged();
}
