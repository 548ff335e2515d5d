import { describe, expect, it } from 'vitest';
import { isNarrow } from '../../src/state/panel-layout';

describe('isNarrow', () => {
  it('gives phones the sheet, upright and in landscape', () => {
    expect(isNarrow(375, 667)).toBe(true);
    expect(isNarrow(667, 375)).toBe(true);
    expect(isNarrow(932, 430)).toBe(true);
  });

  it('keeps the side card on desktops and in a 480 px high embed', () => {
    expect(isNarrow(1366, 800)).toBe(false);
    expect(isNarrow(800, 480)).toBe(false);
    expect(isNarrow(640, 440)).toBe(false);
  });
});
