/**
 * The publishing policy for the built-in data, as a check: what a tourism bureau publishes must not
 * show research notes, and its links must pass link-policy.ts. Run by `npm run geo:build` (a build
 * that breaks the policy writes nothing) and by test/geo/publishing-policy.test.ts on geo/ itself.
 *
 * A bureau's own file is not held to the wording rules (its words are its own); its links are,
 * at run time, in validateSites.
 */
import { linkProblem, MAX_LINKS } from './link-policy';

/**
 * Words that only make sense inside the project: file names, tool names, method jargon and QA notes.
 * Each is a pattern so that "LP" as a word is caught without catching "help".
 */
export const INTERNAL_WORDS: readonly RegExp[] = [
  /sites\.tsv/i,
  /SITES-NOTES/i,
  /trilaterat/i,
  /未核实/,
  /尚未核实/,
  /\bLP\b/,
  /GitHub/i,
  /find_string/i,
  /aroundus/i,
  /\breference\//i,
  /\bscripts\//i,
  /\.geojson\b/i,
  /geo\/README/i,
  /build-geo/i,
  /zone-anchors/i,
  /\bdatum\b/i,
  /\bcentroid\b/i,
  /\bresidual\b/i,
  /\banchored\b/i,
  /Voronoi/i,
  /\bconvex hull\b/i,
  /imagizer/i,
  /\bunverified\b/i,
  /\btsv\b/i,
  // Raw degrees-minutes coordinates ("37°47′44″N") from the research notes: the popup says how exact a position is in words.
  /\d\s*°\s*\d+\s*['′]/,
];

/** A link the content audit dropped: it must never come back on that site. */
export interface DroppedLink {
  site: string;
  url: string;
  /**
   * The one site this page is about, when it is on an allowed host (Lonely Planet's Kumarajiva Pagoda
   * page, dropped from five other sites): it may appear there and nowhere else. Without it, a dropped
   * page may appear nowhere, not even on a site or culture item added after the audit.
   */
  onlyOn?: string;
}

/** Properties that are codes or machine values, not text a visitor reads. */
const NOT_TEXT = new Set([
  'pinyin',
  'category',
  'themes',
  'zone',
  'precision',
  'confidence',
  'labelPoint',
  'adcode',
  'wheelchair',
]);

function strings(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
}

/**
 * Every breach of the policy in one FeatureCollection, or in the culture list (`{items}`, whose items
 * carry the same kinds of text and links as a feature's properties), as "file feature field: problem"
 * lines; an empty list means it may be published.
 * @param dropped - links the audit dropped, per site (scripts/sources/dropped-links.json)
 */
export function publishingProblems(json: unknown, file: string, dropped: readonly DroppedLink[] = []): string[] {
  const problems: string[] = [];
  const items = (json as { items?: unknown })?.items;
  const features = Array.isArray(items)
    ? items.map((item) => ({ id: (item as { id?: unknown })?.id, properties: item }))
    : ((json as { features?: unknown[] })?.features ?? []);
  for (const raw of features) {
    const f = raw as { id?: unknown; properties?: Record<string, unknown> };
    const where = (field: string) => `${file} ${String(f.id)} properties.${field}`;
    const props = f.properties ?? {};
    const texts: Array<[string, string]> = [];
    for (const [k, v] of Object.entries(props)) if (!NOT_TEXT.has(k)) strings(v, k, texts);
    for (const [field, text] of texts) {
      const word = INTERNAL_WORDS.find((w) => w.test(text));
      if (word) problems.push(`${where(field)}: shows the internal word ${word.source} to visitors`);
    }
    const links = props.links;
    if (links !== undefined) {
      if (!Array.isArray(links)) problems.push(`${where('links')}: should be an array`);
      else {
        if (links.length > MAX_LINKS)
          problems.push(`${where('links')}: has ${links.length} links, at most ${MAX_LINKS}`);
        links.forEach((link, i) => {
          const l = link as { url?: unknown; label?: { zh?: unknown; en?: unknown } };
          if (typeof link === 'string' || !l || typeof l !== 'object') {
            problems.push(`${where(`links[${i}]`)}: should be {url, label: {zh, en}}`);
            return;
          }
          const bad = linkProblem(l.url);
          if (bad) problems.push(`${where(`links[${i}].url`)}: ${bad}`);
          if (typeof l.label?.zh !== 'string' || typeof l.label?.en !== 'string')
            problems.push(`${where(`links[${i}].label`)}: should name the publisher in zh and en`);
          const gone = dropped.find((d) => d.url === l.url && d.onlyOn !== String(f.id));
          if (gone) problems.push(`${where(`links[${i}].url`)}: was dropped by the content audit (${gone.url})`);
        });
      }
    }
    for (const field of ['booking.url', 'photo.url']) {
      const [k] = field.split('.');
      const v = props[k] as { url?: unknown } | undefined;
      if (v !== undefined) {
        const bad = linkProblem(v?.url);
        if (bad) problems.push(`${where(field)}: ${bad}`);
      }
    }
    if ('category' in props && typeof props.source === 'string')
      problems.push(`${where('source')}: should be {zh, en} sentences for visitors`);
  }
  return problems;
}
