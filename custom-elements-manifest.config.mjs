/**
 * custom-elements.json, the machine-readable API of the elements (`npm run analyze`), read by
 * editors and by scripts/build-api-docs.ts, which writes docs/API.md from it.
 */

/** LitElement's lifecycle: public in TypeScript, but no part of an element's API. */
const LIFECYCLE = new Set([
  'render',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'firstUpdated',
  'updated',
  'willUpdate',
  'shouldUpdate',
  'update',
  'createRenderRoot',
  'styles',
]);

/**
 * Elements register through src/components/define.ts (`define('liangzhou-map', LiangzhouMap)`), which
 * skips a tag already defined; the analyzer only knows `customElements.define`. This records the same
 * definition, so each class gets its tag.
 */
function defineHelperCalls() {
  return {
    name: 'liangzhou-define-helper',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.CallExpression || node.expression.getText() !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

/**
 * The class doc comment is the element's API (STYLE.md): its `@attr` lines win over the shorter
 * comments on the fields, which the analyzer would otherwise use for the attributes.
 */
function attrDocsFromClassComment() {
  const docs = new Map();
  return {
    name: 'liangzhou-attr-docs',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      const comment = (node.jsDoc ?? []).map((d) => d.getText()).join('\n');
      const attrs = new Map();
      for (const m of comment.matchAll(/@attr\s+(\S+)\s+-\s+(.+)/g)) attrs.set(m[1], m[2].trim());
      if (attrs.size) docs.set(node.name.text, attrs);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const attrs = docs.get(decl.name);
          for (const attr of decl.attributes ?? []) if (attrs?.has(attr.name)) attr.description = attrs.get(attr.name);
        }
      }
    },
  };
}

/** Keeps a class's public surface: drops private, protected and static members and Lit's lifecycle. */
function publicSurfaceOnly() {
  return {
    name: 'liangzhou-public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.members) continue;
          decl.members = decl.members
            .filter((m) => !m.privacy || m.privacy === 'public')
            .filter((m) => !m.static && !LIFECYCLE.has(m.name));
        }
      }
    },
  };
}

/**
 * Modules in path order, compared by code point: the file list comes from a glob, whose order follows
 * the file system, and `npm run verify` diffs the output against the committed file on a fresh clone.
 */
function sortedModules() {
  return {
    name: 'liangzhou-sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  // Element files only: one file per tag (STYLE.md). Style sheets and helpers are not API.
  globs: ['src/components/*.ts'],
  exclude: ['src/components/*-styles.ts', 'src/components/define.ts', 'src/components/events.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise write a "customElements" field into package.json.
  packagejson: false,
  // No dependency scan: nothing in node_modules ships a manifest we extend, and it needs rs-module-lexer's native binding.
  dependencies: false,
  plugins: [defineHelperCalls(), attrDocsFromClassComment(), publicSurfaceOnly(), sortedModules()],
};
