import { loadMessages } from '../i18n/t';
import { toLang } from '../i18n/to-lang';

/**
 * For an element's `scheduleUpdate`: runs `update` at once when the messages of `lang` are here (zh-CN always
 * is), else once they have loaded (English is a chunk of its own, t.ts), together with anything else the first
 * frame needs (`also`). Lit waits for the returned promise, so `updateComplete` covers it and the element never
 * renders a frame in the wrong language.
 */
export function afterMessages(
  lang: string | null | undefined,
  update: () => void | Promise<unknown>,
  also?: Promise<unknown>,
): void | Promise<unknown> {
  const messages = loadMessages(toLang(lang));
  if (!messages && !also) return update();
  return Promise.all([messages, also]).then(update);
}
