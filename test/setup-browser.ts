/**
 * Runs before every browser test file. Turns off Leaflet's fade and zoom animations, as Leaflet's own
 * tests do (spec/suites/layer/tile/GridLayerSpec.js: `L.map(div, {fadeAnimation: false})` and
 * `map.options.fadeAnimation = false; map.options.zoomAnimation = false`): with them on, a popup, a tile
 * or a zoom settles 0.2–0.25 s after the call, and a test must either sleep or race the transition.
 * Off, each change is in the DOM when the call returns, and tests wait on lz-* events or updateComplete.
 *
 * It reaches the Leaflet this page imports (the widget's source under test). The built files in
 * dist-lib/ carry their own copy of Leaflet, so tests that load them in a frame wait on events instead.
 */
import * as L from 'leaflet';

L.Map.mergeOptions({ fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false });
