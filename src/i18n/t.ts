import type { Lang } from '../model/types';
import { en, zhCN, type MessageKey } from './messages';

/** Interface text for a key, with `{name}` parameters filled in. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const table: Record<MessageKey, string> = lang === 'en' ? en : zhCN;
  return table[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
