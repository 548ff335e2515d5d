import * as L from 'leaflet';

interface Point {
  properties: { name: { zh: string } };
  geometry: { coordinates: [number, number] };
}

/** One default marker per point, with a popup of its name (a text node, as in our widget). */
export function pointMarkers(fc: { features: Point[] }): L.Marker[] {
  return fc.features.map((f) =>
    L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]]).bindPopup(() => {
      const node = document.createElement('span');
      node.textContent = f.properties.name.zh;
      return node;
    }),
  );
}
