import { describe, expect, it } from 'vitest';
import { layerIds } from '../../src/search/layer-ids';
import { formatLayers, isLayerId, parseLayers, sameLayers, setLayerVisible } from '../../src/state/layer-visibility';

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
