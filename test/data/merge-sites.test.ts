import { describe, expect, it } from 'vitest';
import { mergeSites } from '../../src/data/merge-sites';
import type { Site } from '../../src/model/types';

const site = (id: string, en = id): Site => ({
  id,
  name: { zh: id, en },
  category: 'park',
  themes: [],
  zone: 'core',
  description: { zh: 'x', en: 'x' },
  precision: 'approximate',
  source: { zh: 's', en: 's' },
  links: [],
  coordinates: [102.6, 37.9],
});

describe('mergeSites', () => {
  const ours = [site('a'), site('b')];
  it('replace keeps only theirs', () => {
    expect(mergeSites(ours, [site('c')], 'replace').map((s) => s.id)).toEqual(['c']);
  });
  it('extend adds theirs and lets theirs correct ours by id, in our order first', () => {
    const merged = mergeSites(ours, [site('c'), site('a', 'corrected')], 'extend');
    expect(merged.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(merged[0].name.en).toBe('corrected');
    expect(ours[0].name.en).toBe('a');
  });
});
