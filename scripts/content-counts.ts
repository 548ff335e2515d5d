/**
 * The figures issue 10's closing note gives, measured from the data rather than written by hand:
 * sites and culture items, links kept, dropped and added against the data the content audit read,
 * positions moved, the visitor fields filled from a source, and internal words left in visitor text.
 *
 *   npx tsx scripts/content-counts.ts [--before <commit>]   (default: ac7273d, the commit the audit read)
 *
 * "Before" is read from git (`git show <commit>:geo/sites.geojson`), so the figures are reproducible
 * from the repository alone. Prints Markdown.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNAL_WORDS, type DroppedLink } from '../src/data/publishing-policy';

interface Feature {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: Record<string, unknown>;
}
interface CultureItem {
  id: string;
  kind: string;
  zone?: string;
  siteId?: string;
  links?: Array<{ url: string }>;
}

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const beforeAt = args.includes('--before') ? args[args.indexOf('--before') + 1] : 'ac7273d';

const readNow = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const readThen = (file: string) =>
  JSON.parse(execFileSync('git', ['show', `${beforeAt}:${file}`], { cwd: root, encoding: 'utf8' }));

const before = readThen('geo/sites.geojson').features as Feature[];
const after = readNow('geo/sites.geojson').features as Feature[];
const culture = readNow('geo/culture.json').items as CultureItem[];
const dropped = readNow('scripts/sources/dropped-links.json').dropped as DroppedLink[];

/** A link's URL, whether the file holds a bare string (before) or `{url, label}` (now). */
const urlOf = (l: unknown) => (typeof l === 'string' ? l : (l as { url: string }).url);
/** The same page whatever the scheme or a trailing dot on the host: "kept" means the page, not the spelling. */
const page = (url: string) => {
  try {
    const u = new URL(url.trim().split(/\s/)[0]);
    return `${u.hostname.replace(/\.$/, '')}${u.pathname}${u.search}`;
  } catch {
    return url;
  }
};
const linksOf = (f: Feature) => ((f.properties.links as unknown[] | undefined) ?? []).map(urlOf);

const beforeIds = new Set(before.map((f) => f.id));
const afterById = new Map(after.map((f) => [f.id, f]));
const count = <T>(xs: readonly T[], key: (x: T) => string) =>
  xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>());
const table = (m: Map<string, number>) =>
  [...m]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

// --- Sites
const out: string[] = [];
out.push(`# Content counts: geo/ now against ${beforeAt} (the data the content audit read)`, '');
out.push('## Sites', '');
out.push(`- sites: ${before.length} before, ${after.length} now`);
out.push(
  `- added: ${
    after
      .filter((f) => !beforeIds.has(f.id))
      .map((f) => f.id)
      .join(', ') || 'none'
  }`,
);
out.push(
  `- removed: ${
    before
      .filter((f) => !afterById.has(f.id))
      .map((f) => f.id)
      .join(', ') || 'none'
  }`,
);
out.push(`- by zone before: ${table(count(before, (f) => String(f.properties.zone)))}`);
out.push(`- by zone now: ${table(count(after, (f) => String(f.properties.zone)))}`);
const themed = (fs: Feature[], theme: string) =>
  fs.filter((f) => ((f.properties.themes as string[] | undefined) ?? []).includes(theme)).length;
for (const theme of ['red', 'intangible', 'great-wall'])
  out.push(`- sites with theme \`${theme}\`: ${themed(before, theme)} before, ${themed(after, theme)} now`);
out.push(`- confidence now: ${table(count(after, (f) => String(f.properties.confidence ?? 'none')))}`);
out.push(`- culture items (geo/culture.json): ${culture.length} (${table(count(culture, (c) => c.kind))});`);
out.push(
  `  by zone: ${table(count(culture, (c) => c.zone ?? 'no zone'))}; tied to a site: ${culture.filter((c) => c.siteId).length}`,
);

// --- Positions
const R = 6371;
const km = ([a, b]: [number, number], [c, d]: [number, number]) => {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((d - b) * rad) / 2) ** 2 + Math.cos(b * rad) * Math.cos(d * rad) * Math.sin(((c - a) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
};
out.push('', '## Positions moved (more than 10 m)', '');
for (const f of before) {
  const now = afterById.get(f.id);
  if (!now) continue;
  const d = km(f.geometry.coordinates, now.geometry.coordinates);
  if (d > 0.01)
    out.push(
      `- ${f.id}: ${d.toFixed(1)} km (${f.geometry.coordinates.join(', ')} -> ${now.geometry.coordinates.join(', ')}), zone ${String(f.properties.zone)} -> ${String(now.properties.zone)}`,
    );
}

// --- Links
const keptPages = new Set<string>();
let kept = 0;
let droppedByAudit = 0;
let leftOut = 0;
const leftOutList: string[] = [];
// The audit's list holds the bare URL; the old data had notes after five of them (`… (mirror)`).
const droppedSet = new Set(dropped.map((d) => `${d.site} ${page(d.url)}`));
for (const f of before) {
  const nowPages = new Set((afterById.get(f.id) ? linksOf(afterById.get(f.id)!) : []).map(page));
  for (const url of linksOf(f)) {
    if (droppedSet.has(`${f.id} ${page(url)}`)) droppedByAudit++;
    else if (nowPages.has(page(url))) {
      kept++;
      keptPages.add(page(url));
    } else {
      leftOut++;
      leftOutList.push(`${f.id} ${url}`);
    }
  }
}
const linksBefore = before.reduce((n, f) => n + linksOf(f).length, 0);
const linksNow = after.reduce((n, f) => n + linksOf(f).length, 0);
const beforePagesBySite = new Map(before.map((f) => [f.id, new Set(linksOf(f).map(page))]));
const added = after.flatMap((f) =>
  linksOf(f)
    .filter((u) => !beforePagesBySite.get(f.id)?.has(page(u)))
    .map((u) => `${f.id} ${u}`),
);
const cultureLinks = culture.flatMap((c) => (c.links ?? []).map((l) => l.url));
out.push('', '## Links', '');
out.push(
  `- on sites: ${linksBefore} before, ${linksNow} now (most on one site now: ${Math.max(...after.map((f) => linksOf(f).length))})`,
);
out.push(
  `- kept (same page on the same site, scheme or trailing dot aside): ${kept} (${keptPages.size} distinct pages)`,
);
out.push(
  `- dropped as the audit listed them (scripts/sources/dropped-links.json): ${droppedByAudit} of ${dropped.length}`,
);
out.push(
  `- not carried over although the audit did not drop them: ${leftOut}${leftOut ? ` (${leftOutList.join('; ')})` : ''}`,
);
out.push(`- added on sites: ${added.length}`);
out.push(`- on culture items: ${cultureLinks.length} (${new Set(cultureLinks).size} distinct pages)`);
out.push(`- sites with no link now: ${after.filter((f) => linksOf(f).length === 0).length}`);
const hosts = count(
  after.flatMap((f) => linksOf(f)),
  (u) => new URL(u).hostname,
);
out.push(`- hosts now: ${table(hosts)}`);

// --- Visitor fields
const FIELDS = [
  'address',
  'openingHours',
  'closedDays',
  'price',
  'free',
  'phone',
  'booking',
  'wheelchair',
  'photo',
  'visitMin',
];
out.push('', '## Practical visitor fields filled (sites with the field)', '');
for (const field of FIELDS) out.push(`- ${field}: ${after.filter((f) => f.properties[field] !== undefined).length}`);
const bilingualSource = (fs: Feature[]) =>
  fs.filter((f) => typeof f.properties.source === 'object' && f.properties.source !== null).length;
out.push(`- bilingual \`source\` ({zh, en}): ${bilingualSource(before)} before, ${bilingualSource(after)} now`);

// --- Internal words in what a visitor reads (the popup's fields)
const VISITOR_TEXT = ['name', 'description', 'era', 'heritage', 'source', 'address'];
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
const withInternal = (fs: Feature[]) =>
  fs.filter((f) =>
    VISITOR_TEXT.flatMap((k) => strings(f.properties[k])).some((s) => INTERNAL_WORDS.some((w) => w.test(s))),
  );
out.push('', '## Internal words (src/data/publishing-policy.ts INTERNAL_WORDS) in popup text', '');
out.push(`- sites with at least one: ${withInternal(before).length} before, ${withInternal(after).length} now`);

console.log(out.join('\n'));
