import type { Site } from '../model/types';
import { toSite } from './feature-to-model';
import { GeoDataError } from './geo-data-error';
import { linkProblem, readLink, readLinks, type LinkProblem } from './link-policy';
import { featureLabel, featureReader, type FeatureSchema, type ReadOptions } from './read-features';

function photoProblem(url: unknown): LinkProblem[] {
  const problem = linkProblem(url);
  return problem ? [{ field: 'photo.url', problem }] : [];
}
import { fastSiteFeature, type SiteFeature } from './fast-site-feature';
import { siteFeature } from './schemas';

/** The site schema, with the quick look at the plain good case first (fast-site-feature.ts): the same answers, sooner. */
const quickSiteFeature: FeatureSchema<SiteFeature> = {
  safeParse(value) {
    const data = fastSiteFeature(value);
    return data ? { success: true, data } : siteFeature.safeParse(value);
  },
};

export interface SiteValidation {
  sites: Site[];
  /** One per feature left out. */
  problems: GeoDataError[];
}

/**
 * The most features a sites file may hold (`src` and the `sites` property): a whole city's villages,
 * hotels and restaurants, which the map clusters and the list virtualises (issue 13).
 */
export const MAX_SITE_FEATURES = 200_000;

/** A sites FeatureCollection checked a slice at a time (see featureReader); the same rules as validateSites. */
export interface SiteReader {
  readonly total: number;
  read(from: number, to: number): SiteValidation;
}

/**
 * Checks the file's shape now (a file-level problem throws a GeoDataError) and its features a slice
 * at a time: the Worker posts each slice, the main-thread fallback yields between them.
 */
export function siteReader(json: unknown, file: string, options: ReadOptions = {}): SiteReader {
  const reader = featureReader(json, file, quickSiteFeature, { maxFeatures: MAX_SITE_FEATURES, ...options });
  const read = (from: number, to: number): SiteValidation => {
    const { features, problems } = reader.read(from, to);
    // A link that breaks the URL policy is dropped (toSite) and reported here; the site stays.
    for (const { index, feature } of features) {
      const p = feature.properties as Record<string, unknown>;
      const bad = [
        ...readLinks(p.links).problems,
        ...(p.booking === undefined ? [] : [readLink(p.booking, 'booking').problem].filter((x) => x !== undefined)),
        ...(p.photo === undefined ? [] : photoProblem((p.photo as { url: unknown }).url)),
      ];
      for (const { field, problem } of bad)
        problems.push(
          new GeoDataError({
            file,
            feature: featureLabel(feature, index),
            field: `properties.${field}`,
            problem: `${problem}; the link is left out`,
          }),
        );
    }
    return { sites: features.map(({ feature }) => toSite(feature)), problems };
  };
  return { total: reader.total, read };
}

/**
 * Checks a sites FeatureCollection and keeps every good site; each bad feature is reported and
 * skipped, so one typo in a bureau's file does not hide the other sites.
 */
export function validateSites(json: unknown, file: string, options: ReadOptions = {}): SiteValidation {
  const reader = siteReader(json, file, options);
  return reader.read(0, reader.total);
}

/** The strict form for the built-in data: any bad feature is an error. */
export function parseSites(json: unknown, file: string, options: ReadOptions = {}): Site[] {
  const { sites, problems } = validateSites(json, file, options);
  if (problems.length > 0) throw problems[0];
  return sites;
}
