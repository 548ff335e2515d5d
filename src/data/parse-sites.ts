import type { Site } from '../model/types';
import { toSite } from './feature-to-model';
import { GeoDataError } from './geo-data-error';
import { readFeatures, type ReadOptions } from './read-features';
import { siteFeature } from './schemas';

export interface SiteValidation {
  sites: Site[];
  /** One per feature left out. */
  problems: GeoDataError[];
}

/**
 * Checks a sites FeatureCollection and keeps every good site; each bad feature is reported and
 * skipped, so one typo in a bureau's file does not hide the other sites.
 */
export function validateSites(json: unknown, file: string, options: ReadOptions = {}): SiteValidation {
  const { features, problems } = readFeatures(json, file, siteFeature, options);
  const sites = features.map(({ feature }) => toSite(feature));
  return { sites, problems };
}

/** The strict form for the built-in data: any bad feature is an error. */
export function parseSites(json: unknown, file: string, options: ReadOptions = {}): Site[] {
  const { sites, problems } = validateSites(json, file, options);
  if (problems.length > 0) throw problems[0];
  return sites;
}
