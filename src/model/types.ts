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

/** A link a popup shows: an https URL on an allowed publisher's host, labelled with the publisher's name. */
export interface SiteLink {
  url: string;
  label: LocalizedText;
}

/** Wheelchair access, as OpenStreetMap's `wheelchair` key: `limited` = some parts or with help. */
export type Wheelchair = 'yes' | 'limited' | 'no';
export const WHEELCHAIR: readonly Wheelchair[] = ['yes', 'limited', 'no'];

/** A photo of the site, shown only with its credit and licence. */
export interface SitePhoto {
  /** https, same host rules as links. */
  url: string;
  alt: LocalizedText;
  credit: string;
  /** e.g. `CC BY-SA 4.0`. */
  licence: string;
}

/**
 * What a visitor needs to go there. Every field is optional and filled only where a source states it:
 * an absent value is shown as unknown, never guessed.
 */
export interface VisitorInfo {
  address?: LocalizedText;
  /**
   * Opening hours in OpenStreetMap `opening_hours` syntax (`Tu-Su 09:00-17:00`), read in Asia/Shanghai
   * time by src/plan/open-status.ts.
   */
  openingHours?: string;
  /** Closed days in words, as the source puts them ("周一闭馆，法定节假日除外"). */
  closedDays?: LocalizedText;
  /** `true`: entry is free. */
  free?: boolean;
  /** Ticket price in words ("成人60元"), when not free. */
  price?: LocalizedText;
  /** As published, e.g. `+86 935 221 0000`. */
  phone?: string;
  /** Where to book, same URL rules as links. */
  booking?: SiteLink;
  wheelchair?: Wheelchair;
  photo?: SitePhoto;
}

export interface Site extends Omit<Provenance, 'source'>, VisitorInfo {
  /** Who vouches for the facts and how exact the position is, one plain sentence for a visitor. */
  source: LocalizedText;
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
  /** At most 3 links to pages about this site, each checked by src/data/link-policy.ts. */
  links: SiteLink[];
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

/** What a culture item is: listed intangible heritage, a piece of red history, a recurring event, or a place without a position. */
export type CultureKind = 'heritage' | 'history' | 'event' | 'place';
export const CULTURE_KINDS: readonly CultureKind[] = ['heritage', 'history', 'event', 'place'];

/**
 * Something the plan names that is not a point on the map (an art form, an event, a campaign, a
 * village with no published position): listed in the site list with its own search results.
 */
export interface CultureItem {
  id: string;
  kind: CultureKind;
  name: LocalizedText;
  pinyin?: string;
  summary: LocalizedText;
  /** Where to experience it, in words. */
  where?: LocalizedText;
  /** The site on the map where to experience it, if there is one. */
  siteId?: string;
  /** The area it belongs to, if any. */
  zone?: AreaId;
  source: LocalizedText;
  links: SiteLink[];
}
