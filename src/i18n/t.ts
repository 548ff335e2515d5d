import type { Lang } from '../model/types';
import { zhCN, type MessageKey } from './messages';

type Table = Record<MessageKey, string>;

/**
 * The message tables at hand. zh-CN, the default, is always here; English is a chunk of its own
 * (messages-en.ts, about 4 kB gzip), fetched by `loadMessages('en')` before anything renders in English:
 * the map's and the site card's updates wait for it. Module state shared by every widget on the page,
 * which is harmless: the tables never change once loaded.
 */
const tables: Partial<Record<Lang, Table>> = { 'zh-CN': zhCN };
let loadingEn: Promise<void> | undefined;

/**
 * Resolves once `lang`'s table is here; `undefined` when it already is, so a caller can stay synchronous.
 * A failed load (offline, a missing chunk) is retried on the next call; until then t() falls back to zh-CN.
 */
export function loadMessages(lang: Lang): Promise<void> | undefined {
  if (tables[lang]) return undefined;
  loadingEn ??= import('./messages-en').then(
    ({ en }) => void (tables.en = en),
    (err: unknown) => {
      loadingEn = undefined;
      console.error(`liangzhou-map: the English messages could not be loaded: ${(err as Error)?.message ?? err}`);
    },
  );
  return loadingEn;
}

/** Interface text for a key, with `{name}` parameters filled in (zh-CN until `loadMessages(lang)` has settled). */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const table = tables[lang] ?? zhCN;
  return table[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
