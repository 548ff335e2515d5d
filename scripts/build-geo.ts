/**
 * Rebuilds every file in geo/ from scripts/sources/. Deterministic: running it twice, or on
 * another machine, writes the same bytes (`npm run geo:build && git diff --exit-code geo`).
 *
 *   boundary.geojson  凉州区, DataV GCJ-02 converted to WGS84 with gcoord
 *   context.geojson   武威市's other county units, same lineage, same conversion
 *   sites.geojson     in-district rows of sites.tsv + texts written for this project + pinyin
 *   core.geojson      schematic: hull of the core's sites, buffered
 *   zones.geojson     schematic: Voronoi cells of labelled anchors, clipped, merged, minus the core
 *   axis.geojson      schematic: waypoints in axis-waypoints.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import { customPinyin, pinyin } from 'pinyin-pro';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { convex } from '@turf/convex';
import { difference } from '@turf/difference';
import { featureCollection, point } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { rewind } from '@turf/rewind';
import { truncate } from '@turf/truncate';
import { union } from '@turf/union';
import { voronoi } from '@turf/voronoi';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { parseAxis, parseCore, parseOutlines, parseZones } from '../src/data/parse-layers';
import { validateCulture } from '../src/data/parse-culture';
import { parseSites } from '../src/data/parse-sites';
import { publishingProblems, type DroppedLink } from '../src/data/publishing-policy';
import { formatGeoJson } from './format-geo-json';
import { readSitesTsv } from './read-sites-tsv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = (f: string) => join(root, 'scripts/sources', f);
const readJson = (f: string) => JSON.parse(readFileSync(src(f), 'utf8'));
type Area = Feature<Polygon | MultiPolygon>;

// Published sources say who made the data in plain words; the repositories and tools are in geo/README.md.
const DATAV_SOURCE =
  'DataV.GeoAtlas (AMap) district boundary, converted from GCJ-02 to WGS84 by this project. Generalised, about 2019 or older; reuse terms unclear';

// Six decimals is about 0.1 m: finer than any source here, and it keeps diffs stable.
const tidy = <T extends Feature | FeatureCollection>(g: T): T =>
  truncate(rewind(g as never) as T, { precision: 6, coordinates: 2 });

function buildBoundary(): Feature<MultiPolygon> {
  const gcj = readJson('liangzhou-boundary.gcj02.geojson') as FeatureCollection<MultiPolygon>;
  const wgs = gcoord.transform(gcj as never, gcoord.GCJ02, gcoord.WGS84) as FeatureCollection<MultiPolygon>;
  return tidy({
    type: 'Feature',
    id: 'liangzhou',
    properties: {
      name: { zh: '凉州区', en: 'Liangzhou District' },
      precision: 'approximate',
      source: DATAV_SOURCE,
      adcode: 620602,
    },
    geometry: wgs.features[0].geometry,
  } as Feature<MultiPolygon>);
}

function buildContext(): FeatureCollection<MultiPolygon> {
  const names: Record<string, { id: string; en: string }> = {
    民勤县: { id: 'minqin', en: 'Minqin County' },
    古浪县: { id: 'gulang', en: 'Gulang County' },
    天祝藏族自治县: { id: 'tianzhu', en: 'Tianzhu Tibetan Autonomous County' },
  };
  const gcj = readJson('wuwei-districts.gcj02.geojson') as FeatureCollection<
    MultiPolygon,
    { name: string; adcode: number }
  >;
  const wgs = gcoord.transform(gcj as never, gcoord.GCJ02, gcoord.WGS84) as typeof gcj;
  const features = wgs.features
    .filter((f) => names[f.properties.name])
    .map((f) => ({
      type: 'Feature' as const,
      id: names[f.properties.name].id,
      properties: {
        name: { zh: f.properties.name, en: names[f.properties.name].en },
        precision: 'approximate',
        source:
          'DataV.GeoAtlas (AMap) county boundaries of Wuwei, converted from GCJ-02 to WGS84 by this project. Context only',
        adcode: f.properties.adcode,
      },
      geometry: f.geometry,
    }));
  return tidy(featureCollection(features) as FeatureCollection<MultiPolygon>);
}

// pinyin-pro reads these words by their everyday sound; the place names use the other reading:
// 鸠摩罗什 is Kumārajīva (luó shí, not luó shén), and 海藏寺 is Haizang (the temple's own romanisation).
customPinyin({ 罗什: 'luó shí', 海藏: 'hǎi zàng' });

/**
 * What a visitor may type for a Chinese name, as one string: the toneless pinyin run together, the
 * syllables, the initials. 雷台汉墓（雷台公园） -> "leitaihanmuleitaigongyuan lei tai han mu lei tai
 * gong yuan lthmltgy". Written at build time so the widget does not ship a pinyin dictionary.
 */
function pinyinOf(zh: string): string | undefined {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed', v: 'u' })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]+$/.test(s));
  if (syllables.length === 0) return undefined;
  return [syllables.join(''), ...syllables, syllables.map((s) => s[0]).join('')].join(' ');
}

/** What scripts/sources/site-publish.json gives a site: its visitor-facing source, links and practical fields. */
interface Publish {
  source: unknown;
  links: unknown[];
  [field: string]: unknown;
}

function buildSites(boundary: Area): FeatureCollection<Point> {
  const texts = readJson('site-texts.json') as Record<string, Record<string, unknown>>;
  const publish = readJson('site-publish.json').sites as Record<string, Publish>;
  const rows = readSitesTsv(readFileSync(src('sites.tsv'), 'utf8'));
  const features = rows
    .filter((row) => {
      const inside = booleanPointInPolygon([row.lon, row.lat], boundary);
      // Rows outside the converted boundary (the Gulang memorial, the xiying-reservoir placeholder)
      // are left out rather than moved: geo/README.md says why.
      if (!inside) console.log(`  left out (outside the district): ${row.id}`);
      return inside;
    })
    .map((row) => {
      const text = texts[row.id];
      if (!text) throw new Error(`scripts/sources/site-texts.json has no entry for ${row.id}`);
      const pub = publish[row.id];
      if (!pub) throw new Error(`scripts/sources/site-publish.json has no entry for ${row.id}`);
      // The research notes of the table (coord_source, its link list) stay in scripts/sources: the
      // published source is the visitor-facing sentence, and the links are the vetted ones.
      const { source, links, ...info } = pub;
      return point(
        [row.lon, row.lat],
        {
          name: { zh: row.name_zh, en: row.name_en },
          ...(pinyinOf(row.name_zh) ? { pinyin: pinyinOf(row.name_zh) } : {}),
          category: row.category,
          themes: text.themes,
          zone: row.planned_zone.replace(/ guess$/, ''),
          description: text.description,
          ...(text.heritage ? { heritage: text.heritage } : {}),
          ...(text.era ? { era: text.era } : {}),
          ...info,
          // No coordinate here comes from a survey; the confidence says how far off it may be.
          precision: 'approximate',
          confidence: row.coord_confidence,
          source,
          ...(links.length ? { links } : {}),
        },
        { id: row.id },
      );
    });
  return tidy(featureCollection(features));
}

function buildCore(sites: FeatureCollection<Point>, texts: { name: unknown; summary: unknown }): Area {
  const coreSites = featureCollection(sites.features.filter((f) => f.properties?.zone === 'core'));
  const hull = convex(coreSites);
  if (!hull) throw new Error('no hull: the core needs at least three sites');
  // 400 m around the outermost core sites: enough to hold each site's block, not a survey of anything.
  const core = buffer(hull, 0.4, { units: 'kilometers', steps: 4 }) as Area;
  return tidy({
    type: 'Feature',
    id: 'core',
    properties: {
      ...texts,
      precision: 'schematic',
      source: 'Schematic: drawn by this project round the sites the plan puts in the core, with a 400 m margin',
    },
    geometry: core.geometry,
  } as Area);
}

interface Anchor {
  zone: string;
  lon: number;
  lat: number;
  label?: boolean;
}

function buildZones(
  boundary: Area,
  core: Area,
  sites: FeatureCollection<Point>,
  texts: Record<string, Record<string, unknown>>,
) {
  const anchors: Anchor[] = [
    ...sites.features
      .filter((f) => f.properties?.zone !== 'core')
      .map((f) => ({
        zone: f.properties!.zone as string,
        lon: f.geometry.coordinates[0],
        lat: f.geometry.coordinates[1],
      })),
    ...(readJson('zone-anchors.json').anchors as Anchor[]),
  ];
  const [w, s, e, n] = bbox(boundary);
  const cells = voronoi(featureCollection(anchors.map((a) => point([a.lon, a.lat]))), {
    bbox: [w - 0.1, s - 0.1, e + 0.1, n + 0.1],
  });
  const features = (['east', 'west', 'south', 'north'] as const).map((zone) => {
    const parts = cells.features
      .filter((_, i) => anchors[i].zone === zone)
      .map((cell) => intersect(featureCollection([cell, boundary])))
      .filter((p): p is Area => p !== null);
    const merged = parts.length > 1 ? union(featureCollection(parts)) : parts[0];
    const zoned = difference(featureCollection([merged!, core]));
    if (!zoned) throw new Error(`zone ${zone} is empty`);
    const label = anchors.find((a) => a.zone === zone && a.label);
    if (!label || !booleanPointInPolygon([label.lon, label.lat], zoned))
      throw new Error(`zone ${zone}: its label anchor must lie inside it`);
    return {
      type: 'Feature' as const,
      id: zone,
      properties: {
        ...texts[zone],
        labelPoint: [label.lon, label.lat],
        precision: 'schematic',
        source:
          'Schematic: drawn by this project so that each zone holds its own sites and the zones fill the district. The plan publishes no zone boundaries.',
      },
      geometry: zoned.geometry,
    };
  });
  return tidy(featureCollection(features) as FeatureCollection<Polygon | MultiPolygon>);
}

function buildAxis(summary: unknown) {
  const w = readJson('axis-waypoints.json');
  return tidy(
    featureCollection([
      {
        type: 'Feature' as const,
        id: 'axis',
        properties: { name: w.name, summary, precision: w.precision, source: w.source },
        geometry: { type: 'LineString' as const, coordinates: w.coordinates },
      },
    ]),
  );
}

// GEO_OUT lets the reproducibility test build into a scratch folder and compare with geo/.
const out = process.env.GEO_OUT ?? join(root, 'geo');
function write(name: string, fc: unknown) {
  writeFileSync(join(out, name), formatGeoJson(fc));
  console.log(`  wrote ${join(out, name)}`);
}

const layoutTexts = readJson('layout-texts.json');
const boundary = buildBoundary();
const context = buildContext();
const sites = buildSites(boundary);
const core = buildCore(sites, layoutTexts.core);
const zones = buildZones(boundary, core, sites, layoutTexts.zones);
const axis = buildAxis(layoutTexts.axis.summary);
// Not points: intangible heritage, red history, events, a village without a position (geo/README.md).
const culture = {
  items: (readJson('culture.json').items as Array<Record<string, unknown> & { name: { zh: string } }>).map((item) => {
    const py = pinyinOf(item.name.zh);
    return py ? { ...item, pinyin: py } : item;
  }),
};

// Check with the same parsers the map uses: a build that writes invalid data fails here.
const built = {
  'boundary.geojson': featureCollection([boundary]),
  'context.geojson': context,
  'sites.geojson': sites,
  'core.geojson': featureCollection([core]),
  'zones.geojson': zones,
  'axis.geojson': axis,
};
parseOutlines(built['boundary.geojson'], 'boundary.geojson');
parseOutlines(context, 'context.geojson');
parseSites(sites, 'sites.geojson');
parseCore(built['core.geojson'], 'core.geojson');
parseZones(zones, 'zones.geojson');
parseAxis(axis, 'axis.geojson');
// The publishing policy: no internal words in anything a visitor reads, only vetted links, none of the
// links the content audit dropped. A breach stops the build before anything is written.
const dropped = readJson('dropped-links.json').dropped as DroppedLink[];
const cultureCheck = validateCulture(culture, 'culture.json');
if (cultureCheck.problems.length) throw cultureCheck.problems[0];
const breaches = [
  ...Object.entries(built).flatMap(([name, fc]) => publishingProblems(fc, name, dropped)),
  ...publishingProblems(culture, 'culture.json', dropped),
];
if (breaches.length) throw new Error(`publishing policy:\n  ${breaches.join('\n  ')}`);
for (const [name, fc] of Object.entries(built)) write(name, fc);
write('culture.json', culture);
