import { describe, expect, it } from 'vitest';
import { layerIds } from '../../src/search/layer-ids';
import {
  anyFilter,
  filterChoice,
  formatLayers,
  isLayerId,
  onlyArea,
  onlyFilter,
  parseLayers,
  sameLayers,
  setLayerVisible,
} from '../../src/state/layer-visibility';

const FILTERS = layerIds.filter((id) => id.includes(':'));

describe('parseLayers', () => {
  it('shows everything when the attribute is unset', () => {
    expect([...parseLayers(undefined)]).toEqual(layerIds);
    expect([...parseLayers(null)]).toEqual(layerIds);
  });

  it('shows the areas listed and every filter not hidden (golden)', () => {
    const cases: Array<[string, string[]]> = [
      ['', [...FILTERS]],
      ['core,south,sites', ['core', 'south', 'sites', ...FILTERS]],
      [' Core , SITES,-theme:buddhist', ['core', 'sites', ...FILTERS.filter((f) => f !== 'theme:buddhist')]],
      [
        'core,-category:temple,-category:nope,boundary,<b>',
        ['core', ...FILTERS.filter((f) => f !== 'category:temple')],
      ],
      // A filter listed without "-" says nothing: filters are shown unless hidden.
      ['category:temple', [...FILTERS]],
    ];
    for (const [attr, shown] of cases) expect([...parseLayers(attr)].sort(), attr).toEqual([...shown].sort());
  });
});

describe('formatLayers', () => {
  it('writes shown areas in the default order, then hidden filters (golden)', () => {
    expect(formatLayers(new Set(layerIds))).toBe('core,axis,east,west,south,north,sites');
    expect(formatLayers(new Set(['sites', 'south', 'core', ...FILTERS]))).toBe('core,south,sites');
    expect(formatLayers(new Set(FILTERS.filter((f) => f !== 'theme:han' && f !== 'category:temple')))).toBe(
      '-category:temple,-theme:han',
    );
    expect(formatLayers(new Set(FILTERS))).toBe('');
  });

  it('round-trips with parseLayers', () => {
    for (const attr of [
      'core,south,sites',
      '',
      'axis,-category:museum,-theme:red',
      'core,axis,east,west,south,north,sites',
    ])
      expect(formatLayers(parseLayers(attr))).toBe(attr);
  });
});

describe('setLayerVisible', () => {
  it('shows and hides one id and never changes its input', () => {
    const before = parseLayers('core,sites');
    const copy = [...before];
    const hidden = setLayerVisible(before, 'category:temple', false);
    expect(formatLayers(hidden)).toBe('core,sites,-category:temple');
    const shown = setLayerVisible(hidden, 'south', true);
    expect(formatLayers(shown)).toBe('core,south,sites,-category:temple');
    expect([...before]).toEqual(copy);
  });

  it('hands back the same set when nothing changes', () => {
    const set = parseLayers('core');
    expect(setLayerVisible(set, 'core', true)).toBe(set);
    expect(setLayerVisible(set, 'south', false)).toBe(set);
  });
});

describe('isLayerId and sameLayers', () => {
  it('knows the layer ids and nothing else', () => {
    expect(layerIds.every(isLayerId)).toBe(true);
    for (const id of ['boundary', 'context', 'category:nope', '-core', '', 'district'])
      expect(isLayerId(id), id).toBe(false);
  });

  it('compares sets by content', () => {
    expect(sameLayers(parseLayers('core,south'), parseLayers('south,core'))).toBe(true);
    expect(sameLayers(parseLayers('core,south'), parseLayers('core'))).toBe(false);
  });
});

describe('one-action filters', () => {
  const all = parseLayers(undefined);

  it('onlyFilter keeps one value of its kind, the other kinds as they were, and shows the sites', () => {
    const start = parseLayers('core,-category:temple');
    const next = onlyFilter(start, 'theme:buddhist');
    expect(formatLayers(next)).toBe(
      'core,sites,-category:temple,' +
        '-theme:wuliang,-theme:red,-theme:great-wall,-theme:intangible,-theme:daoist,-theme:confucian,-theme:han,-theme:xixia,-theme:ecology,-theme:none',
    );
    expect(formatLayers(start)).toBe('core,-category:temple');
    expect(onlyFilter(next, 'theme:buddhist')).toBe(next);
  });

  it('onlyArea shows that outline and its sites alone, and leaves categories and themes', () => {
    expect(formatLayers(onlyArea(all, 'south'))).toBe('south,sites,-area:core,-area:east,-area:west,-area:north');
    expect(formatLayers(onlyArea(parseLayers('-theme:red'), 'core'))).toBe(
      'core,sites,-area:east,-area:west,-area:south,-area:north,-theme:red',
    );
  });

  it('anyFilter shows every value of one kind again; filterChoice reads a single choice back', () => {
    const south = onlyArea(all, 'south');
    expect(filterChoice(south, 'area')).toBe('south');
    expect(filterChoice(south, 'theme')).toBe('');
    expect(filterChoice(parseLayers('-area:east,-area:west'), 'area')).toBeUndefined();
    expect(filterChoice(onlyFilter(all, 'theme:none'), 'theme')).toBe('none');
    expect(filterChoice(anyFilter(south, 'area'), 'area')).toBe('');
    expect(anyFilter(all, 'theme')).toBe(all);
  });

  it('old values mean what they meant: the new filters are not hidden by them', () => {
    for (const old of ['core,south,sites', 'sites,-theme:buddhist', 'axis,-category:museum'])
      for (const id of ['area:core', 'area:south', 'theme:none'] as const) expect(parseLayers(old).has(id)).toBe(true);
  });
});
