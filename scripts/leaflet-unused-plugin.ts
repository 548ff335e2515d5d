import type { Plugin } from 'vite';

/**
 * Leaflet 1.9's ES build is one file whose every class is made by a call (`Layer.extend({...})`) and hung on
 * another (`Control.Layers = Layers`), so a bundler keeps all of it: 146 kB minified, 42 kB gzip, the largest
 * part of what a page downloads before the map shows (issue 13). This build step lets the bundler drop the
 * classes the widget never uses:
 *   - every `var X = Y.extend(` / `var X = extend({}, ...` at the top level is marked pure (it only builds a
 *     class or a CRS object), so an unused one goes;
 *   - the statics below, which would keep their classes alive, are left out: the layers control, the scale
 *     bar is kept (the printed map uses it), WMS tiles, image, video and SVG overlays, rectangles, and the CRSs
 *     other than Web Mercator;
 *   - the Canvas renderer, by making the map's renderer SVG always (REPLACED_LINES);
 *   - the tooltip methods of Map and Layer, and so the Tooltip class (DROPPED_BLOCKS).
 * Every edit must find its text, or the build fails: a Leaflet update must be looked at, not guessed at.
 * `L.Control.Layers`, `L.TileLayer.WMS`, `L.CRS.EPSG4326` and the like are then undefined in the bundle; the
 * widget's code names none of them (test/embed/lib-build.test.ts loads the built files).
 */
const LEAFLET_FILE = '/node_modules/leaflet/dist/leaflet-src.esm.js';

/**
 * Lines replaced by another of the same length in lines. The map's renderer: Leaflet picks Canvas when a map sets
 * `preferCanvas`, which no map of the widget does (create-map.ts; its paths are SVG, styled by class through the
 * shadow CSS, which a canvas could not be), so the Canvas renderer class (about 2.5 kB gzip) goes with it.
 */
const REPLACED_LINES: Array<[string, string]> = [
  ['\t\treturn (this.options.preferCanvas && canvas(options)) || svg(options);', '\t\treturn svg(options);'],
];

/**
 * `Map.include({...})` / `Layer.include({...})` blocks left out whole (each line commented, so the line count
 * stays), named by the first member they add. The tooltip methods: no layer of the widget binds a tooltip (the
 * place names are markers with a text-node icon, layout-layers.ts), and these blocks are all that keep the
 * Tooltip class (about 2 kB gzip with them).
 */
const DROPPED_BLOCKS: Array<[opening: string, member: string]> = [
  ['Map.include({', '\topenTooltip: function (tooltip, latlng, options) {'],
  ['Layer.include({', '\tbindTooltip: function (content, options) {'],
];

const DROPPED_STATICS = [
  'Control.Layers = Layers;',
  'control.layers = layers;',
  'TileLayer.WMS = TileLayerWMS;',
  'tileLayer.wms = tileLayerWMS;',
  'CRS.EPSG3395 = EPSG3395;',
  'CRS.EPSG4326 = EPSG4326;',
  'CRS.Simple = Simple;',
];

/**
 * Leaflet's CSS (inlined in the element's shadow styles, map-styles.ts) styles those dropped classes too, and
 * its `url(images/…)` PNGs become base64 inside the CSS string: 3.4 kB of the 4.3 kB of Leaflet CSS the first
 * download carries, and base64 hardly compresses. Rules are left out when every selector in them names:
 *   - the layers control (dropped above; its two PNGs) and tooltips (dropped above);
 *   - `.leaflet-default-icon-path`, which L.Icon.Default reads only to guess where its marker PNG lives: every
 *     marker of the widget has a divIcon (site-layer, cluster-marker, layout-layers, route-layer);
 *   - IE 8's `.leaflet-oldie` and VML shapes (`.leaflet-vml-shape`, `.lvml`): the build targets es2022.
 * Each must match at least one rule, or the build fails.
 */
const LEAFLET_CSS = '/node_modules/leaflet/dist/leaflet.css';
const DROPPED_SELECTORS = [
  /\.leaflet-control-layers/,
  /\.leaflet-default-icon-path/,
  /\.leaflet-oldie/,
  /\.leaflet-vml-shape|\.lvml\b/,
];

/**
 * Leaflet's CSS without the rules DROPPED_SELECTORS names. Its file is flat rules plus one `@media print` block at
 * the end, which passes through whole (the pattern takes `@media print {` as a selector and the inner rule as its body).
 */
export function trimLeafletCss(css: string, fail: (message: string) => never): string {
  const used = new Set<RegExp>();
  const out = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/([^{}]+)\{([^}]*)\}/g, (_rule, selectors: string, body: string) => {
      const kept = selectors.split(',').filter((sel) => {
        const drop = DROPPED_SELECTORS.find((re) => re.test(sel));
        if (drop) used.add(drop);
        return !drop;
      });
      return kept.length ? `${kept.join(',')}{${body}}` : '';
    });
  for (const re of DROPPED_SELECTORS)
    if (!used.has(re)) fail(`leaflet.css: no rule matches ${re} (scripts/leaflet-unused-plugin.ts)`);
  return out;
}

export function leafletUnused(): Plugin[] {
  return [leafletJsUnused(), leafletCssUnused()];
}

/** Before Vite's CSS plugin, which would turn the dropped rules' image URLs into base64. */
function leafletCssUnused(): Plugin {
  return {
    name: 'liangzhou-leaflet-css-unused',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').split('?')[0].endsWith(LEAFLET_CSS)) return null;
      return { code: trimLeafletCss(code, (message) => this.error(message)), map: null };
    },
  };
}

function leafletJsUnused(): Plugin {
  return {
    name: 'liangzhou-leaflet-unused',
    apply: 'build',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(LEAFLET_FILE)) return null;
      let out = code;
      for (const line of DROPPED_STATICS) {
        const at = out.indexOf(`\n${line}\n`);
        if (at < 0) this.error(`leaflet-src.esm.js: expected the line "${line}" (scripts/leaflet-unused-plugin.ts)`);
        // Same line count, so the source map Leaflet's lines are traced by stays right.
        out = `${out.slice(0, at + 1)}// (dropped: ${line.slice(0, -1)})${out.slice(at + 1 + line.length)}`;
      }
      for (const [line, by] of REPLACED_LINES) {
        if (!out.includes(`\n${line}\n`))
          this.error(`leaflet-src.esm.js: expected the line "${line.trim()}" (scripts/leaflet-unused-plugin.ts)`);
        out = out.replace(`\n${line}\n`, `\n${by}\n`);
      }
      for (const [opening, member] of DROPPED_BLOCKS) {
        const at = out.indexOf(`\n${member}\n`);
        const start = at < 0 ? -1 : out.lastIndexOf(`\n${opening}\n`, at);
        const end = at < 0 ? -1 : out.indexOf('\n});\n', at);
        // The opening must be the block's own: only comment lines between it and the member.
        const between = start < 0 ? '' : out.slice(start + opening.length + 2, at);
        if (at < 0 || start < 0 || end < 0 || between.split('\n').some((l) => l.trim() && !l.trim().startsWith('//')))
          this.error(
            `leaflet-src.esm.js: expected "${opening}" opening "${member.trim()}" (scripts/leaflet-unused-plugin.ts)`,
          );
        const block = out.slice(start + 1, end + 4);
        out = `${out.slice(0, start + 1)}${block.replace(/^/gm, '// ')}${out.slice(end + 4)}`;
      }
      const classes = /^var (\w+) = (?=[\w.]+\.extend\(|extend\(\{\})/gm;
      if (out.search(classes) < 0) this.error('leaflet-src.esm.js: no `var X = Y.extend(` found');
      out = out.replace(classes, 'var $1 = /*#__PURE__*/ ');
      return { code: out, map: null };
    },
  };
}
