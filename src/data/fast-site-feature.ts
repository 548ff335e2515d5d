/**
 * A quick first look at a site feature, before the schema (schemas.ts `siteFeature`) is asked:
 * a bureau's 100,000 features are nearly all good, and zod took about half of the time a Worker
 * spends on such a file (issue 13). This reads the plain, good case by hand and gives exactly what
 * `siteFeature.safeParse` gives for it (text trimmed, unknown keys left out); for anything else it
 * answers `undefined`, and the schema decides, so every problem is still described by the schema.
 * A property test (test/data/fast-site-feature.property.test.ts) holds it to that.
 */
import type * as z from 'zod/mini';
import { AREA_IDS, CATEGORIES, CONFIDENCES, PRECISIONS, THEMES, WHEELCHAIR } from '../model/types';
import type { siteFeature } from './schemas';

export type SiteFeature = z.output<typeof siteFeature>;

type Obj = Record<string, unknown>;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{2,30}$/;
const precisions = new Set<unknown>(PRECISIONS);
const categories = new Set<unknown>(CATEGORIES);
const themes = new Set<unknown>(THEMES);
const areas = new Set<unknown>(AREA_IDS);
const confidences = new Set<unknown>(CONFIDENCES);
const wheelchair = new Set<unknown>(WHEELCHAIR);

/** Thrown inside: this feature is not the plain good case (the schema will say what it is). */
const NOT_PLAIN = Symbol('not plain');

const object = (v: unknown): Obj => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw NOT_PLAIN;
  return v as Obj;
};
/** A string, trimmed, of `min`..`max` characters after trimming. */
const trimmed = (v: unknown, max: number): string => {
  if (typeof v !== 'string') throw NOT_PLAIN;
  const t = v.trim();
  if (t.length < 1 || t.length > max) throw NOT_PLAIN;
  return t;
};
const text = (v: unknown) => trimmed(v, 2000);
const localized = (v: unknown) => {
  const o = object(v);
  return { zh: text(o.zh), en: text(o.en) };
};
const oneOf = (values: Set<unknown>, v: unknown): string => {
  if (!values.has(v)) throw NOT_PLAIN;
  return v as string;
};
const matching = (re: RegExp, v: unknown): string => {
  if (typeof v !== 'string' || !re.test(v)) throw NOT_PLAIN;
  return v;
};

/** How each optional field is read, by name. */
const OPTIONAL: Record<string, (v: unknown) => unknown> = {
  pinyin: (v) => trimmed(v, 500),
  heritage: localized,
  era: localized,
  confidence: (v) => oneOf(confidences, v),
  visitMin: (v) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0 || v > 24 * 60) throw NOT_PLAIN;
    return v;
  },
  links: (v) => {
    if (!Array.isArray(v) || v.length > 20) throw NOT_PLAIN;
    return [...(v as unknown[])];
  },
  address: localized,
  openingHours: (v) => trimmed(v, 500),
  closedDays: localized,
  free: (v) => {
    if (typeof v !== 'boolean') throw NOT_PLAIN;
    return v;
  },
  price: localized,
  phone: (v) => matching(PHONE, v),
  booking: (v) => v,
  wheelchair: (v) => oneOf(wheelchair, v),
  photo: (v) => {
    const o = object(v);
    if (typeof o.url !== 'string' || o.url.length > 2000) throw NOT_PLAIN;
    return { url: o.url, alt: localized(o.alt), credit: text(o.credit), licence: trimmed(o.licence, 100) };
  },
};
const OPTIONAL_KEYS = Object.keys(OPTIONAL);

/** Reads the optional fields present in `p` into `out`. */
function optionals(p: Obj, out: Obj): void {
  for (const key of OPTIONAL_KEYS) {
    if (!Object.hasOwn(p, key)) continue;
    // A key present with no value: the schema's own rules for that case, not ours.
    if (p[key] === undefined) throw NOT_PLAIN;
    out[key] = OPTIONAL[key](p[key]);
  }
}

/** The schema's output for a plain good site feature; `undefined` for anything the schema must look at. */
export function fastSiteFeature(raw: unknown): SiteFeature | undefined {
  try {
    const f = object(raw);
    if (f.type !== 'Feature') return undefined;
    const id = matching(ID, f.id);
    const g = object(f.geometry);
    if (g.type !== 'Point' || !Array.isArray(g.coordinates)) return undefined;
    const p = object(f.properties);
    const source = p.source !== null && typeof p.source === 'object' ? localized(p.source) : text(p.source);
    if (!Array.isArray(p.themes) || p.themes.length > THEMES.length) return undefined;
    const properties: Obj = {
      name: localized(p.name),
      precision: oneOf(precisions, p.precision),
      source,
      category: oneOf(categories, p.category),
      themes: p.themes.map((t) => oneOf(themes, t)),
      zone: oneOf(areas, p.zone),
      description: localized(p.description),
    };
    optionals(p, properties);
    return {
      type: 'Feature',
      id,
      properties,
      geometry: { type: 'Point', coordinates: [...(g.coordinates as unknown[])] },
    } as SiteFeature;
  } catch (err) {
    if (err === NOT_PLAIN) return undefined;
    throw err;
  }
}
