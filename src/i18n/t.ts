import type { Lang } from '../model/types';
import type { MessageKey } from './messages';
import { firstZh } from './messages-first';

type Table = Record<MessageKey, string>;

/**
 * The zh-CN text at hand: the first frame's tables (messages-first.ts), then each element's own table, added
 * by the element's module when its chunk loads (addZh): the card's, the panels', the Analysis tab's. What is
 * not here yet cannot be asked for, since only those elements ask for it.
 */
const zh: Partial<Table> = { ...firstZh };

/**
 * The message tables at hand. zh-CN, the default, is always here (as far as the loaded elements need it);
 * English is a chunk of its own (messages-en.ts, about 4 kB gzip, every key), fetched by `loadMessages('en')`
 * before anything renders in English: the map's and the site card's updates wait for it. Module state shared
 * by every widget on the page, which is harmless: the tables only ever grow, and never change a text.
 */
const tables: Partial<Record<Lang, Partial<Table>>> = { 'zh-CN': zh };
let loadingEn: Promise<void> | undefined;

/** Adds an element's own zh-CN messages (its module calls this as it loads). Idempotent. */
export function addZh(part: Partial<Table>): void {
  Object.assign(zh, part);
}

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

/**
 * Interface text for a key, with `{name}` parameters filled in (zh-CN until `loadMessages(lang)` has settled).
 * A key whose table has not been added (a module that forgot its addZh) shows as the key, never as an error.
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = (tables[lang] ?? zh)[key] ?? zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
