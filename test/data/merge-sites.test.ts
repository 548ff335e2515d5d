import { describe, expect, it } from 'vitest';
import { mergeSites } from '../../src/data/merge-sites';
import { site } from '../fixtures/site-feature';

describe('mergeSites', () => {
  const ours = [site('a'), site('b')];
  it('replace keeps only theirs', () => {
    expect(mergeSites(ours, [site('c')], 'replace').map((s) => s.id)).toEqual(['c']);
  });
  it('extend adds theirs and lets theirs correct ours by id, in our order first', () => {
    const merged = mergeSites(ours, [site('c'), site('a', { name: { zh: 'a', en: 'corrected' } })], 'extend');
    expect(merged.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(merged[0].name.en).toBe('corrected');
    expect(ours[0].name.en).toBe('a');
  });
});
