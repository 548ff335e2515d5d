/**
 * The built-in culture list (geo/culture.json), read without the schema like the other built-in
 * files: test/data/culture.test.ts checks the file in full with validateCulture.
 */
import text from '../../geo/culture.json?raw';
import type { CultureItem } from '../model/types';
import { readLinks } from './link-policy';

export const builtInCulture: readonly CultureItem[] = (JSON.parse(text) as { items: CultureItem[] }).items.map((i) => ({
  ...i,
  links: readLinks(i.links).links,
}));
