/**
 * The pure layers (src/{model,data,spatial,search,plan,state,i18n}) never import Leaflet, Lit, or
 * anything from src/{map,components,app,embed} (STYLE.md: imports point downward).
 *
 * Two independent checks, each shown to fail on a violation:
 * - the ESLint boundary rules of eslint.config.js (`npm run lint`), run through ESLint's Node API on
 *   planted violations: side-effect, named, subpath, re-export and dynamic imports;
 * - a scan of the real tree with the TypeScript compiler's `preProcessFile`, which lists side-effect
 *   and dynamic imports too (the regex this replaces read only `from '…'`, so `import 'leaflet';`
 *   in src/plan/day-color.ts left it green).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');
const PURE = ['model', 'data', 'spatial', 'search', 'plan', 'state', 'i18n'];
const UPPER = ['map', 'components', 'app', 'embed'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** What `file` (with this text) imports that a pure layer must not: Leaflet, Lit, or an upper folder. */
function forbiddenImports(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => {
      if (/^(leaflet|lit|lit-html|lit-element|@lit\/[^/]+)(\/|$)/.test(spec)) return true;
      if (!spec.startsWith('.')) return false;
      const [top] = relative(src, resolve(file, '..', spec)).split(sep);
      return UPPER.includes(top);
    });
}

describe('import direction: TypeScript scan of the tree', () => {
  it('finds no Leaflet, Lit or upper-layer import in any pure layer', () => {
    const files = PURE.flatMap((layer) => tsFiles(join(src, layer)));
    expect(files.length).toBeGreaterThan(40);
    const bad = files.flatMap((file) =>
      forbiddenImports(file, readFileSync(file, 'utf8')).map((spec) => `${relative(root, file)}: ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('sees side-effect, dynamic, subpath and relative upward imports', () => {
    const file = join(src, 'plan/day-color.ts');
    const planted = [
      "import 'leaflet';",
      "const L = await import('leaflet');",
      "import { customElement } from 'lit/decorators.js';",
      "export * from '../components/events';",
      "import type { LayoutMap } from '../map/layout-map';",
      "import { dayColor } from './day-color';",
      "import { distance } from '@turf/distance';",
    ].join('\n');
    expect(forbiddenImports(file, planted)).toEqual([
      'leaflet',
      'leaflet',
      'lit/decorators.js',
      '../components/events',
      '../map/layout-map',
    ]);
  });
});

// Loading the config, its plugins and the resolver takes seconds on a busy machine: done once, up front.
describe('import direction: the ESLint boundary rule', { timeout: 20_000 }, () => {
  // The project's own config; only the type-aware rules are switched off, as they need a TypeScript
  // program for each planted text and have nothing to do with imports.
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      files: ['**/*.ts'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/await-thenable': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
      },
    },
  });

  async function lint(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
    return result.messages.map((m) => `${m.line}:${m.ruleId}`);
  }

  beforeAll(() => lint('export {};', 'src/plan/day-color.ts'), 60_000);

  it.each([
    ['a side-effect import of Leaflet', "import 'leaflet';", 'no-restricted-imports'],
    ['a named import from Lit', "import { html } from 'lit';\nexport const t = html`x`;", 'no-restricted-imports'],
    ['a Lit subpath', "import { state } from 'lit/decorators.js';\nexport { state };", 'no-restricted-imports'],
    ['a re-export of Leaflet', "export { map } from 'leaflet';", 'no-restricted-imports'],
    ['a dynamic import of Leaflet', "export const load = () => import('leaflet');", 'no-restricted-syntax'],
    ['a dynamic import of Lit', "export const load = () => import('lit');", 'no-restricted-syntax'],
    [
      'an import from src/components',
      "import { define } from '../components/define';\nexport { define };",
      'import-x/no-restricted-paths',
    ],
    [
      'a dynamic import from src/map',
      "export const load = () => import('../map/layout-map');",
      'import-x/no-restricted-paths',
    ],
    ['a re-export from src/embed', "export * from '../embed/data-base';", 'import-x/no-restricted-paths'],
  ])('fails on %s in src/plan/day-color.ts', async (_what, code, rule) => {
    expect(await lint(code, 'src/plan/day-color.ts')).toContain(`1:${rule}`);
  });

  it.each(PURE)('guards src/%s too', async (layer) => {
    const messages = await lint("import 'leaflet';\nimport '../app/bind-trip';", `src/${layer}/probe.ts`);
    expect(messages).toEqual(['1:no-restricted-imports', '2:import-x/no-restricted-paths']);
  });

  it('passes the real file and imports that point downward or sideways', async () => {
    const file = 'src/plan/day-color.ts';
    expect(await lint(readFileSync(join(root, file), 'utf8'), file)).toEqual([]);
    const sideways = [
      "import { distance } from '@turf/distance';",
      "import { t } from '../i18n/t';",
      "import type { Site } from '../model/types';",
      "export const load = () => import('../data/parse-sites');",
      'export { distance, t };',
      'export type { Site };',
    ].join('\n');
    expect(await lint(sideways, file)).toEqual([]);
  });

  it('leaves the upper layers free to use Leaflet and Lit', async () => {
    expect(await lint("import 'leaflet';\nimport { html } from 'lit';\nexport { html };", 'src/map/probe.ts')).toEqual(
      [],
    );
  });
});
