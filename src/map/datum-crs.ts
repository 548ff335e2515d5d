import * as L from 'leaflet';
import { fromDisplay, toDisplay, type Datum } from '../spatial/display-datum';

const mercator = L.Projection.SphericalMercator;

/**
 * Web Mercator seen through GCJ-02: project() shifts a WGS84 lat/lng to where a GCJ-02 base map draws
 * it before projecting, unproject() shifts back. With this as the map's CRS every overlay (outlines,
 * sites, clusters, route, the visitor's position) is drawn on the GCJ-02 tiles' ground, while every
 * lat/lng Leaflet hands out (clicks, getCenter, getBounds, a dragged marker) stays WGS84: the one
 * choke point is the projection, so no layer needs to know the base map's datum.
 */
const gcj02Projection: L.Projection = {
  bounds: mercator.bounds,
  project(latlng: L.LatLngExpression): L.Point {
    const ll = L.latLng(latlng);
    const [lng, lat] = toDisplay([ll.lng, ll.lat], 'gcj02');
    return mercator.project(L.latLng(lat, lng));
  },
  unproject(point: L.PointExpression): L.LatLng {
    const ll = mercator.unproject(L.point(point as L.Point));
    const [lng, lat] = fromDisplay([ll.lng, ll.lat], 'gcj02');
    return L.latLng(lat, lng);
  },
};

const GCJ02_CRS: L.CRS = L.Util.extend({}, L.CRS.EPSG3857, {
  code: 'EPSG:3857 (GCJ-02)',
  projection: gcj02Projection,
});

/** The map's CRS for a base map in `datum`: Leaflet's EPSG:3857 for WGS84, the GCJ-02 view of it otherwise. */
export function datumCrs(datum: Datum): L.CRS {
  return datum === 'gcj02' ? GCJ02_CRS : L.CRS.EPSG3857;
}
