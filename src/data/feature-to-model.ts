/**
 * From a feature that has passed the geo/ schema (or a built-in one the tests have checked) to the
 * model. One mapping for both paths, so a checked file and the built-in data read the same way.
 * No schema here: the widget reads its built-in data without loading zod.
 */
import type { Axis, Core, LocalizedText, Outline, Site, SitePhoto, VisitorInfo, Zone } from '../model/types';
import { linkProblem, readLink, readLinks } from './link-policy';

interface Feature<P> {
  id: string | number;
  properties: P;
  geometry: { type: string; coordinates: unknown };
}
type Props = Record<string, unknown> & { name: Site['name']; precision: string; source: unknown };

/** Text in both languages: a plain string (older files) is shown as it is in both. */
function bilingual(v: unknown): LocalizedText {
  if (typeof v === 'string') return { zh: v, en: v };
  const t = v as LocalizedText;
  return { zh: t.zh, en: t.en };
}

/**
 * The practical fields a visitor sees, each copied only when present. Links (the booking link, the
 * photo) pass the same URL policy as `links`; what fails is left out here and reported by validateSites.
 */
function visitorInfo(p: Record<string, unknown>): VisitorInfo {
  const info: VisitorInfo = {};
  const loc = (k: 'address' | 'closedDays' | 'price') => {
    if (p[k] !== undefined) info[k] = bilingual(p[k]);
  };
  loc('address');
  if (typeof p.openingHours === 'string') info.openingHours = p.openingHours;
  loc('closedDays');
  if (typeof p.free === 'boolean') info.free = p.free;
  loc('price');
  if (typeof p.phone === 'string') info.phone = p.phone;
  if (p.booking !== undefined) {
    const { link } = readLink(p.booking, 'booking');
    if (link) info.booking = link;
  }
  if (typeof p.wheelchair === 'string') info.wheelchair = p.wheelchair as VisitorInfo['wheelchair'];
  const photo = p.photo as SitePhoto | undefined;
  if (photo && !linkProblem(photo.url)) {
    info.photo = { url: photo.url, alt: bilingual(photo.alt), credit: photo.credit, licence: photo.licence };
  }
  return info;
}

export function toSite(f: Feature<Props>): Site {
  const p = f.properties as Props & Partial<Site> & { links?: unknown[] };
  const [lon, lat] = f.geometry.coordinates as number[];
  return {
    id: String(f.id),
    name: p.name,
    ...(p.pinyin && { pinyin: p.pinyin }),
    category: p.category as Site['category'],
    themes: [...new Set(p.themes ?? [])],
    zone: p.zone as Site['zone'],
    description: p.description as Site['description'],
    ...(p.heritage && { heritage: p.heritage }),
    ...(p.era && { era: p.era }),
    ...(p.confidence && { confidence: p.confidence }),
    ...(p.visitMin !== undefined && { visitMin: p.visitMin }),
    ...visitorInfo(p),
    precision: p.precision as Site['precision'],
    source: bilingual(p.source),
    links: readLinks(p.links).links,
    coordinates: [lon, lat],
  };
}

export function toOutline(f: Feature<Props>): Outline {
  return {
    ...(f.properties as Props & { source: string }),
    id: String(f.id),
    precision: f.properties.precision as Outline['precision'],
    geometry: f.geometry as Outline['geometry'],
  };
}

export function toCore(f: Feature<Props>): Core {
  return {
    ...(f.properties as unknown as Core),
    id: 'core',
    precision: f.properties.precision as Core['precision'],
    geometry: f.geometry as Core['geometry'],
  };
}

export function toAxis(f: Feature<Props>): Axis {
  return {
    ...(f.properties as unknown as Axis),
    id: 'axis',
    precision: f.properties.precision as Axis['precision'],
    geometry: f.geometry as Axis['geometry'],
  };
}

export function toZone(f: Feature<Props>): Zone {
  const p = f.properties as Props & { labelPoint: number[] };
  return {
    ...(f.properties as unknown as Zone),
    id: String(f.id) as Zone['id'],
    precision: p.precision as Zone['precision'],
    labelPoint: [p.labelPoint[0], p.labelPoint[1]],
    geometry: f.geometry as Zone['geometry'],
  };
}
