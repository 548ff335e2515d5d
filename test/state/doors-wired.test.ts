/** The attribute rules behind the doors <liangzhou-map> now uses (issue 11): src-timeout, layers. */
import { describe, expect, it } from 'vitest';
import { SITES_TIMEOUT_MS } from '../../src/data/fetch-site-bytes';
import { GeoDataError } from '../../src/data/geo-data-error';
import { checkAttribute } from '../../src/embed/embed-params';
import { bridgeErrorDetail } from '../../src/embed/bridge-protocol';
import { layerIds } from '../../src/search/layer-ids';
import { SRC_TIMEOUT_S, srcTimeoutConverter, toSrcTimeout } from '../../src/state/attributes';
import { formatLayers, parseLayers } from '../../src/state/layer-visibility';

describe('src-timeout', () => {
  it('reads seconds, clamped to 1-120, and the default for anything else', () => {
    expect(SRC_TIMEOUT_S).toBe(20);
    expect(SITES_TIMEOUT_MS).toBe(SRC_TIMEOUT_S * 1000);
    expect(toSrcTimeout('7.5')).toBe(7.5);
    expect(toSrcTimeout(' 30 ')).toBe(30);
    expect(toSrcTimeout('0')).toBe(1);
    expect(toSrcTimeout('-5')).toBe(1);
    expect(toSrcTimeout('1e9')).toBe(120);
    for (const bad of ['', 'soon', 'NaN', 'Infinity', null, undefined, {}]) expect(toSrcTimeout(bad)).toBe(20);
    expect(srcTimeoutConverter.fromAttribute('3')).toBe(3);
    expect(srcTimeoutConverter.toAttribute(3)).toBe('3');
  });

  it('is an embed parameter, clamped, and refused when not a number', () => {
    expect(checkAttribute('src-timeout', '5')).toEqual({ name: 'src-timeout', value: '5' });
    expect(checkAttribute('src-timeout', '999')).toEqual({ name: 'src-timeout', value: '120' });
    expect(checkAttribute('src-timeout', 'soon')).toBeUndefined();
    expect(checkAttribute('src-timeout', '')).toBeUndefined();
  });
});

describe('layers with no known id', () => {
  it('show the default layers, not nothing', () => {
    expect(parseLayers('sties')).toEqual(new Set(layerIds));
    expect(parseLayers('sties,-category:nope')).toEqual(new Set(layerIds));
    // An empty list still means "show no area", and one known id is obeyed.
    expect([...parseLayers('')].some((id) => !id.includes(':'))).toBe(false);
    expect(formatLayers(parseLayers('core,sties'))).toBe('core');
  });

  it('reach the element from embed.html with the unknown ids kept, so it can name them', () => {
    expect(checkAttribute('layers', 'sties')).toEqual({ name: 'layers', value: 'sties' });
    expect(checkAttribute('layers', 'Core, sties,<b>')).toEqual({ name: 'layers', value: 'core,sties' });
    expect(checkAttribute('layers', 'core, South')).toEqual({ name: 'layers', value: 'core,south' });
  });
});

describe('lz-error for an attribute', () => {
  it('crosses the bridge as the file `tiles` and the category, without the template', () => {
    const e = new GeoDataError({
      file: 'tiles',
      category: 'invalid-attribute',
      problem: 'the template has a placeholder the map cannot fill: {accessToken}',
    });
    const bridged = bridgeErrorDetail({ message: e.message, category: e.category, file: e.file });
    expect(bridged).toEqual({ message: 'tiles: invalid-attribute', category: 'invalid-attribute', file: 'tiles' });
  });
});
