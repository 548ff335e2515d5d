/**
 * The zh-CN text the map may show before any other chunk has loaded: its own strings, the notices, the
 * trip's status and notices, near me and the base maps (the map's controllers use them).
 * The site card's, the panels', the Analysis tab's, the planner's and the progress bar's tables come with their
 * elements (addZh in t.ts).
 */
import { coreZh } from './messages-core';
import { tripFirstZh } from './messages-trip-first';
import { mapZh } from './messages-map';
import { baseMapZh } from './messages-basemap';
import { nearZh } from './messages-near';
import { problemZh } from './messages-problem';

export const firstZh = { ...coreZh, ...tripFirstZh, ...mapZh, ...baseMapZh, ...nearZh, ...problemZh };
