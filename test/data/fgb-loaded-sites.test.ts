/** The sites of a FlatGeobuf `src` loaded view after view (fgb-loaded-sites.ts). */
import { describe, expect, it } from 'vitest';
import { FgbLoadedSites } from '../../src/data/fgb-loaded-sites';
import { GeoDataError } from '../../src/data/geo-data-error';
import type { FgbView } from '../../src/data/read-fgb-view';
import type { Site } from '../../src/model/types';

const site = (id: string) => ({ id }) as Site;
const view = (entries: Array<[number, string]>, extra: Partial<FgbView> = {}): FgbView => ({
  sites: entries.map(([, id]) => site(id)),
  indexes: entries.map(([index]) => index),
  problems: [],
  capped: false,
  bytes: 0,
  ...extra,
});
const FILE = 'https://data.example/sites.fgb';

describe('FgbLoadedSites', () => {
  it('keeps every site loaded so far once, in file order', () => {
    const loaded = new FgbLoadedSites(FILE);
    loaded.add(
      [0, 0, 1, 1],
      view([
        [5, 'e'],
        [2, 'b'],
      ]),
    );
    loaded.add(
      [1, 0, 2, 1],
      view([
        [2, 'b'],
        [9, 'i'],
      ]),
    );
    expect(loaded.sites.map((s) => s.id)).toEqual(['b', 'e', 'i']);
  });

  it('reports a problem once however many views hold its feature', () => {
    const loaded = new FgbLoadedSites(FILE);
    const problem = new GeoDataError({ file: FILE, feature: '"x" (#3)', field: 'properties.category', problem: 'bad' });
    expect(loaded.add([0, 0, 1, 1], view([], { problems: [problem] }))).toEqual([problem]);
    expect(loaded.add([0, 0, 2, 2], view([], { problems: [problem] }))).toEqual([]);
  });

  it('reports an id two features of the file share, even when different views brought them', () => {
    const loaded = new FgbLoadedSites(FILE);
    loaded.add([0, 0, 1, 1], view([[4, 'same']]));
    const [problem] = loaded.add([5, 5, 6, 6], view([[40, 'same']]));
    expect(problem).toMatchObject({ file: FILE, feature: '"same" (#40)', field: 'id' });
    expect(problem.problem).toMatch(/repeats the id of feature #4/);
    expect(loaded.sites).toHaveLength(1);
  });

  it('knows a view inside one read whole needs no request, but not one inside a capped view', () => {
    const loaded = new FgbLoadedSites(FILE);
    loaded.add([0, 0, 10, 10], view([[1, 'a']]));
    loaded.add([20, 20, 30, 30], view([[2, 'b']], { capped: true }));
    expect(loaded.covers([1, 1, 9, 9])).toBe(true);
    expect(loaded.covers([5, 5, 11, 9])).toBe(false);
    expect(loaded.covers([21, 21, 29, 29])).toBe(false);
  });

  it('past its limit keeps only the latest view', () => {
    const loaded = new FgbLoadedSites(FILE, 3);
    loaded.add(
      [0, 0, 1, 1],
      view([
        [1, 'a'],
        [2, 'b'],
      ]),
    );
    loaded.add(
      [5, 5, 6, 6],
      view([
        [7, 'g'],
        [8, 'h'],
      ]),
    );
    expect(loaded.sites.map((s) => s.id)).toEqual(['g', 'h']);
    expect(loaded.covers([0, 0, 1, 1])).toBe(false);
  });
});
