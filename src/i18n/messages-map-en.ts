/** English for messages-map.ts (typed against its zh-CN table): loaded only for a page in English (t.ts). */
import type { mapZh } from './messages-map';

export const mapEn: Record<keyof typeof mapZh, string> = {
  'cluster.label': '{count} sites',
  'cluster.zoom': '{count} sites, zoom in to see them',
  'label.short.east': 'East: rural resort',
  'label.short.west': 'West: mountain retreat',
  'label.short.south': 'South: Tiantishan',
  'label.short.north': 'North: Tengger Desert',
  'label.short.core': 'Old City',
};
