/**
 * The datum a base map is drawn in. Our data, the visitor's GPS fix and everything the map reports
 * are WGS84; 天地图 (CGCS2000, within centimetres of WGS84) and OpenStreetMap draw in WGS84 too. 高德
 * (AMap) and 腾讯 tiles are drawn in GCJ-02, which puts a WGS84 point about 150 m off around 凉州区.
 * Its own module, without gcoord, so that reading the `tiles-datum` attribute costs no bytes at start.
 */
export type Datum = 'wgs84' | 'gcj02';
export const DATUMS: readonly Datum[] = ['wgs84', 'gcj02'];
