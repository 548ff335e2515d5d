import * as L from 'leaflet';
import type { AreaId, Site } from '../model/types';
import { clusterIndex, type ClusterIndex, type Mark } from '../spatial/cluster-index';
import { spreadAround } from '../spatial/spread-around';
import { clusterMarker } from './cluster-marker';
import { siteMarker, type SiteLayerOptions } from './site-layer';

/** Tab order of the areas: the core, then the zones as the plan lists them. */
const AREA_RANK: Record<AreaId, number> = { core: 0, east: 1, west: 2, south: 3, north: 4 };
/** The side of the largest tap target (a cluster), in px: no two drawn boxes of this size overlap. */
export const TAP_BOX_PX = 32;
const GAP_PX = 2;
/**
 * From this many sites shown, the clustering index is built in a Worker (cluster-index-off-thread.ts):
 * building it for 5,000 seeded sites took 39 ms at best, 105 ms median (7 builds in node, this shared
 * machine at a load average of 5–8), past the 50 ms a task may take; below, a Worker's start costs more.
 */
export const OFF_THREAD_SITES = 5_000;

interface Drawn {
  layer: L.Marker;
  /** Sort key for the Tab order: by area, then west to east. */
  rank: number;
  lon: number;
  mark?: Mark;
}

/**
 * The sites on the map, as one marker per site where sites lie apart and one counted cluster
 * button where they are closer than a tap target, at every zoom. The clustering index is built
 * once per set of sites and queried for the view after every move, so only what is in view has
 * markers in the DOM. A cluster zooms in to where its sites come apart on a click, Enter or Space;
 * where they never do (the deepest zoom, or one spot), it spreads them on a circle instead, so each
 * can be opened. Markers are Tab-ordered by area, then west to east.
 *
 * The open site ("pinned") is always drawn on its own, whatever the clustering or the filters say,
 * so its popup stays open while the map moves.
 */
export class SiteMarks {
  /** Every marker on the map: popup events bubble here. */
  readonly group = L.featureGroup();
  /** Site markers made so far, by site id (made when first drawn alone, then kept). */
  readonly markers = new Map<string, L.Marker>();
  private byIdMade?: Map<string, Site>;
  private index: ClusterIndex = clusterIndex([]);
  /** The sites the index holds, and whether it was built for them (an empty first set still draws). */
  private indexed: readonly Site[] = [];
  private indexBuilt = false;
  /** The index being built in a Worker for the latest `setVisible`, if one is. */
  private building?: { abort: AbortController; done: Promise<void> };
  private drawn = new Map<string, Drawn>();
  private pinned?: string;
  private spread?: { key: string; ids: string[]; center: [number, number]; zoom: number };
  /** Where keyboard focus goes after the next draw (a cluster opened by the keyboard). */
  private focusAfter?: string[];

  constructor(
    private readonly map: L.Map,
    private readonly sites: readonly Site[],
    private readonly options: SiteLayerOptions,
    /** After each draw: what lies over the map changed (labels make room, layout-layers.ts). */
    private readonly onDrawn: () => void = () => {},
  ) {
    map.on('moveend', this.draw);
    map.on('zoomstart', this.unspread);
  }

  /** The sites by id: made on first use, so 100,000 sites cost nothing in the task that hands them over. */
  private get byId(): Map<string, Site> {
    return (this.byIdMade ??= new Map(this.sites.map((s) => [s.id, s])));
  }

  /**
   * Clusters exactly `visible` (a subset of the sites): rebuilds the index only when the set changed.
   * A large set's index is built in a Worker: what is drawn stays as it was until it is ready
   * (`indexing`), so no task on the main thread runs for the whole build.
   */
  setVisible(visible: readonly Site[]): void {
    // The same sites in the same order (the same objects: a site's record is never changed in place).
    const same = visible.length === this.indexed.length && visible.every((site, i) => site === this.indexed[i]);
    if (same && this.indexBuilt) return;
    this.indexBuilt = true;
    this.indexed = visible;
    this.building?.abort.abort();
    this.building = undefined;
    const points = visible.map((s) => ({ id: s.id, lonlat: s.coordinates, rank: AREA_RANK[s.zone] ?? 9 }));
    const options = { boxPx: TAP_BOX_PX, gapPx: GAP_PX, maxZoom: this.map.getMaxZoom() };
    if (points.length < OFF_THREAD_SITES) {
      this.useIndex(clusterIndex(points, options));
      return;
    }
    const abort = new AbortController();
    // Loaded only for a large set: most maps never need it (issue 13's one-tag start-up budget).
    const done = import('./cluster-index-off-thread')
      .then(({ clusterIndexOffThread }) => clusterIndexOffThread(points, options, abort.signal))
      .then(
        (index) => {
          if (this.building?.abort !== abort) return;
          this.building = undefined;
          this.useIndex(index);
        },
        () => {
          // Aborted: a newer set, or the map went away. Otherwise the Worker's code did not load (a dropped
          // connection, files replaced by a deploy): cluster here, as for a small set, rather than never.
          if (this.building?.abort !== abort) return;
          this.building = undefined;
          this.useIndex(clusterIndex(points, options));
        },
      );
    this.building = { abort, done };
  }

  /** Settles once the index for the latest `setVisible` is in use and drawn; undefined when it already is. */
  get indexing(): Promise<void> | undefined {
    return this.building?.done;
  }

  private useIndex(index: ClusterIndex): void {
    this.index = index;
    this.spread = undefined;
    this.draw();
  }

  /** The site's marker, made if needed (undefined for an unknown id). */
  marker(id: string): L.Marker | undefined {
    const made = this.markers.get(id);
    if (made) return made;
    const site = this.byId.get(id);
    if (!site) return undefined;
    const marker = siteMarker(site, this.options);
    this.markers.set(id, marker);
    return marker;
  }

  /** Keeps the site drawn on its own (its popup is about to open), or lets go (`undefined`). */
  pin(id: string | undefined): void {
    if (id === this.pinned) return;
    this.pinned = id;
    this.draw();
  }

  /** The lowest zoom ≥ `zoom` where the site is drawn on its own; undefined if never (or hidden). */
  zoomAlone(id: string, zoom: number): number | undefined {
    return this.index.zoomAlone(id, zoom);
  }

  /** The element standing for a site now: its marker, or the cluster that holds it. */
  elementFor(id: string): HTMLElement | undefined {
    const own = this.drawn.get(`s:${id}`) ?? (this.pinned === id ? this.drawn.get(`p:${id}`) : undefined);
    return own ? own.layer.getElement() : this.holding(id)?.layer.getElement();
  }

  /** The drawn cluster holding a site. Only clusters near the site can: ask those for their members. */
  private holding(id: string): Drawn | undefined {
    const site = this.byId.get(id);
    if (!site) return undefined;
    const at = this.map.latLngToContainerPoint([site.coordinates[1], site.coordinates[0]]);
    for (const d of this.drawn.values()) {
      if (!d.mark || d.mark.count < 2) continue;
      const p = this.map.latLngToContainerPoint(d.layer.getLatLng());
      if (p.distanceTo(at) > TAP_BOX_PX * 4) continue;
      if (this.index.leaves(d.mark).includes(id)) return d;
    }
    return undefined;
  }

  /** Spreads the cluster holding a site (sites that share its spot), so it has a marker of its own. */
  spreadHolding(id: string): void {
    const d = this.holding(id);
    if (d?.mark) this.open(d.mark, false);
  }

  /** The elements drawn now, in Tab order. */
  elements(): HTMLElement[] {
    return this.ordered().flatMap((d) => d.layer.getElement() ?? []);
  }

  private ordered(): Drawn[] {
    return [...this.drawn.entries()]
      .sort(([ka, a], [kb, b]) => a.rank - b.rank || a.lon - b.lon || (ka < kb ? -1 : ka > kb ? 1 : 0))
      .map(([, d]) => d);
  }

  private unspread = (): void => {
    this.spread = undefined;
  };

  /** Opens a cluster: zoom to where it comes apart, or spread its sites where they never do. */
  private open = (mark: Mark, byKeyboard: boolean): void => {
    const zoom = this.map.getZoom();
    const leaves = this.index.leaves(mark);
    const to = zoom < this.map.getMaxZoom() ? this.index.expansionZoom(mark, zoom) : undefined;
    if (byKeyboard) this.focusAfter = leaves;
    if (to !== undefined && to <= this.map.getMaxZoom()) {
      this.map.setView([mark.lonlat[1], mark.lonlat[0]], to);
      return;
    }
    this.spread = { key: mark.key, ids: leaves, center: mark.lonlat, zoom };
    this.draw();
  };

  /** Draws what is in view now; keeps what stays, adds and removes the difference. */
  draw = (): void => {
    if (!(this.map as unknown as { _loaded?: boolean })._loaded) return;
    const zoom = this.map.getZoom();
    const b = this.map.getBounds().pad(0.25);
    const marks = this.index.marks([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom);
    const next = new Map<string, Drawn>();
    const placeSite = (id: string, at: [number, number] | undefined, key: string, rank: number) => {
      const site = this.byId.get(id);
      const marker = this.marker(id);
      if (!site || !marker) return;
      const to = at ?? site.coordinates;
      const now = marker.getLatLng();
      if (now.lng !== to[0] || now.lat !== to[1]) marker.setLatLng([to[1], to[0]]);
      next.set(key, { layer: marker, rank, lon: to[0] });
    };
    for (const mark of marks) {
      if (this.spread && mark.key === this.spread.key && zoom === this.spread.zoom) {
        const spots = spreadAround(this.spread.center, this.spread.ids.length, zoom, TAP_BOX_PX + GAP_PX);
        this.spread.ids.forEach((id, i) => placeSite(id, spots[i], `s:${id}`, mark.rank));
      } else if (mark.siteId !== undefined) {
        placeSite(mark.siteId, undefined, `s:${mark.siteId}`, mark.rank);
      } else {
        const old = this.drawn.get(mark.key);
        const layer = old?.mark?.count === mark.count ? old.layer : clusterMarker(mark, this.options.lang, this.open);
        const now = layer.getLatLng();
        if (now.lng !== mark.lonlat[0] || now.lat !== mark.lonlat[1]) layer.setLatLng([mark.lonlat[1], mark.lonlat[0]]);
        next.set(mark.key, { layer, rank: mark.rank, lon: mark.lonlat[0], mark });
      }
    }
    if (this.pinned && !next.has(`s:${this.pinned}`)) {
      const site = this.byId.get(this.pinned);
      if (site) placeSite(this.pinned, undefined, `p:${this.pinned}`, AREA_RANK[site.zone] ?? 9);
    }
    const keep = new Set([...next.values()].map((d) => d.layer));
    for (const d of this.drawn.values()) if (!keep.has(d.layer)) this.group.removeLayer(d.layer);
    for (const d of next.values()) if (!this.group.hasLayer(d.layer)) this.group.addLayer(d.layer);
    this.drawn = next;
    this.orderForTab();
    this.moveFocus();
    this.onDrawn();
  };

  /** The tap boxes drawn now, in the map container's pixels: [left, top, right, bottom]. */
  boxes(): [number, number, number, number][] {
    if (!this.map.hasLayer(this.group)) return [];
    return [...this.drawn.values()].map((d) => {
      const p = this.map.latLngToContainerPoint(d.layer.getLatLng());
      const half = d.mark ? TAP_BOX_PX / 2 : 12;
      return [p.x - half, p.y - half, p.x + half, p.y + half];
    });
  }

  /**
   * Leaflet appends each marker to its pane as it is added, so Tab would follow the order of
   * drawing. Put the elements in Tab order (by area, then west to east), moving them only when
   * they are out of it, and keep focus where it was.
   */
  private orderForTab(): void {
    const els = this.elements();
    const pane = els[0]?.parentElement;
    if (!pane) return;
    const mine = new Set<Element>(els);
    const now = [...pane.children].filter((c) => mine.has(c));
    if (now.length === els.length && now.every((el, i) => el === els[i])) return;
    const root = pane.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement as HTMLElement | null;
    pane.append(...els);
    if (active && mine.has(active) && root.activeElement !== active) active.focus({ preventScroll: true });
  }

  private moveFocus(): void {
    const ids = this.focusAfter;
    if (!ids) return;
    this.focusAfter = undefined;
    const el = ids.map((id) => this.elementFor(id)).find((e) => e?.isConnected);
    el?.focus({ preventScroll: true });
  }

  /** Detaches from the map (the owner removes the group). */
  remove(): void {
    this.building?.abort.abort();
    this.building = undefined;
    this.map.off('moveend', this.draw);
    this.map.off('zoomstart', this.unspread);
    this.group.off();
    this.group.remove();
  }
}
