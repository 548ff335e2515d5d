import type { Site } from '../model/types';
import { GeoDataError, type GeoDataProblem } from './geo-data-error';
import { parseJsonText } from './parse-json-text';
import { siteReader } from './parse-sites';

/** Sites per batch: small enough that posting one (or checking one on the main thread) stays well under 50 ms. */
export const SITE_BATCH = 500;

/** One slice of a sites file, checked: plain data, so it crosses a Worker's postMessage as it is. */
export interface SiteBatch {
  sites: Site[];
  /** One per feature left out, as plain fields (a GeoDataError does not survive structured clone). */
  problems: GeoDataProblem[];
  /** Features checked so far, and in the whole file. */
  done: number;
  total: number;
}

/** A GeoDataError as plain fields, for postMessage. */
export function toProblem(err: GeoDataError): GeoDataProblem {
  const { file, feature, field, problem, category } = err;
  return { file, feature, field, problem, category };
}

/**
 * Decodes, parses and checks a sites file's bytes, one batch of features at a time (validateSites'
 * rules, siteReader's slices): the Worker posts each batch as it comes, the main-thread fallback lets
 * a frame through between two. A file-level problem (not JSON, not a FeatureCollection, too many
 * features) throws a GeoDataError on the first `next()`.
 */
export function* siteBatches(bytes: Uint8Array, file: string, batch = SITE_BATCH): Generator<SiteBatch> {
  // Not fatal: a stray byte becomes U+FFFD, and the JSON check says what is wrong with the file.
  const json = parseJsonText(new TextDecoder('utf-8').decode(bytes), file);
  const reader = siteReader(json, file);
  for (let from = 0; from < reader.total; from += batch) {
    const to = Math.min(from + batch, reader.total);
    const { sites, problems } = reader.read(from, to);
    yield { sites, problems: problems.map(toProblem), done: to, total: reader.total };
  }
}
