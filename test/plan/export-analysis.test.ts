import { describe, expect, it } from 'vitest';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { CATEGORIES, THEMES, type AreaId } from '../../src/model/types';
import { exportAreasCsv } from '../../src/plan/export-areas-csv';
import { exportSitesCsv, exportSitesGeoJson } from '../../src/plan/export-sites';
import { toCsv } from '../../src/plan/to-csv';
import { compareAreas } from '../../src/spatial/compare-areas';
import { fakeSite } from './real-sites';

/** A small RFC 4180 reader (quoted fields, "" escapes, CRLF), enough to read back what we write. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const layout = parseLayout(builtInFiles);
const names: Record<AreaId, string> = { core: '凉州古城', east: '东部', west: '西部', south: '南部', north: '北部' };

describe('exportAreasCsv', () => {
  it('is UTF-8 with a BOM, one header row and one row per area, matching the comparison', () => {
    const rows = compareAreas(layout, layout.sites);
    const text = exportAreasCsv(rows, names);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // Encoded as a browser's Blob would: the BOM becomes EF BB BF.
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parseCsv(text.slice(1));
    expect(table).toHaveLength(1 + 5);
    const [header, ...body] = table;
    expect(header.slice(0, 8)).toEqual([
      'id',
      'name',
      'area_km2',
      'sites',
      'sites_per_100km2',
      'national',
      'provincial',
      'median_axis_km',
    ]);
    expect(header).toHaveLength(8 + CATEGORIES.length + THEMES.length + 1);
    expect(body.map((r) => r[0])).toEqual(['core', 'east', 'west', 'south', 'north']);
    const south = Object.fromEntries(header.map((h, i) => [h, body[3][i]]));
    expect(south).toMatchObject({
      name: '南部',
      area_km2: '958.9',
      sites: '6',
      national: '3',
      provincial: '2',
      median_axis_km: '3.9',
      'category:heritage': '4',
      'theme:xixia': '4',
    });
    // The east zone has no sites: no median, not a zero.
    expect(body[1][7]).toBe('');
  });
});

describe('toCsv', () => {
  it('keeps hostile text inside its cell and defuses formulas', () => {
    const text = toCsv(['a', 'b'], [['x,"y"\r\nz', '=HYPERLINK("http://evil")']]);
    expect(parseCsv(text.slice(1))).toEqual([
      ['a', 'b'],
      ['x,"y"\r\nz', `'=HYPERLINK("http://evil")`],
    ]);
  });
});

describe('exportSites', () => {
  const sites = [
    fakeSite('a', [102.6, 37.9], {
      zone: 'south',
      themes: ['buddhist'],
      heritage: { zh: '全国重点文物保护单位', en: 'x' },
    }),
    fakeSite('b', [102.7, 38.0], { name: { zh: '<b>"名"</b>', en: 'B, "the" site' } }),
  ];

  it('writes the given sites as GeoJSON points with both names', () => {
    const fc = JSON.parse(exportSitesGeoJson(sites));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(['a', 'b']);
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [102.6, 37.9] });
    expect(fc.features[1].properties.name).toEqual({ zh: '<b>"名"</b>', en: 'B, "the" site' });
  });

  it('writes the given sites as CSV with a BOM, one header row and one row per site', () => {
    const text = exportSitesCsv(sites, 'en');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header[0]).toBe('id');
    expect(rows).toHaveLength(2);
    expect(rows[0][header.indexOf('heritage_level')]).toBe('national');
    expect(rows[1][header.indexOf('name')]).toBe('B, "the" site');
    expect(parseCsv(exportSitesCsv(sites, 'zh-CN').slice(1))[2][1]).toBe('<b>"名"</b>');
  });
});
