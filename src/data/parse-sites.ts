import type { Site } from '../model/types';
import { toSite } from './feature-to-model';
import { GeoDataError } from './geo-data-error';
import { linkProblem, readLink, readLinks, type LinkProblem } from './link-policy';
import { featureLabel, readFeatures, type ReadOptions } from './read-features';

function photoProblem(url: unknown): LinkProblem[] {
  const problem = linkProblem(url);
  return problem ? [{ field: 'photo.url', problem }] : [];
}
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
  const sites = features.map(({ feature }) => toSite(feature));
  return { sites, problems };
}

/** The strict form for the built-in data: any bad feature is an error. */
export function parseSites(json: unknown, file: string, options: ReadOptions = {}): Site[] {
  const { sites, problems } = validateSites(json, file, options);
  if (problems.length > 0) throw problems[0];
  return sites;
}
