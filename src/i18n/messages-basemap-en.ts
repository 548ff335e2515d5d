/** English for messages-basemap.ts (typed against its zh-CN table): loaded only for a page in English (t.ts). */
import type { baseMapZh } from './messages-basemap';

export const baseMapEn: Record<keyof typeof baseMapZh, string> = {
  'baseMap.legend': 'Base map',
  'baseMap.none': 'None (outlines only, works offline)',
  'baseMap.osm': 'OpenStreetMap (online)',
  'baseMap.tianditu': 'Tianditu map',
  'baseMap.tianditu-img': 'Tianditu imagery',
  'baseMap.amap': 'AMap (Gaode) map',
  'baseMap.amap-img': 'AMap satellite',
  'baseMap.custom': 'Custom tiles',
  'baseMap.failed':
    'The “{name}” base map could not load (offline, blocked, or a wrong key); the map shows the offline outline base map.',
  'baseMap.needsKey': 'The Tianditu base map needs a key (tianditu-key); the map shows the offline outline base map.',
  'baseMap.review': 'Map approval no. (审图号): {numbers}',
};
