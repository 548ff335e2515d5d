import type { CultureItem } from '../model/types';
import { foldText } from './fold-text';

/**
 * The culture items a query finds: by Chinese or English name, pinyin (whole or initials), a word
 * of the summary or the place, or a word for the item's kind; names first, then summaries and places,
 * then kinds. An empty query keeps them all, in order.
 * @param kindWords - what the interface calls a kind, in any language ("红色记忆", "Red history"): a
 *   visitor looking for 红色 or "event" means the kind, which no item's own text need say
 */
export function searchCulture(
  items: readonly CultureItem[],
  query: string,
  kindWords: (kind: CultureItem['kind']) => readonly string[] = () => [],
): CultureItem[] {
  const q = foldText(query);
  if (!q) return [...items];
  const rank = (item: CultureItem): number => {
    const names = [item.name.zh, item.name.en, ...(item.pinyin?.split(' ') ?? [])].map(foldText);
    if (names.some((n) => n.startsWith(q))) return 0;
    if (names.some((n) => n.includes(q))) return 1;
    const more = [item.summary.zh, item.summary.en, item.where?.zh ?? '', item.where?.en ?? ''].map(foldText);
    if (more.some((m) => m.includes(q))) return 2;
    return kindWords(item.kind).some((w) => foldText(w).includes(q)) ? 3 : -1;
  };
  return items
    .map((item, i) => ({ item, i, r: rank(item) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.item);
}
