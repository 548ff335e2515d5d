/**
 * The layer panel and the site list as one chunk, loaded once the map is on screen: a visitor
 * needs them a moment after the map, and the map should not wait for their code (search, pinyin
 * folding, counts) to load and run.
 */
import './lz-layer-panel';
import './lz-site-list';
import './lz-tile-cache';
