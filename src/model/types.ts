/**
 * The project's model: plain typed values that every layer above `data/` trusts.
 * Geometry stays GeoJSON (RFC 7946, WGS84, [lon, lat]) so turf can take it as it is.
 */
import type { LineString, MultiPolygon, Polygon } from 'geojson';

export type Lang = 'zh-CN' | 'en';

/** Text in both languages the map speaks. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** How exact a geometry is. `schematic` means drawn to show an idea, not a surveyed place. */
export type Precision = 'surveyed' | 'approximate' | 'schematic';
export const PRECISIONS: readonly Precision[] = ['surveyed', 'approximate', 'schematic'];

/** How much the position of a site was cross-checked (see geo/README.md). */
export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

export type ZoneId = 'east' | 'west' | 'south' | 'north';
export const ZONE_IDS: readonly ZoneId[] = ['east', 'west', 'south', 'north'];

/** Where a site lies in the 一核、四区 layout: the core or one of the four zones. */
export type AreaId = 'core' | ZoneId;
export const AREA_IDS: readonly AreaId[] = ['core', ...ZONE_IDS];

export type Category =
  'heritage' | 'temple' | 'museum' | 'street' | 'park' | 'reservoir' | 'nature' | 'desert' | 'great-wall';
export const CATEGORIES: readonly Category[] = [
  'heritage',
  'temple',
  'museum',
  'street',
  'park',
  'reservoir',
  'nature',
  'desert',
  'great-wall',
];

export type Theme =
  'wuliang' | 'red' | 'great-wall' | 'intangible' | 'buddhist' | 'daoist' | 'confucian' | 'han' | 'xixia' | 'ecology';
export const THEMES: readonly Theme[] = [
  'wuliang',
  'red',
  'great-wall',
  'intangible',
  'buddhist',
  'daoist',
  'confucian',
  'han',
  'xixia',
  'ecology',
];

/** What every published feature says about itself. */
export interface Provenance {
  precision: Precision;
  /** Where the geometry and facts come from, in words a person can follow. */
  source: string;
}

export interface Site extends Provenance {
  id: string;
  name: LocalizedText;
  /**
   * How the Chinese name is typed in pinyin, for search: toneless, lower-case ASCII, the whole name
   * run together, then each syllable, then the initials ("tiantishanshiku tian ti shan shi ku ttssk").
   */
  pinyin?: string;
  category: Category;
  themes: Theme[];
  zone: AreaId;
  description: LocalizedText;
  heritage?: LocalizedText;
  era?: LocalizedText;
  confidence?: Confidence;
  /** Typical time a visitor spends, when a source gives it. */
  visitMin?: number;
  /** http(s) links to the sources; anything else is dropped at the edge. */
  links: string[];
  /** [lon, lat], WGS84. */
  coordinates: [number, number];
}

export interface Zone extends Provenance {
  id: ZoneId;
  name: LocalizedText;
  /** Another name the same zone goes by in a published source. */
  altName?: LocalizedText;
  summary: LocalizedText;
  /** Where the zone's label sits: inside the zone, chosen by the build script. */
  labelPoint: [number, number];
  geometry: Polygon | MultiPolygon;
}

export interface Core extends Provenance {
  id: 'core';
  name: LocalizedText;
  summary: LocalizedText;
  geometry: Polygon | MultiPolygon;
}

export interface Axis extends Provenance {
  id: 'axis';
  name: LocalizedText;
  summary: LocalizedText;
  geometry: LineString;
}

/** An administrative outline: the district itself, or a neighbouring county shown for context. */
export interface Outline extends Provenance {
  id: string;
  name: LocalizedText;
  geometry: Polygon | MultiPolygon;
}

/** Everything the map draws. */
export interface Layout {
  boundary: Outline;
  context: Outline[];
  core: Core;
  axis: Axis;
  zones: Zone[];
  sites: Site[];
}
