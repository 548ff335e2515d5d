import type { Lang, LocalizedText } from '../model/types';

/** The text of data content in the map's language. */
export function localized(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}
