/**
 * The build leaves out Leaflet CSS rules the widget cannot use (scripts/leaflet-unused-plugin.ts): the layers
 * control, the default icon's path guess, IE 8 and VML. Their PNGs were base64 in the first download.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trimLeafletCss } from '../../scripts/leaflet-unused-plugin';

const leafletCss = readFileSync(
  fileURLToPath(new URL('../../node_modules/leaflet/dist/leaflet.css', import.meta.url)),
  'utf8',
);
const fail = (message: string): never => {
  throw new Error(message);
};

describe("Leaflet's CSS in the build", () => {
  it('loses the image URLs and the dropped rules, and keeps what the map uses', () => {
    const css = trimLeafletCss(leafletCss, fail);
    expect(leafletCss).toMatch(/url\(images\//);
    expect(css).not.toMatch(/url\(images\/|leaflet-control-layers|leaflet-default-icon-path|leaflet-oldie|lvml/);
    for (const kept of [
      '.leaflet-pane',
      '.leaflet-control-zoom',
      '.leaflet-popup-content-wrapper',
      '.leaflet-marker-icon',
    ])
      expect(css).toContain(kept);
    // A rule listing a dropped selector beside kept ones keeps the others.
    expect(css).toMatch(
      /\.leaflet-touch \.leaflet-control-attribution,\s*\.leaflet-touch \.leaflet-bar\s*\{\s*box-shadow: none;/,
    );
    expect(css).toMatch(/@media print\s*\{\s*\.leaflet-control\s*\{[^}]*print-color-adjust: exact;[^}]*\}\s*\}/);
    expect(css.length).toBeLessThan(leafletCss.length - 2000);
  });

  it('fails the build when a rule it drops is no longer in the file (a Leaflet update to look at)', () => {
    expect(() => trimLeafletCss('.leaflet-pane { z-index: 400; }', fail)).toThrow(/no rule matches/);
  });
});
