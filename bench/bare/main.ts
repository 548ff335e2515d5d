/**
 * The benchmark's baseline: the same geo/ files drawn the plainest way Leaflet allows — L.geoJSON
 * with default styles and default markers, no validation, no components. `npm run bench` compares
 * <liangzhou-map> against this page.
 */
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import boundary from '../../geo/boundary.geojson?raw';
import context from '../../geo/context.geojson?raw';
import core from '../../geo/core.geojson?raw';
import axis from '../../geo/axis.geojson?raw';
import zones from '../../geo/zones.geojson?raw';
import sites from '../../geo/sites.geojson?raw';

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
const map = L.map('map');
const layers = [context, zones, core, boundary, axis, sites].map((text) =>
  L.geoJSON(JSON.parse(text), {
    onEachFeature: (f, layer) =>
      layer.bindPopup(() => {
        const node = document.createElement('span');
        node.textContent = String(f.properties?.name?.zh ?? ''); // text, not HTML, even in a baseline
        return node;
      }),
  }).addTo(map),
);
map.fitBounds(layers[3].getBounds());
map.whenReady(() =>
  requestAnimationFrame(() => {
    (window as unknown as { __ready: number }).__ready = performance.now();
  }),
);
