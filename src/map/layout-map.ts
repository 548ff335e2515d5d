import * as L from 'leaflet';
import { localized } from '../i18n/localized';
import { t } from '../i18n/t';
import type { Lang, Layout, Site } from '../model/types';
import { createMap } from './create-map';
import { fillLabels, layoutLayers, type LayoutLayers } from './layout-layers';
import { siteLayer, type SiteLayer } from './site-layer';

export interface LayoutMapOptions {
  lang: Lang;
  renderPopup: (site: Site, lang: Lang) => HTMLElement;
  onSiteSelect?: (id: string) => void;
}

/**
 * The Leaflet side of `<liangzhou-map>`: owns the L.Map and every layer, and offers the element a
 * small vocabulary of ids (`core`, `axis`, `east` ..., `sites`). Nothing outside src/map touches Leaflet.
 */
export class LayoutMap {
  readonly map: L.Map;
  private layers: LayoutLayers;
  private sites!: SiteLayer;
  private lang: Lang;

  constructor(
    container: HTMLElement,
    private layout: Layout,
    private options: LayoutMapOptions,
  ) {
    this.lang = options.lang;
    this.map = createMap(container, { label: t(this.lang, 'map.label') });
    this.layers = layoutLayers(layout, this.lang);
    this.layers.context.addTo(this.map);
    for (const zone of this.layers.zones.values()) zone.addTo(this.map);
    this.layers.core.addTo(this.map);
    this.layers.boundary.addTo(this.map);
    this.layers.axis.addTo(this.map);
    this.layers.labels.addTo(this.map);
    this.buildSites();
    this.map.fitBounds(this.layers.boundary.getBounds(), { padding: [8, 8] });
  }

  private buildSites(): void {
    this.sites?.group.remove();
    this.sites = siteLayer(this.layout.sites, {
      lang: this.lang,
      renderPopup: (site) => this.options.renderPopup(site, this.lang),
    });
    this.sites.group.on('click', (e: L.LeafletEvent) => {
      const id = (e.sourceTarget as L.Marker).getElement()?.dataset.siteId;
      if (id) this.options.onSiteSelect?.(id);
    });
    this.sites.group.addTo(this.map);
  }

  /** The ids of the layers this map can show and hide. */
  get layerIds(): string[] {
    return ['context', 'boundary', 'core', 'axis', ...this.layers.zones.keys(), 'sites'];
  }

  private layer(id: string): L.Layer | undefined {
    if (id === 'sites') return this.sites.group;
    if (id === 'labels' || id === 'context' || id === 'boundary' || id === 'core' || id === 'axis') return this.layers[id];
    return this.layers.zones.get(id as never);
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    const open = this.openSiteId();
    this.lang = lang;
    this.map.getContainer().setAttribute('aria-label', t(lang, 'map.label'));
    fillLabels(this.layers.labels, this.layout, lang);
    this.buildSites();
    if (open) this.showSite(open);
  }

  setLayerVisible(id: string, visible: boolean): boolean {
    const layer = this.layer(id);
    if (!layer) return false;
    if (visible) layer.addTo(this.map);
    else layer.remove();
    return true;
  }

  isLayerVisible(id: string): boolean {
    const layer = this.layer(id);
    return !!layer && this.map.hasLayer(layer);
  }

  /** Opens a site's popup, moving the map to it. False when there is no such site. */
  showSite(id: string): boolean {
    const marker = this.sites.markers.get(id);
    if (!marker) return false;
    if (!this.map.hasLayer(this.sites.group)) this.sites.group.addTo(this.map);
    this.map.setView(marker.getLatLng(), Math.max(this.map.getZoom(), 13), { animate: false });
    marker.openPopup();
    return true;
  }

  openSiteId(): string | undefined {
    for (const [id, marker] of this.sites.markers) if (marker.isPopupOpen()) return id;
    return undefined;
  }

  /** The name of a site in the current language, for messages. */
  siteName(id: string): string | undefined {
    const site = this.layout.sites.find((s) => s.id === id);
    return site && localized(site.name, this.lang);
  }

  invalidateSize(): void {
    this.map.invalidateSize();
  }

  remove(): void {
    this.map.remove();
  }
}
