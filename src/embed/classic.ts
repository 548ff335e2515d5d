/**
 * The classic-script entry (`liangzhou-map.js`): registers the elements and exports nothing,
 * so the IIFE Vite wraps it in assigns no global. `index.ts` stays the ES entry with its exports.
 */
import './index';
