/**
 * The published schema of geo/, as zod-mini schemas (the small build of zod: the widget ships
 * these to check a bureau's own files in the browser). Geometry shapes are checked here;
 * what a schema cannot say (ranges, closed rings, self-intersections, unique ids) is checked
 * by `checkGeometry` and `readFeatures`.
 */
import * as z from 'zod/mini';
import { AREA_IDS, CATEGORIES, CONFIDENCES, PRECISIONS, THEMES, ZONE_IDS } from '../model/types';

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
    links: z.optional(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(20))),
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
