/**
 * The theme's custom properties are tested like code (Material Web's testing/tokens.ts): every
 * `--lz-*` the sources read is documented as an `@cssproperty` of `<liangzhou-map>` (custom-elements.json,
 * hence docs/API.md) with the default the code uses, every documented one is read, and each is read in
 * one place only (src/components/tokens.styles.ts), so a default cannot drift between elements. The
 * private `--_*` tokens the elements use are each declared, and each declared one is used.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOURS } from '../../src/app/configurator/snippets';
import { EMBED_COLOURS } from '../../src/embed/embed-params';

const root = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Source text of every .ts file under src/, comments removed (they may quote a token in prose). */
const sources = filesUnder(join(root, 'src')).map((path) => ({
  file: relative(root, path),
  text: readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, ''),
}));

/** `var(--name, fallback)` reads, with the fallback (nested parentheses are not used in ours). */
function reads(prefix: string): Array<{ file: string; name: string; fallback?: string }> {
  const re = new RegExp(`var\\(\\s*(${prefix}[a-z0-9-]+)\\s*(?:,([^)]*))?\\)`, 'g');
  return sources.flatMap(({ file, text }) =>
    [...text.matchAll(re)].map((m) => ({ file, name: m[1], fallback: m[2]?.replace(/\s+/g, ' ').trim() })),
  );
}

interface CssProperty {
  name: string;
  default?: string;
}
interface Declaration {
  tagName?: string;
  cssProperties?: CssProperty[];
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
  modules: Array<{ declarations?: Declaration[] }>;
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const documented = new Map(
  (elements.find((d) => d.tagName === 'liangzhou-map')?.cssProperties ?? []).map((p) => [p.name, p.default]),
);

const publicReads = reads('--lz-');
const usedNames = [...new Set(publicReads.map((r) => r.name))].sort();

describe('CSS custom properties', () => {
  it('reads every --lz-* that <liangzhou-map> documents, and only those', () => {
    expect(documented.size).toBeGreaterThan(10);
    expect(usedNames).toEqual([...documented.keys()].sort());
  });

  it('reads each --lz-* once, in tokens.styles.ts, with the documented default', () => {
    for (const name of usedNames) {
      const at = publicReads.filter((r) => r.name === name);
      expect(
        at.map((r) => r.file),
        name,
      ).toEqual(['src/components/tokens.styles.ts']);
      // The doc gives a font stack's first family only.
      const fallback = name === '--lz-font' ? at[0].fallback?.split(',')[0] : at[0].fallback;
      expect(fallback, name).toBe(documented.get(name));
    }
  });

  it('names no other --lz-* in code (setProperty, embed parameters) than the documented ones', () => {
    const named = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/['"`](--lz-[a-z0-9-]+)['"`]/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(named.filter((n) => !documented.has(n.split(': ')[1]))).toEqual([]);
  });

  it('documents on each inner element only --lz-* of <liangzhou-map>, with the same default', () => {
    for (const el of elements)
      for (const p of el.cssProperties ?? [])
        expect({ el: el.tagName, name: p.name, default: p.default }).toEqual({
          el: el.tagName,
          name: p.name,
          default: documented.get(p.name),
        });
  });

  it('gives the configurator the documented colours as its defaults', () => {
    for (const [param, property] of Object.entries(EMBED_COLOURS))
      expect(DEFAULT_COLOURS[param as keyof typeof EMBED_COLOURS], property).toBe(documented.get(property));
  });

  it('declares every private --_* token that is read, and reads every declared one', () => {
    const read = new Set(reads('--_').map((r) => r.name));
    const declared = new Set(
      sources.flatMap(({ text }) => [
        // In CSS (`--_accent: …`) or set from code (`'--_day-color'` in cssProps or setProperty).
        ...[...text.matchAll(/(--_[a-z0-9-]+)\s*:/g)].map((m) => m[1]),
        ...[...text.matchAll(/['"](--_[a-z0-9-]+)['"]/g)].map((m) => m[1]),
      ]),
    );
    expect(read.size).toBeGreaterThan(10);
    // A token defined from itself (`--_accent: var(--_accent)`) is a cycle: invalid, so unset.
    const cycles = sources.flatMap(({ text }) =>
      [...text.matchAll(/(--_[a-z0-9-]+)\s*:\s*var\(\s*(--_[a-z0-9-]+)/g)]
        .filter((m) => m[1] === m[2])
        .map((m) => m[1]),
    );
    expect(cycles).toEqual([]);
    expect([...read].filter((n) => !declared.has(n)).sort(), 'read but never declared').toEqual([]);
    expect([...declared].filter((n) => !read.has(n)).sort(), 'declared but never read').toEqual([]);
  });
});
