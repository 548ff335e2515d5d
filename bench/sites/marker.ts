/** Bare Leaflet, the plainest way: one default `L.marker` per point, each with a text popup. */
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import { bench, DISTRICT, fail, fetchPoints, markOnScreen } from './harness';
import { pointMarkers } from './point-markers';

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
// No tile layer sets one, and the cluster group needs it: the deepest zoom our map allows.
const map = L.map('map', { maxZoom: 18 }).fitBounds(DISTRICT);
map.on('moveend', () => bench.__moves++);

async function main() {
  const text = await fetchPoints();
  L.layerGroup(pointMarkers(JSON.parse(text))).addTo(map);
  markOnScreen();
}
main().catch(fail);
