/**
 * English messages are a chunk of their own that the map and the site card load before rendering in English
 * (src/i18n/t.ts). Tests that call t('en', …) or render an inner element in English on its own load them
 * first, here. The lazy load itself is tested in test/i18n/load-messages.test.ts and, in the built files, by
 * test/embed (embed.html?lang=en, the one-tag page in English, the language switch under CSP).
 */
import { loadMessages } from '../src/i18n/t';

await loadMessages('en');
