import type { CultureItem } from '../model/types';
import { foldText } from './fold-text';

/**
 * The culture items a query finds: by Chinese or English name, pinyin (whole or initials), or a word
 * of the summary or the place; names first. An empty query keeps them all, in order.
 */
export function searchCulture(items: readonly CultureItem[], query: string): CultureItem[] {
  const q = foldText(query);
  if (!q) return [...items];
  const rank = (item: CultureItem): number => {
    const names = [item.name.zh, item.name.en, ...(item.pinyin?.split(' ') ?? [])].map(foldText);
    if (names.some((n) => n.startsWith(q))) return 0;
    if (names.some((n) => n.includes(q))) return 1;
    const more = [item.summary.zh, item.summary.en, item.where?.zh ?? '', item.where?.en ?? ''].map(foldText);
    return more.some((m) => m.includes(q)) ? 2 : -1;
  };
  return items
    .map((item, i) => ({ item, i, r: rank(item) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.item);
}
