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
 *     other than Web Mercator.
 * Every edit must find its text, or the build fails: a Leaflet update must be looked at, not guessed at.
 * `L.Control.Layers`, `L.TileLayer.WMS`, `L.CRS.EPSG4326` and the like are then undefined in the bundle; the
 * widget's code names none of them (test/embed/lib-build.test.ts loads the built files).
 */
const LEAFLET_FILE = '/node_modules/leaflet/dist/leaflet-src.esm.js';

const DROPPED_STATICS = [
  'Control.Layers = Layers;',
  'control.layers = layers;',
  'TileLayer.WMS = TileLayerWMS;',
  'tileLayer.wms = tileLayerWMS;',
  'CRS.EPSG3395 = EPSG3395;',
  'CRS.EPSG4326 = EPSG4326;',
  'CRS.Simple = Simple;',
];

export function leafletUnused(): Plugin {
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
      const classes = /^var (\w+) = (?=[\w.]+\.extend\(|extend\(\{\})/gm;
      if (out.search(classes) < 0) this.error('leaflet-src.esm.js: no `var X = Y.extend(` found');
      out = out.replace(classes, 'var $1 = /*#__PURE__*/ ');
      return { code: out, map: null };
    },
  };
}
