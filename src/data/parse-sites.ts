import type { Site } from '../model/types';
import { GeoDataError } from './geo-data-error';
import { readFeatures, type ReadOptions } from './read-features';
import { siteFeature } from './schemas';

export interface SiteValidation {
  sites: Site[];
  /** One per feature left out. */
  problems: GeoDataError[];
}

/** Only web links survive: a `javascript:` or `data:` "source" is how a hostile file would attack a click. */
function safeLinks(links: readonly string[] | undefined): string[] {
  return (links ?? []).filter((link) => {
    try {
      const url = new URL(link);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  });
}

/**
 * Checks a sites FeatureCollection and keeps every good site; each bad feature is reported and
 * skipped, so one typo in a bureau's file does not hide the other sites.
 */
export function validateSites(json: unknown, file: string, options: ReadOptions = {}): SiteValidation {
  const { features, problems } = readFeatures(json, file, siteFeature, options);
  const sites = features.map(({ feature: f }): Site => {
    const p = f.properties;
    return {
      id: f.id,
      name: p.name,
      ...(p.pinyin && { pinyin: p.pinyin }),
      category: p.category as Site['category'],
      themes: [...new Set(p.themes)] as Site['themes'],
      zone: p.zone as Site['zone'],
      description: p.description,
      ...(p.heritage && { heritage: p.heritage }),
      ...(p.era && { era: p.era }),
      ...(p.confidence && { confidence: p.confidence as Site['confidence'] }),
      ...(p.visitMin !== undefined && { visitMin: p.visitMin }),
      precision: p.precision as Site['precision'],
      source: p.source,
      links: safeLinks(p.links),
      // checkPositions (in readFeatures) has made sure these are two numbers.
      coordinates: [f.geometry.coordinates[0] as number, f.geometry.coordinates[1] as number],
    };
  });
  return { sites, problems };
}

/** The strict form for the built-in data: any bad feature is an error. */
export function parseSites(json: unknown, file: string, options: ReadOptions = {}): Site[] {
  const { sites, problems } = validateSites(json, file, options);
  if (problems.length > 0) throw problems[0];
  return sites;
}
