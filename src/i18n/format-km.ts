import type { Lang } from '../model/types';
import { formatNumber } from './format-number';

/** A distance: "12 km" / "12公里", one decimal under 10 km. */
export function formatKm(km: number, lang: Lang): string {
  return formatNumber(lang, km, {
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
  });
}
