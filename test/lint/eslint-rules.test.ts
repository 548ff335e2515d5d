/**
 * The rest of eslint.config.js can fail too: the house security rule and the Lit, custom-element and
 * Lit accessibility plugins each report a planted defect (the import boundary has its own test,
 * test/model/import-direction.test.ts). Without this, a plugin dropped from the config, or scoped to
 * files that do not exist, would leave `npm run lint` green and blind.
 */
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const COMPONENT = 'src/components/probe.ts';

// The project's own config; only the type-aware rules are switched off, as they need a TypeScript
// program for each planted text.
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

async function lint(code: string, filePath = COMPONENT): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.map((m) => `${m.line}:${m.ruleId}`);
}

describe('eslint.config.js', { timeout: 20_000 }, () => {
  // Loading the config and its plugins takes seconds on a busy machine: done once, up front.
  beforeAll(() => lint('export {};'), 60_000);

  it.each([
    [
      'innerHTML assignment',
      'export const f = (el: HTMLElement, s: string) => {\n  el.innerHTML = s;\n};',
      '2:no-restricted-syntax',
    ],
    [
      'outerHTML assignment',
      'export const f = (el: HTMLElement, s: string) => {\n  el.outerHTML = s;\n};',
      '2:no-restricted-syntax',
    ],
    [
      'insertAdjacentHTML',
      "export const f = (el: HTMLElement, s: string) => el.insertAdjacentHTML('beforeend', s);",
      '1:no-restricted-syntax',
    ],
    ['document.write', 'export const f = (s: string) => document.write(s);', '1:no-restricted-syntax'],
    [
      'unsafeHTML',
      "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport { unsafeHTML };",
      '1:no-restricted-imports',
    ],
  ])('rejects HTML strings in src/: %s', async (_what, code, expected) => {
    expect(await lint(code)).toContain(expected);
  });

  it('allows reading outerHTML (tests print it in failure messages) and textContent writes', async () => {
    const code =
      'export const f = (el: HTMLElement, s: string) => {\n  el.textContent = s;\n  return el.outerHTML;\n};';
    expect(await lint(code)).toEqual([]);
  });

  it('reports a duplicate Lit binding (eslint-plugin-lit)', async () => {
    const code = "import { html } from 'lit';\nexport const t = (a: string) => html`<div .x=${a} .x=${a}></div>`;";
    expect(await lint(code)).toEqual(['2:lit/no-duplicate-template-bindings']);
  });

  it('reports an image without alt text and a click without a key handler (eslint-plugin-lit-a11y)', async () => {
    expect(await lint('import { html } from \'lit\';\nexport const t = html`<img src="a.png">`;')).toEqual([
      '2:lit-a11y/alt-text',
    ]);
    expect(await lint("import { html } from 'lit';\nexport const t = html`<div @click=${() => 1}>x</div>`;")).toEqual([
      '2:lit-a11y/click-events-have-key-events',
    ]);
  });

  it('reports attributes set in a constructor and an invalid tag name (eslint-plugin-wc)', async () => {
    const code = [
      'export class X extends HTMLElement {',
      '  constructor() {',
      '    super();',
      "    this.setAttribute('role', 'list');",
      '  }',
      '}',
      "customElements.define('probe', X);",
    ].join('\n');
    expect(await lint(code)).toEqual(['4:wc/no-constructor-attributes', '7:wc/no-invalid-element-name']);
  });

  it('passes a well-formed element (control)', async () => {
    const code = [
      "import { html, LitElement } from 'lit';",
      'export class LzProbe extends LitElement {',
      '  label = "";',
      '  render() {',
      '    return html`<button type="button" @click=${() => this.remove()}>${this.label}</button>`;',
      '  }',
      '}',
      "customElements.define('lz-probe', LzProbe);",
    ].join('\n');
    expect(await lint(code)).toEqual([]);
  });
});
