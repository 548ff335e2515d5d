/**
 * Bare Leaflet with Leaflet.markercluster, as its README shows: default markers, added in one
 * `addLayers` call to a `L.markerClusterGroup()` with its default options.
 */
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import * as Leaflet from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import { bench, DISTRICT, fail, fetchPoints, markOnScreen } from './harness';
import { pointMarkers } from './point-markers';

// The plugin extends a global `L` (its UMD build); an ES module namespace cannot be extended, so it gets a copy.
const L = { ...Leaflet } as typeof Leaflet;
(window as unknown as { L: typeof Leaflet }).L = L;

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
// No tile layer sets one, and the cluster group needs it: the deepest zoom our map allows.
const map = L.map('map', { maxZoom: 18 }).fitBounds(DISTRICT);
map.on('moveend', () => bench.__moves++);

async function main() {
  await import('leaflet.markercluster');
  const text = await fetchPoints();
  const group = L.markerClusterGroup();
  group.addLayers(pointMarkers(JSON.parse(text)));
  map.addLayer(group);
  markOnScreen();
}
main().catch(fail);
