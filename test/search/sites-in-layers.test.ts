import { describe, expect, it } from 'vitest';
import { layerIds } from '../../src/search/layer-ids';
import { sitesInLayers } from '../../src/search/sites-in-layers';
import { site } from '../fixtures/site-feature';
import { sites } from './built-in-sites';

describe('layerIds', () => {
  it('lists the layout, sites, each category and each theme once', () => {
    expect(layerIds.slice(0, 7)).toEqual(['core', 'axis', 'east', 'west', 'south', 'north', 'sites']);
    expect(layerIds).toContain('category:temple');
    expect(layerIds).toContain('theme:buddhist');
    expect(new Set(layerIds).size).toBe(layerIds.length);
    expect(layerIds).toHaveLength(7 + 9 + 10);
  });
});

describe('sitesInLayers', () => {
  it('shows every site when every layer is visible, none without `sites`', () => {
    expect(sitesInLayers(sites, layerIds)).toEqual(sites);
    expect(
      sitesInLayers(
        sites,
        layerIds.filter((id) => id !== 'sites'),
      ),
    ).toEqual([]);
  });

  it('hides a category, and the sites whose every theme is hidden', () => {
    const noTemples = sitesInLayers(
      sites,
      layerIds.filter((id) => id !== 'category:temple'),
    );
    expect(noTemples.some((s) => s.category === 'temple')).toBe(false);
    expect(noTemples.length).toBe(sites.filter((s) => s.category !== 'temple').length);
    const onlyBuddhist = sitesInLayers(
      sites,
      layerIds.filter((id) => !id.startsWith('theme:') || id === 'theme:buddhist'),
    );
    expect(onlyBuddhist.every((s) => s.themes.includes('buddhist') || s.themes.length === 0)).toBe(true);
    expect(onlyBuddhist.length).toBe(
      sites.filter((s) => s.themes.includes('buddhist') || s.themes.length === 0).length,
    );
    expect(onlyBuddhist.map((s) => s.id)).toContain('tiantishan-grottoes');
  });

  it('keeps a site without themes while its category is shown', () => {
    const list = [site('plain', { category: 'heritage' }), site('themed', { category: 'heritage', themes: ['han'] })];
    expect(sitesInLayers(list, ['sites', 'category:heritage']).map((s) => s.id)).toEqual(['plain']);
  });

  it('ignores zone toggles: they hide areas, not sites', () => {
    expect(
      sitesInLayers(
        sites,
        layerIds.filter((id) => id !== 'south'),
      ),
    ).toEqual(sites);
  });
});
