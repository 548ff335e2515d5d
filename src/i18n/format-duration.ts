import type { Lang } from '../model/types';
import { formatNumber } from './format-number';

/** A duration in minutes as hours and minutes: "1 hr 20 min" / "1小时20分钟". */
export function formatDuration(min: number, lang: Lang): string {
  const unit = (u: 'hour' | 'minute', v: number) =>
    formatNumber(lang, v, { style: 'unit', unit: u, unitDisplay: 'short' });
  const h = Math.floor(min / 60);
  const m = min % 60;
  if (h === 0) return unit('minute', m);
  if (m === 0) return unit('hour', h);
  return [unit('hour', h), unit('minute', m)].join(lang === 'en' ? ' ' : '');
}
