/**
 * From a feature that has passed the geo/ schema (or a built-in one the tests have checked) to the
 * model. One mapping for both paths, so a checked file and the built-in data read the same way.
 * No schema here: the widget reads its built-in data without loading zod.
 */
import type { Axis, Core, Outline, Site, Zone } from '../model/types';

interface Feature<P> {
  id: string | number;
  properties: P;
  geometry: { type: string; coordinates: unknown };
}
type Props = Record<string, unknown> & { name: Site['name']; precision: string; source: string };

/** Only web links survive: a `javascript:` or `data:` "source" is how a hostile file would attack a click. */
function safeLinks(links: readonly unknown[] | undefined): string[] {
  return (links ?? []).filter((link): link is string => {
    if (typeof link !== 'string') return false;
    try {
      const url = new URL(link);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  });
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
    precision: p.precision as Site['precision'],
    source: p.source,
    links: safeLinks(p.links),
    coordinates: [lon, lat],
  };
}

export function toOutline(f: Feature<Props>): Outline {
  return {
    ...f.properties,
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
