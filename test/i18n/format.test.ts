import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/i18n/format-clock';
import { formatDuration } from '../../src/i18n/format-duration';
import { formatKm } from '../../src/i18n/format-km';
import { formatNumber } from '../../src/i18n/format-number';

describe('Intl formatting', () => {
  it('formats distances, durations and clock times in both languages', () => {
    expect(formatKm(3.46, 'en')).toBe('3.5 km');
    expect(formatKm(41.6, 'en')).toBe('42 km');
    expect(formatKm(41.6, 'zh-CN')).toMatch(/^42\s?公里$/);
    expect(formatDuration(80, 'en')).toBe('1 hr 20 min');
    expect(formatDuration(45, 'zh-CN')).toMatch(/^45\s?分钟$/);
    expect(formatClock(9 * 60 + 5, 'en')).toBe('09:05');
    expect(formatClock(24 * 60 + 30, 'zh-CN')).toMatch(/^00:30.+/);
    expect(formatNumber('en', 4973.2, { maximumFractionDigits: 0 })).toBe('4,973');
  });
});
