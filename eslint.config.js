// ESLint 9 flat config: `npm run lint` (part of `npm run verify`, with --max-warnings 0).
// Rules are chosen to catch defects, not to police style (Prettier owns formatting):
// typescript-eslint's recommended set, Lit template checks, custom-element checks, Lit accessibility
// checks, the house security rule (no HTML strings), and the layer-folder import boundary.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The pure layers: plain modules, tested in node, that never reach up or into Leaflet and Lit. */
export const PURE_LAYERS = ['model', 'data', 'spatial', 'search', 'plan', 'state', 'i18n'];
/** The layers above them, which the pure layers must never import. */
export const UPPER_LAYERS = ['map', 'components', 'app', 'embed'];

/**
 * Leaflet and Lit, by their bare names and any subpath (`lit/decorators.js`, `@lit/reactive-element`).
 * Written without a literal slash (\u002F) because esquery's /regex/ in a selector cannot contain one.
 */
const UI_PACKAGES = '^(leaflet|lit|lit-html|lit-element|@lit\\u002F[^\\u002F]+)($|\\u002F)';
const NO_HTML = 'No HTML strings: build nodes (Lit templates, or createElement and textContent).';
/** The house security rule (STYLE.md): data never becomes HTML strings in shipped code. */
const NO_HTML_SYNTAX = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: NO_HTML,
  },
  { selector: 'CallExpression[callee.property.name="insertAdjacentHTML"]', message: NO_HTML },
  {
    selector: 'CallExpression[callee.object.name="document"][callee.property.name=/^(write|writeln)$/]',
    message: NO_HTML,
  },
];
const NO_UNSAFE_DIRECTIVES = {
  regex: '^lit/directives/unsafe-',
  message: `${NO_HTML} unsafeHTML/unsafeSVG turn data into markup.`,
};

const BOUNDARY_MESSAGE =
  'src/{' +
  PURE_LAYERS.join(',') +
  '} are pure layers: no Leaflet, no Lit, nothing from src/{' +
  UPPER_LAYERS.join(',') +
  '} (STYLE.md, imports point downward).';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-lib/',
      'coverage/',
      '.vitest/',
      '.vitest-attachments/',
      '.bench/',
      'geo/',
      'scripts/sources/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter a callback signature forces on us; tsc's noUnusedLocals covers the rest.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `cond ? a() : b()` as a statement is a call either way; bare expressions without effect stay errors.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // The codecs strip control characters from hostile input on purpose (escape-xml, escape-ics-text,
      // itinerary-codec); every hit of this rule is one of those deliberate character classes.
      'no-control-regex': 'off',
    },
  },
  // Promise mistakes, which need type information: a promise nobody awaits or handles (in a test, an
  // assertion that can never fail; in the app, a lost rejection), `await` on a non-promise, and a
  // promise used as a condition. Async event listeners stay allowed (checksVoidReturn: false).
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  // Lit templates, custom elements and their accessibility, wherever templates are written (src and tests).
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  // Security (COMMON/STYLE): data never becomes HTML strings in the shipped code.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...NO_HTML_SYNTAX],
      'no-restricted-imports': ['error', { patterns: [NO_UNSAFE_DIRECTIVES] }],
    },
  },
  // The import boundary of the pure layers. Three rules, so that no import form slips through:
  // static, side-effect and re-export imports of the packages (no-restricted-imports), dynamic
  // `import('leaflet')` (no-restricted-syntax), and any path that resolves into an upper layer
  // folder, however it is spelled (import-x/no-restricted-paths, which also sees dynamic imports).
  // test/lint/import-boundary.test.ts proves each of them fails on a violation.
  {
    files: PURE_LAYERS.map((layer) => `src/${layer}/**/*.ts`),
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: UI_PACKAGES.replaceAll('\\u002F', '/'), message: BOUNDARY_MESSAGE },
            NO_UNSAFE_DIRECTIVES,
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=/${UI_PACKAGES}/]`,
          message: BOUNDARY_MESSAGE,
        },
        {
          selector: 'ImportExpression:not([source.type="Literal"])',
          message: 'Pure layers import only literal specifiers, so the import boundary can be checked.',
        },
        ...NO_HTML_SYNTAX,
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: PURE_LAYERS.map((layer) => ({
            target: `./src/${layer}`,
            from: UPPER_LAYERS.map((upper) => `./src/${upper}`),
            message: BOUNDARY_MESSAGE,
          })),
        },
      ],
      // An import the resolver cannot follow would pass no-restricted-paths unseen.
      'import-x/no-unresolved': 'error',
    },
  },
);
