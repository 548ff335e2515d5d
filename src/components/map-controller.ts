import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cooperativeGestures } from '../map/cooperative-gestures';
import { LayoutMap, type LayoutMapOptions, type MapView } from '../map/layout-map';
import type { Layout } from '../model/types';
import type { Gestures } from '../state/attributes';
import { emit } from './events';

export interface MapControllerOptions {
  /** The element around the map's container: it hears the wheel before Leaflet does. */
  frame: () => HTMLElement;
  /** The host's size changed (the panel may become a sheet: state/panel-layout.ts). */
  onResize: (width: number, height: number) => void;
  /** The map is on screen (its first frame after Leaflet is ready). */
  onReady: () => void;
  onHint: (kind: 'wheel' | 'touch') => void;
}

/**
 * The Leaflet map's lifetime in an element: made on the element's `.map` container after a render
 * (the first one, and the first after the element is added to a page again), kept in size with a
 * ResizeObserver, given its gesture mode, and released whole when the element leaves the page
 * (`map.remove()`, the observer, the gesture listeners), as Leaflet's onAdd/onRemove pair things.
 */
export class MapController implements ReactiveController {
  view?: LayoutMap;
  /** What the map shows now, [west, south, east, north]: for the site list's "only in view". */
  bounds?: [number, number, number, number];
  private resizeObserver?: ResizeObserver;
  private undoGestures?: () => void;
  private gestures?: Gestures;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MapControllerOptions,
  ) {
    host.addController(this);
  }

  /** The map being drawn in steps (LayoutMap.stage), resolved once it is drawn or given up. */
  building?: Promise<void>;
  /** The map was drawn since the host's last look (`ensure` reports it once as new). */
  private fresh = false;

  /**
   * The map on `container`, and whether it is new (the first `ensure` that sees it). Undefined while it
   * is drawn: the first call starts drawing it in steps, a task each (start-up never blocks the page
   * for long), and the host updates again when it is done.
   */
  ensure(
    container: HTMLElement,
    layout: Layout,
    options: LayoutMapOptions,
  ): { view: LayoutMap; created: boolean } | undefined {
    if (this.view) {
      const created = this.fresh;
      this.fresh = false;
      return { view: this.view, created };
    }
    this.building ??= this.build(container, layout, options);
    return undefined;
  }

  private async build(container: HTMLElement, layout: Layout, options: LayoutMapOptions): Promise<void> {
    const { view, done } = LayoutMap.stage(container, layout, options);
    this.drawing = view;
    // False: the element left the page meanwhile (hostDisconnected removed this map).
    if (!(await done)) return;
    this.drawing = undefined;
    this.building = undefined;
    this.view = view;
    this.fresh = true;
    // Leaflet measures its container once; an embedding page may lay us out later.
    this.resizeObserver = new ResizeObserver(() => {
      view.invalidateSize();
      const { width, height } = this.host.getBoundingClientRect();
      this.options.onResize(width, height);
    });
    this.resizeObserver.observe(container);
    view.map.whenReady(() =>
      requestAnimationFrame(() => {
        if (this.view === view) this.options.onReady(); // not when removed before its first frame
      }),
    );
    this.host.requestUpdate();
  }

  /** The map being drawn in steps: removed at once if the element leaves the page meanwhile. */
  private drawing?: LayoutMap;

  /** The visitor moved the map: lz-view-change, and the new bounds for the host's next render. */
  viewChanged = (view: MapView): void => {
    // Leaflet reports moves made inside our own update (setView, fitBounds) synchronously: take the
    // new bounds after it, so the list re-renders once.
    queueMicrotask(() => {
      this.bounds = view.bounds;
      this.host.requestUpdate();
    });
    emit(this.host, 'lz-view-change', view);
  };

  /** `cooperative`: one finger and the plain wheel scroll the page; `greedy`: they move the map. */
  setGestures(gestures: Gestures): void {
    if (!this.view || gestures === this.gestures) return;
    this.gestures = gestures;
    this.undoGestures?.();
    this.undoGestures =
      gestures === 'greedy' ? undefined : cooperativeGestures(this.view.map, this.options.frame(), this.options.onHint);
  }

  hostDisconnected(): void {
    this.drawing?.remove();
    this.drawing = undefined;
    this.building = undefined;
    this.fresh = false;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.undoGestures?.();
    this.undoGestures = undefined;
    this.gestures = undefined;
    this.view?.remove();
    this.view = undefined;
  }
}
