/**
 * The published schema of geo/, as zod-mini schemas (the small build of zod: the widget ships
 * these to check a bureau's own files in the browser). Geometry shapes are checked here;
 * what a schema cannot say (ranges, closed rings, self-intersections, unique ids) is checked
 * by `checkGeometry` and `readFeatures`.
 */
import * as z from 'zod/mini';
import {
  AREA_IDS,
  CATEGORIES,
  CONFIDENCES,
  CULTURE_KINDS,
  PRECISIONS,
  THEMES,
  WHEELCHAIR,
  ZONE_IDS,
} from '../model/types';

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a lower-case id of letters, digits and hyphens'));

export const localizedText = z.object({ zh: text, en: text });

// Geometry types are checked here; coordinates, position by position, in check-positions.ts.
const coordinates = z.array(z.unknown());
const polygon = z.object({ type: z.literal('Polygon'), coordinates });
const multiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates });
const area = z.union([polygon, multiPolygon]);
const point = z.object({ type: z.literal('Point'), coordinates });
const lineString = z.object({ type: z.literal('LineString'), coordinates });
const position = z.tuple([z.number(), z.number()]);

// Practical information for visitors, all optional (src/model/types.ts VisitorInfo).
const visitorInfo = {
  address: z.optional(localizedText),
  // The syntax is checked where it is read (open-status.ts): an unreadable value shows as unknown hours.
  openingHours: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  closedDays: z.optional(localizedText),
  free: z.optional(z.boolean()),
  price: z.optional(localizedText),
  phone: z.optional(
    z.string().check(z.regex(/^\+?[0-9][0-9 ()-]{2,30}$/, 'a phone number of digits, spaces, +, ( ) and -')),
  ),
  booking: z.optional(z.unknown()),
  wheelchair: z.optional(z.enum(WHEELCHAIR as [string, ...string[]])),
  photo: z.optional(
    z.object({
      url: z.string().check(z.maxLength(2000)),
      alt: localizedText,
      credit: text,
      licence: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    }),
  ),
};

const provenance = {
  name: localizedText,
  precision: z.enum(PRECISIONS as [string, ...string[]]),
  source: text,
};

function feature<P extends z.ZodMiniType, G extends z.ZodMiniType, I extends z.ZodMiniType = typeof id>(
  properties: P,
  geometry: G,
  idSchema: I = id as unknown as I,
) {
  return z.object({ type: z.literal('Feature'), id: idSchema, properties, geometry });
}

export const siteFeature = feature(
  z.object({
    ...provenance,
    // For visitors, one sentence in each language; a single string (older files) is shown in both.
    source: z.union([localizedText, text]),
    // Free text as far as the schema goes: search normalises it, so a hand-written "Lei Tái" still works.
    pinyin: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
    category: z.enum(CATEGORIES as [string, ...string[]]),
    themes: z.array(z.enum(THEMES as [string, ...string[]])).check(z.maxLength(THEMES.length)),
    zone: z.enum(AREA_IDS as [string, ...string[]]),
    description: localizedText,
    heritage: z.optional(localizedText),
    era: z.optional(localizedText),
    confidence: z.optional(z.enum(CONFIDENCES as [string, ...string[]])),
    visitMin: z.optional(z.number().check(z.int(), z.positive(), z.lte(24 * 60))),
    // Each link is checked on its own by link-policy.ts (readLinks): a bad one is dropped and
    // reported, and the site stays. Bare URL strings from older files are still read.
    links: z.optional(z.array(z.unknown()).check(z.maxLength(20))),
    ...visitorInfo,
  }),
  point,
);

export const zoneFeature = feature(
  z.object({
    ...provenance,
    altName: z.optional(localizedText),
    summary: localizedText,
    labelPoint: position,
  }),
  area,
  z.enum(ZONE_IDS as [string, ...string[]]),
);

export const coreFeature = feature(z.object({ ...provenance, summary: localizedText }), area, z.literal('core'));
export const axisFeature = feature(z.object({ ...provenance, summary: localizedText }), lineString, z.literal('axis'));
export const outlineFeature = feature(z.object({ ...provenance }), area);

/** One entry of geo/culture.json (src/model/types.ts CultureItem); links are checked by link-policy.ts. */
export const cultureItem = z.object({
  id,
  kind: z.enum(CULTURE_KINDS as [string, ...string[]]),
  name: localizedText,
  pinyin: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  summary: localizedText,
  where: z.optional(localizedText),
  siteId: z.optional(id),
  zone: z.optional(z.enum(AREA_IDS as [string, ...string[]])),
  source: localizedText,
  links: z.optional(z.array(z.unknown()).check(z.maxLength(20))),
});
export const cultureFile = z.object({ items: z.array(z.unknown()).check(z.maxLength(500)) });
