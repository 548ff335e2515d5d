/**
 * A bureau's own sites file through `src`: the good one is drawn; each bad one gives an lz-error that
 * names the problem (file, feature, field), and the built-in layers keep working.
 * Fixtures: test/fixtures/bureau/ (the "far too large" ones are made here, not committed).
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/embed/index';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import {
  BUILT_IN_SITES,
  expectBuiltInLayers,
  nextEvent,
  notices,
  popupCard,
  root,
  twoFrames,
  waitFor,
  sitesDrawn,
  ownMarker,
} from './helpers';
import { mountMap } from '../components/mount-map';

afterEach(() => document.body.replaceChildren());

const fixture = (name: string) => `${location.origin}/test/fixtures/bureau/${name}`;

/** The first feature of some bad fixtures, to put together into one file with several problems. */
const CASE_FEATURES: Record<string, unknown> = {};
await Promise.all(
  ['wrong-schema', 'unknown-zone', 'swapped-lat-lon', 'projected-metres'].map(async (name) => {
    CASE_FEATURES[name] = (await (await fetch(fixture(`${name}.geojson`))).json()).features[0];
  }),
);

interface Case {
  file: string;
  /** What lz-error's detail must say. */
  error: { feature?: string; field?: string; message: RegExp };
  /** Sites of the file that still make it onto the map. */
  added?: number;
}

const CASES: Case[] = [
  { file: 'unparsable.geojson', error: { message: /is not valid JSON/ } },
  { file: 'empty.geojson', error: { message: /is not valid JSON \(Unexpected end of JSON input\)/ } },
  { file: 'html-instead-of-json.geojson', error: { message: /is not valid JSON \(Unexpected token '<'/ } },
  // The dev server, like many, answers a missing file with its HTML page and status 200.
  { file: 'no-such-file.geojson', error: { message: /is not valid JSON/ } },
  { file: 'top-level-array.geojson', error: { message: /is not a GeoJSON object \(expected a FeatureCollection\)/ } },
  {
    file: 'not-a-collection.geojson',
    error: { field: 'type', message: /should be "FeatureCollection", got "Feature"/ },
  },
  {
    file: 'empty-collection.geojson',
    error: { field: 'features', message: /is empty: the collection has no features/ },
  },
  {
    file: 'wrong-schema.geojson',
    error: {
      feature: '"wrong-schema-site" (#0)',
      field: 'properties.category',
      message: /is missing \(expected "heritage" or .*\)/,
    },
  },
  {
    file: 'unknown-zone.geojson',
    error: {
      feature: '"centre-site" (#0)',
      field: 'properties.zone',
      message: /should be "core" or "east" .* got "centre"/,
    },
  },
  {
    file: 'projected-metres.geojson',
    error: {
      feature: '"metres-site" (#0)',
      field: 'geometry.coordinates',
      message: /looks like projected metres, not WGS84 degrees/,
    },
  },
  {
    file: 'swapped-lat-lon.geojson',
    error: { feature: '"swapped-site" (#0)', field: 'geometry.coordinates', message: /longitude and latitude swapped/ },
  },
  {
    file: 'outside-wuwei.geojson',
    error: { feature: '"beijing-site" (#0)', field: 'geometry.coordinates', message: /lies outside the Wuwei area/ },
  },
  {
    file: 'duplicate-ids.geojson',
    error: { feature: '"twice" (#1)', field: 'id', message: /repeats the id of feature #0: ids must be unique/ },
    added: 1,
  },
  {
    file: 'wrong-geometry.geojson',
    error: { feature: '"polygon-site" (#0)', field: 'geometry.type', message: /should be "Point", got "Polygon"/ },
  },
  {
    file: 'null-geometry.geojson',
    error: { feature: '"no-geometry" (#0)', field: 'geometry', message: /should be object, got null|is missing/ },
  },
  {
    file: 'bad-id.geojson',
    error: { feature: '"Not An Id!" (#0)', field: 'id', message: /a lower-case id of letters, digits and hyphens/ },
  },
];

/** Mounts with `src` and resolves with the element, once the map is drawn, and its first lz-error. */
async function mountWithSrc(
  src: string,
  attrs: Record<string, string> = {},
): Promise<{ el: LiangzhouMap; error: CustomEvent }> {
  let error!: Promise<CustomEvent>;
  const el = await mountMap({ ...attrs, src }, { beforeConnect: (el) => (error = nextEvent(el, 'lz-error', 10_000)) });
  return { el, error: await error };
}

/** The built-in map still works: layers drawn, a built-in site opens. */
async function expectMapStillWorks(el: LiangzhouMap, added = 0): Promise<void> {
  expectBuiltInLayers(el);
  expect(sitesDrawn(el)).toBe(BUILT_IN_SITES + added);
  expect(el.showSite('baita-temple')).toBe(true);
  expect((await popupCard(el)).shadowRoot!.querySelector('[part="title"]')!.textContent).toContain('白塔寺');
}

describe('src: a bureau file', () => {
  it('draws the sites of a valid file, and opens them', async () => {
    const errors: unknown[] = [];
    const el = await mountMap({ src: fixture('valid.geojson') }, { on: { 'lz-error': (e) => errors.push(e.detail) } });
    await waitFor(() => ownMarker(el, 'bureau-visitor-centre'), 'bureau marker');
    expect(el.showSite('bureau-visitor-centre')).toBe(true);
    expect((await popupCard(el)).shadowRoot!.querySelector('[part="title"]')!.textContent).toBe('凉州游客中心');
    expect(errors).toEqual([]);
    expect(notices(el)).toEqual([]);
  });

  it('has a case for every fixture in test/fixtures/bureau/ but the valid one', () => {
    // A bad fixture added without a case here would otherwise never be loaded.
    const files = Object.keys(import.meta.glob('../fixtures/bureau/*.geojson')).map((f) => f.split('/').at(-1));
    const covered = new Set(CASES.map((c) => c.file));
    expect(files.filter((f) => f !== 'valid.geojson' && !covered.has(f!))).toEqual([]);
    // And every case but the deliberately missing file names a fixture that exists.
    expect(CASES.map((c) => c.file).filter((f) => !files.includes(f))).toEqual(['no-such-file.geojson']);
  });

  for (const c of CASES) {
    it(`reports ${c.file} and keeps the built-in layers`, async () => {
      const url = fixture(c.file);
      const { el, error } = await mountWithSrc(url);
      const d = error.detail;
      expect(d.file).toBe(url);
      expect(d.message).toMatch(c.error.message);
      expect(d.message.startsWith(url)).toBe(true);
      if (c.error.feature) expect(d.feature).toBe(c.error.feature);
      if (c.error.field) expect(d.field).toBe(c.error.field);
      // The visitor sees it too, in the element's own words.
      await waitFor(() => notices(el).some((n) => n.includes(c.file)) || null, 'notice');
      await expectMapStillWorks(el, c.added ?? 0);
    });
  }

  it('refuses a file far too large before parsing it (made here: 51 MB)', async () => {
    const huge = `{"type":"FeatureCollection","features":[${' '.repeat(51 * 1024 * 1024)}]}`;
    const url = URL.createObjectURL(new Blob([huge], { type: 'application/geo+json' }));
    try {
      const { el, error } = await mountWithSrc(url);
      expect(error.detail.file).toBe(url);
      expect(error.detail.message).toMatch(/is far too large \(\d+ (bytes|characters); at most 52428800\)/);
      await expectMapStillWorks(el);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('refuses a file with far too many features (made here: 200,001)', async () => {
    // The count is refused before any feature is read, so they need not be features (200,001 real
    // ones would pass the 50 MB byte cap first).
    const features = new Array<null>(200_001).fill(null);
    const url = URL.createObjectURL(new Blob([JSON.stringify({ type: 'FeatureCollection', features })]));
    try {
      const { el, error } = await mountWithSrc(url);
      expect(error.detail.field).toBe('features');
      expect(error.detail.message).toMatch(/has 200001 features, more than the 200000 this map accepts/);
      await expectMapStillWorks(el);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('keeps the built-in sites with src-mode="replace" when the file is unusable', async () => {
    for (const file of ['unparsable.geojson', 'unknown-zone.geojson']) {
      const { el } = await mountWithSrc(fixture(file), { 'src-mode': 'replace' });
      // Past the update that takes the (empty) result and the frame that draws it.
      await el.updateComplete;
      await twoFrames();
      await expectMapStillWorks(el);
      el.remove();
    }
  });

  it('reports every bad feature of a file, one lz-error each, and keeps its good ones', async () => {
    const features = ['wrong-schema', 'unknown-zone', 'swapped-lat-lon', 'projected-metres'].map((name) =>
      JSON.parse(JSON.stringify(CASE_FEATURES[name])),
    );
    const good = (await (await fetch(fixture('valid.geojson'))).json()).features[0];
    const url = URL.createObjectURL(
      new Blob([JSON.stringify({ type: 'FeatureCollection', features: [...features, good] })]),
    );
    const errors: Array<{ feature?: string }> = [];
    const el = await mountMap({ src: url }, { on: { 'lz-error': (e) => errors.push(e.detail) } });
    await waitFor(() => ownMarker(el, 'bureau-visitor-centre'), 'the good site');
    expect(errors.map((e) => e.feature)).toEqual([
      '"wrong-schema-site" (#0)',
      '"centre-site" (#1)',
      '"swapped-site" (#2)',
      '"metres-site" (#3)',
    ]);
    expect(sitesDrawn(el)).toBe(BUILT_IN_SITES + 1);
    // The notices stay readable: at most five at once.
    expect(root(el).querySelectorAll('[part="notice"]').length).toBeLessThanOrEqual(5);
    URL.revokeObjectURL(url);
  });
});
