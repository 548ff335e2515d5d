/**
 * Interface text in English: every feature's English table (messages-*-en.ts), each typed against its zh-CN
 * table, so a key missing here fails the type check. A chunk of its own: t.ts loads it for a page in English.
 */
import type { coreZh, MessageKey } from './messages';
import type { namesZh } from './messages-names';
import { visitEn } from './messages-visit-en';
import { panelEn } from './messages-panel-en';
import { tripEn } from './messages-trip-en';
import { analysisEn } from './messages-analysis-en';
import { mapEn } from './messages-map-en';
import { baseMapEn } from './messages-basemap-en';
import { nearEn } from './messages-near-en';
import { loadEn } from './messages-load-en';
import { problemEn } from './messages-problem-en';

const coreEn: Record<keyof typeof coreZh | keyof typeof namesZh, string> = {
  'map.label': 'Liangzhou District culture and tourism map',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.schematicNote': 'Zone extents and the axis are schematic, not surveyed boundaries.',
  'map.loading': 'Loading the map…',
  'map.hintWheel': 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the map',
  'map.hintTouch': 'Use two fingers to move the map',
  'map.unknownLayers': 'Unknown layers ignored: {ids}.',
  'map.unknownLayersDefault': 'Unknown layers: {ids}; showing the default layers.',
  'map.unknownSite': 'There is no site “{id}”.',
  'layer.boundary': 'Liangzhou District boundary',
  'layer.context': 'Other counties of Wuwei',
  'layer.core': 'Core: Liangzhou Old City',
  'layer.axis': 'Axis: S316 road (schematic)',
  'layer.sites': 'Sites',
  'site.category': 'Category',
  'site.zone': 'Area',
  'site.heritage': 'Protection',
  'site.era': 'Era',
  'site.themes': 'Themes',
  'site.source': 'Source',
  'punct.colon': ': ',
  'punct.stop': '. ',
  'site.links': 'References',
  'site.precision.approximate': 'Approximate location',
  'site.precision.surveyed': 'Surveyed location',
  'site.precision.schematic': 'Schematic location',
  'site.confidence.high': 'two independent sources agree; within a few hundred metres',
  'site.confidence.medium': 'worked out from published distances; may be a few hundred metres off',
  'site.confidence.low': 'estimated from a written description; may be several kilometres off',
  'category.heritage': 'Heritage site',
  'category.temple': 'Temple',
  'category.museum': 'Museum',
  'category.street': 'Historic quarter',
  'category.park': 'Park',
  'category.reservoir': 'Reservoir',
  'category.nature': 'Scenery',
  'category.desert': 'Desert',
  'category.great-wall': 'Great Wall',
  'theme.wuliang': 'Five Liang culture',
  'theme.red': 'Red (revolutionary) culture',
  'theme.great-wall': 'Great Wall culture',
  'theme.intangible': 'Intangible heritage',
  'theme.buddhist': 'Buddhist culture',
  'theme.daoist': 'Daoist culture',
  'theme.confucian': 'Confucian culture',
  'theme.han': 'Han dynasty',
  'theme.xixia': 'Western Xia',
  'theme.ecology': 'Ecology',
  'area.core': 'Core: Liangzhou Old City',
  'area.east': 'Eastern Rural Resort and Wellness Zone',
  'area.west': 'Western Mountain Forest and Summer Retreat Zone',
  'area.south': 'Southern Tiantishan Cultural Zone',
  'area.north': 'Northern Tengger Desert Ecology Zone',
  'shell.tab.layers': 'Layers',
  'shell.tab.list': 'Sites',
  'shell.tab.trip': 'Trip',
  'shell.tab.analysis': 'Analysis',
  'shell.tabs': 'Panels',
  'shell.collapse': 'Collapse the panel',
  'shell.expand': 'Expand the panel',
  'shell.switchLang': '切换到中文',
  'shell.skipToList': 'Skip to the site list',
  'map.pickStartHint': 'Tap the map where the trip starts',
  'error.title': 'Data problem',
  'error.dismiss': 'Dismiss',
  'popup.close': 'Close',
  'popup.failed': 'The details could not be loaded.',
  'popup.retry': 'Try again',
  'siteCard.addToTrip': 'Add to trip',
  'siteCard.removeFromTrip': 'Remove from trip',
};

export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...panelEn,
  ...tripEn,
  ...visitEn,
  ...analysisEn,
  ...mapEn,
  ...baseMapEn,
  ...nearEn,
  ...loadEn,
  ...problemEn,
};
