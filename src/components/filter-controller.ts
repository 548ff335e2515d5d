import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LayoutMap } from '../map/layout-map';
import type { AreaId, Layout, Site } from '../model/types';
import type { LayerId } from '../search/layer-ids';
import { siteIndexReady, whenSiteIndexReady } from '../search/site-index';
import { visibleSites } from '../search/visible-sites';
import { formatLayers, isLayerId, onlyArea, onlyFilter, parseLayers, setLayerVisible } from '../state/layer-visibility';
import { emit } from './events';
import type { PanelsActions } from './panels-controller';

/**
 * The element as the filter sees it: `layers` and `query` are the one record of what is shown
 * (reflected, in the URL).
 */
export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  layers?: string;
  query: string;
}

export interface FilterControllerOptions {
  view: () => LayoutMap | undefined;
  /** Push a new visible set at once: the page hears lz-layer-toggle once the map shows the change. */
  show: (visible: ReadonlySet<LayerId>) => void;
  fitTo: (id: string) => boolean;
}

/**
 * The visitor's and the page's filter actions: a layer shown or hidden, "only this" (an area, a theme,
 * a category), the list's search text, and the sites they leave on the map. Every action writes the
 * host's `layers` (parsed and toggled by the pure state/layer-visibility.ts) and fires one
 * lz-layer-toggle per layer that changed. It sets up nothing in the page; what it caches (the shown
 * sites of one layout) is dropped when the element leaves the page.
 */
export class FilterController implements ReactiveController {
  /** The site list's search text (the host's `query`): the markers show the sites it finds, as the list does. */
  get query(): string {
    return this.host.query;
  }
  private shownCache?: {
    layout?: Layout;
    visible: ReadonlySet<LayerId>;
    query: string;
    searchable: boolean;
    sites: Site[];
  };

  constructor(
    private readonly host: FilterHost,
    private readonly options: FilterControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.shownCache = undefined;
  }

  private get current(): ReadonlySet<LayerId> {
    return parseLayers(this.host.layers);
  }

  /** See LiangzhouMap.setLayerVisible. */
  setVisible(id: string, visible: boolean): boolean {
    if (!this.options.view() || !isLayerId(id)) return false;
    this.apply(setLayerVisible(this.current, id, visible));
    return true;
  }

  /** See LiangzhouMap.only. */
  only(id: string): boolean {
    if (!this.options.view() || !isLayerId(id) || id === 'axis' || id === 'sites') return false;
    const area = !id.includes(':');
    this.apply(area ? onlyArea(this.current, id as AreaId) : onlyFilter(this.current, id));
    if (area) this.options.fitTo(id);
    return true;
  }

  /**
   * Takes a new set of visible layers: the attribute (so the page and the URL see it), the map at
   * once, and one lz-layer-toggle per layer that changed.
   */
  apply(next: ReadonlySet<LayerId>): void {
    const current = this.current;
    const changed = [...new Set([...current, ...next])].filter((id) => current.has(id) !== next.has(id));
    if (changed.length === 0) return;
    this.host.layers = formatLayers(next);
    this.options.show(next);
    for (const id of changed) emit(this.host, 'lz-layer-toggle', { id, visible: next.has(id) });
  }

  /** A site shown on request brings back the sites layer (a filter yields to it while its popup is open). */
  reveal(): void {
    if (!this.current.has('sites')) this.setVisible('sites', true);
  }

  /** Whether a layer is shown now. */
  isVisible(id: string): boolean {
    return !!this.options.view() && isLayerId(id) && this.current.has(id);
  }

  /** The sites the map shows now, under its layers and filters: what the exports and the printed map hold. */
  shown(layout: Layout | undefined, visible: ReadonlySet<LayerId>): Site[] {
    const { query } = this;
    // A large list is searchable once its index is built (site-index.ts): until then the query is not
    // applied, and the host renders again when it is.
    const searchable = !layout || siteIndexReady(layout.sites);
    if (!searchable && query.trim()) void whenSiteIndexReady(layout!.sites).then(() => this.host.requestUpdate());
    // One array per (layout, layers, search): the Analysis tab and the print view re-render only when it changes.
    let cache = this.shownCache;
    if (
      !cache ||
      cache.layout !== layout ||
      cache.visible !== visible ||
      cache.query !== query ||
      cache.searchable !== searchable
    )
      cache = this.shownCache = {
        layout,
        visible,
        query,
        searchable,
        sites: layout && visible.has('sites') ? visibleSites(layout.sites, visible, query) : [],
      };
    return cache.sites;
  }

  /** Ids the filter shows now, read from `layers` itself (not the last update's state). */
  shownIds(layout: Layout | undefined): string[] {
    const visible = this.current;
    if (!layout || !visible.has('sites')) return [];
    return visibleSites(layout.sites, visible, this.query).map((site) => site.id);
  }

  /** The layer panel's and the site list's requests. */
  actions(): Pick<PanelsActions, 'layerRequest' | 'filterRequest' | 'queryChange'> {
    return {
      layerRequest: (id, visible) => this.setVisible(id, visible),
      filterRequest: (layers, fit) => {
        this.apply(parseLayers(layers));
        if (fit) this.options.fitTo(fit);
      },
      queryChange: (query) => {
        // The host's property: reflected (the page and the URL see it) and the one text every view reads.
        if (query !== this.query) this.host.query = query;
      },
    };
  }
}
