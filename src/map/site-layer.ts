import * as L from 'leaflet';
import { localized } from '../i18n/localized';
import type { Lang, Site } from '../model/types';

export interface SiteLayerOptions {
  lang: Lang;
  /** Builds the popup's content for a site: a DOM node, never an HTML string. */
  renderPopup: (site: Site) => HTMLElement;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The marker's picture: a pin in its area's colour (set by CSS), explicit so no image 404s in a bundle. */
function markerGlyph(site: Site): HTMLElement {
  const wrap = document.createElement('span');
  wrap.className = 'lz-marker-glyph';
  wrap.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '24');
  const circle = document.createElementNS(SVG, 'circle');
  circle.setAttribute('cx', '12');
  circle.setAttribute('cy', '12');
  circle.setAttribute('r', site.zone === 'core' ? '6' : '8');
  svg.appendChild(circle);
  wrap.appendChild(svg);
  return wrap;
}

/**
 * One site's marker: a keyboard-reachable button named by the site's name, opening a DOM-node popup.
 * Made when the site is first drawn alone (site-marks.ts), then kept, so its popup survives a redraw.
 */
export function siteMarker(site: Site, options: SiteLayerOptions): L.Marker {
  const name = localized(site.name, options.lang);
  const marker = L.marker([site.coordinates[1], site.coordinates[0]], {
    icon: L.divIcon({
      html: markerGlyph(site),
      className: `lz-site-marker lz-site-${site.zone} lz-cat-${site.category}`,
      iconSize: [24, 24],
      iconAnchor: [12, 12],
      popupAnchor: [0, -10],
    }),
    title: name,
    alt: name,
    keyboard: true,
    riseOnHover: true,
  });
  // Leaflet's own close button is an <a href="#close">, which screen readers take for a broken
  // link; the card brings a real <button> instead.
  marker.bindPopup(() => options.renderPopup(site), {
    className: 'lz-popup',
    maxWidth: 320,
    minWidth: 220,
    // The owner pans once the card has rendered (LayoutMap.fitPopup): at popupopen it is still empty.
    autoPan: false,
    closeButton: false,
  });
  marker.on('add', () => {
    const el = marker.getElement();
    el?.setAttribute('aria-label', name);
    el?.setAttribute('data-site-id', site.id);
  });
  // Leaflet opens a marker's popup on Enter; a role="button" should answer Space as well.
  marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
    if (e.originalEvent.key === ' ') {
      e.originalEvent.preventDefault();
      marker.openPopup();
    }
  });
  return marker;
}
