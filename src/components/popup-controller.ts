import { html, nothing, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Lang, Site } from '../model/types';
import { freeRect, type Rect } from '../state/free-rect';
import { importSiteCard } from './import-site-card';
import { siteCardFailed } from './site-card-failed';

/** What the open popup's card shows, read from the host on every update. */
export interface PopupState {
  lang: Lang;
  /** Whether the card offers the trip button (the trip panel is on). */
  trip: boolean;
  inTrip: (id: string) => boolean;
}

export interface PopupControllerOptions {
  state: () => PopupState;
  onToggleTrip: (id: string) => void;
  onClose: () => void;
  /** The marker to give focus back to when nothing else opened the popup. */
  markerElement: (id: string) => HTMLElement | undefined;
  openSiteId: () => string | undefined;
  /** The map's container: the popup must show inside it. */
  mapElement: () => HTMLElement | undefined;
  /** What lies over the map and must not cover a popup: the panel, the note, the map's controls. */
  overlays: () => Element[];
  /** Fit the open popup into this part of the map (px in the map's container). */
  fit: (free: Rect) => void;
}

/**
 * The card's module (the element, its styles, the visitor fields' messages): a chunk of its own, fetched when
 * the first popup opens, so the one-tag embed's first frame does not carry it (issue 13). One promise for the
 * page: the element registers once. A failed fetch is forgotten, so the next try (a retry, another popup)
 * fetches again instead of failing at once for the rest of the page's life.
 */
let cardModule: Promise<unknown> | undefined;
const loadCard = (): Promise<unknown> =>
  (cardModule ??= importSiteCard().catch((err: unknown) => {
    cardModule = undefined;
    throw err;
  }));

/** A popup narrower or shorter than this cannot show the card usefully: cut overlays differently. */
const MIN_FREE = { minWidth: 260, minHeight: 200 };

/**
 * The site popup's card and the focus around it. The card is a Lit template rendered into one
 * container, which the map shows as the popup's content; it is rendered again after every update
 * of the host, so an open popup always shows the current trip and language (a trip changed by the
 * Trip tab, a shared link or the `itinerary` property updates its button at once).
 *
 * Focus: a popup opened from the keyboard takes focus into the card, and gives it back on close to
 * what opened it (a list item), or else to the marker.
 */
export class PopupController implements ReactiveController {
  /** The popup's content node, handed to the map. */
  readonly container = document.createElement('div');
  private site?: Site;
  private returnFocus?: HTMLElement;
  /**
   * Watches the open card, the map and the overlays: the card is measured only once it has rendered
   * (a ResizeObserver reports each element once it is laid out), and fitted again when it grows (its
   * opening hours arrive later), the map is resized, or the panel opens or closes.
   */
  private watcher?: ResizeObserver;
  private watched = new Set<Element>();
  private frame = 0;
  /** Set once the card's chunk is here: until then the popup is an empty box (as it is anyway before the card renders). */
  private cardReady = false;
  /** The card's chunk failed to load: the popup shows its stand-in (site-card-failed.ts) until a retry succeeds. */
  private failed = false;
  /** The card's chunk on its way; `ready` resolves when an open popup shows its card. */
  private cardLoading?: Promise<void>;
  /** A popup opened from the keyboard before its card was here: focus goes into the card once it is. */
  private focusWhenReady = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PopupControllerOptions,
  ) {
    host.addController(this);
  }

  /** The map asks for a site's popup content (when it opens, or reopens after a rebuild). */
  content = (site: Site): HTMLElement => {
    this.site = site;
    this.failed = false; // a new popup fetches the card again, rather than show the last failure
    this.render();
    return this.container;
  };

  hostUpdated(): void {
    if (this.site) this.render();
    // An overlay drawn after the popup opened (the panel, on a cold load of embed.html?site=) is
    // watched too: observing it reports its size, which fits the popup clear of it.
    if (this.watcher)
      for (const el of this.options.overlays())
        if (!this.watched.has(el)) {
          this.watched.add(el);
          this.watcher.observe(el);
        }
  }

  hostDisconnected(): void {
    this.unwatch();
    this.site = undefined;
    this.returnFocus = undefined;
    render(nothing, this.container);
  }

  /** Resolves once the open popup's card is rendered (at once when no card is loading): for `updateComplete`. */
  get ready(): Promise<void> {
    return this.cardLoading ?? Promise.resolve();
  }

  private render(): void {
    const site = this.site;
    if (!site) return;
    // Registered already (by another map's popup, the es build's entry, or the lite entry's early fetch): at once.
    if (!this.cardReady && customElements.get('lz-site-card')) this.cardReady = true;
    const { lang, trip, inTrip } = this.options.state();
    if (!this.cardReady) {
      if (!this.failed) this.load();
      // Empty while the chunk is on its way (not the last popup's stand-in, which named another site).
      render(this.failed ? siteCardFailed(site, lang, this.load, this.options.onClose) : nothing, this.container);
      return;
    }
    render(
      html`<lz-site-card
        part="popup"
        exportparts="card, title, note, close"
        closable
        lang=${lang}
        .site=${site}
        .inTrip=${trip ? inTrip(site.id) : undefined}
        @lz-card-trip=${() => {
          this.options.onToggleTrip(site.id);
          this.render(); // at once: the button the visitor pressed says what it does now
        }}
        @lz-card-close=${() => this.options.onClose()}
      ></lz-site-card>`,
      this.container,
    );
  }

  /** Fetches the card's chunk (once at a time); the stand-in, if shown, stays until it has settled. */
  private load = (): void => {
    this.cardLoading ??= loadCard().then(
      () => this.cardSettled(true),
      (err: unknown) => {
        this.cardLoading = undefined; // offline or a missing chunk: a retry or the next popup fetches again
        console.error(`liangzhou-map: the site card could not be loaded: ${(err as Error)?.message ?? err}`);
        return this.cardSettled(false);
      },
    );
  };

  /**
   * The chunk is here, or failed: render the open popup's card or its stand-in, then fit and focus it as
   * `opened` would have. Focus on the stand-in's retry button moves into the card that replaces it.
   */
  private async cardSettled(ok: boolean): Promise<void> {
    if (ok) this.cardReady = true;
    else this.failed = true;
    const hadFocus = this.container.contains(this.host.shadowRoot?.activeElement ?? null);
    this.render();
    const card = this.container.querySelector('lz-site-card');
    await card?.updateComplete;
    if (!this.site || this.options.openSiteId() !== this.site.id) return;
    this.watch();
    if (this.focusWhenReady || hadFocus)
      (card ?? this.container.querySelector('button'))?.focus({ preventScroll: true });
    this.focusWhenReady = false;
  }

  /** Where focus should return when a popup closes, if something other than its marker opened it. */
  openedFrom(opener: HTMLElement): void {
    this.returnFocus = opener;
  }

  /** Where focus goes when a popup closes: what opened it, if still on screen, else the marker. */
  focusTarget(id: string): HTMLElement | undefined {
    const opener = this.returnFocus;
    if (opener?.isConnected && opener.checkVisibility()) return opener;
    return this.options.markerElement(id);
  }

  /** Fits the open popup into the part of the map that nothing covers. */
  fit = (): void => {
    const map = this.options.mapElement();
    if (!map || !this.options.openSiteId()) return;
    const origin = map.getBoundingClientRect();
    const frame: Rect = { left: 0, top: 0, right: origin.width, bottom: origin.height };
    const overlays = this.options.overlays().map((o) => {
      const r = o.getBoundingClientRect();
      return {
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
      };
    });
    this.options.fit(freeRect(frame, overlays, MIN_FREE));
  };

  private watch(): void {
    this.unwatch();
    const card = this.container.firstElementChild; // the card, or its stand-in
    const map = this.options.mapElement();
    if (!card || !map) return;
    // Fitted in the next frame, not inside the observer's callback: fitting resizes the popup, and a
    // size changed inside the callback makes the browser report a "ResizeObserver loop" error to the page.
    this.watcher = new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(this.fit);
    });
    this.watched = new Set([card, map, ...this.options.overlays()]);
    for (const el of this.watched) this.watcher.observe(el);
  }

  private unwatch(): void {
    cancelAnimationFrame(this.frame);
    this.watcher?.disconnect();
    this.watcher = undefined;
    this.watched.clear();
  }

  opened(popup: HTMLElement): void {
    this.watch();
    // Opened from the keyboard (a focused marker or list item): take focus into the popup, and
    // remember where to give it back.
    const active = this.host.shadowRoot?.activeElement as HTMLElement | null;
    if (!active || popup.contains(active)) return;
    this.returnFocus = this.returnFocus ?? active;
    const card = this.container.querySelector('lz-site-card');
    if (!card) this.focusWhenReady = true;
    // Without scrolling: the map's container would scroll under Leaflet; fit() brings the card into view.
    void card?.updateComplete.then(() => card.focus({ preventScroll: true }));
  }

  /** Escape anywhere in the map closes the open popup and gives focus back. */
  keydown = (e: KeyboardEvent): void => {
    const open = this.options.openSiteId();
    if (e.key !== 'Escape' || !open) return;
    const target = this.focusTarget(open);
    this.options.onClose();
    target?.focus();
    e.stopPropagation();
  };

  closed(id: string): void {
    if (this.site?.id === id) {
      this.site = undefined;
      this.focusWhenReady = false;
      this.unwatch();
    }
    // Escape or the close button: give focus back to what opened the popup.
    const target = this.focusTarget(id);
    this.returnFocus = undefined;
    const root = this.host.shadowRoot;
    if (target && root && document.activeElement === this.host && root.activeElement) target.focus();
  }
}
