/**
 * What kind of failure it was, as a fixed word: the only part of a problem's text that may leave the
 * page (the iframe bridge sends this, never the problem, which can quote the file's content).
 */
export type GeoDataCategory =
  'fetch-failed' | 'not-json' | 'invalid-data' | 'too-large' | 'timeout' | 'not-allowed' | 'invalid-attribute';
export const GEO_DATA_CATEGORIES: readonly GeoDataCategory[] = [
  'fetch-failed',
  'not-json',
  'invalid-data',
  'too-large',
  'timeout',
  'not-allowed',
  // An attribute's value the element cannot use (`tiles` with an unknown placeholder); `file` names it.
  'invalid-attribute',
];

/** Where in which file a problem lies, and what it is, for a person to act on. */
export interface GeoDataProblem {
  /** The file or URL the data came from. */
  file: string;
  /** The feature's id, or `#index` when it has none (0-based). */
  feature?: string;
  /** The dotted path of the field, e.g. `properties.name.en` or `geometry.coordinates`. */
  field?: string;
  /** What is wrong, as a sentence fragment. */
  problem: string;
  /** The kind of failure; default `invalid-data` (the file was read, its content is wrong). */
  category?: GeoDataCategory;
}

/**
 * Bad geo data. Its message names the file, the feature and the field, so a data editor can
 * go straight to the mistake; the parts are also kept apart for `lz-error` events.
 */
export class GeoDataError extends Error implements GeoDataProblem {
  readonly file: string;
  readonly feature?: string;
  readonly field?: string;
  readonly problem: string;
  readonly category: GeoDataCategory;

  constructor(detail: GeoDataProblem) {
    super(
      [
        detail.file,
        detail.feature === undefined ? undefined : `feature ${detail.feature}`,
        detail.field === undefined ? undefined : `field ${detail.field}`,
      ]
        .filter(Boolean)
        .join(', ') + `: ${detail.problem}`,
    );
    this.name = 'GeoDataError';
    this.file = detail.file;
    this.feature = detail.feature;
    this.field = detail.field;
    this.problem = detail.problem;
    this.category = detail.category ?? 'invalid-data';
  }
}
