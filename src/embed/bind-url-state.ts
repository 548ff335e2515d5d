import type { LzEvent } from '../components/events';
import type { LiangzhouMap } from '../components/liangzhou-map';
import type { MapState } from '../state/map-state';
import { formatCenter, parseCenter } from '../state/parse-center';
import { parseLayerList } from '../state/parse-layer-list';
import { readUrlState, writeUrlState } from '../state/url-state';
import { toLang } from '../i18n/to-lang';

/** The element's state as a link remembers it. */
function stateOf(el: LiangzhouMap, view: { center?: [number, number]; zoom?: number }): MapState {
  return {
    lang: toLang(el.lang),
    // The reflected attribute, not the property: "only this zone" sets the property and fits the view in
    // one call, and the view's replaceState must not carry the new layers ahead of their pushState.
    ...(el.hasAttribute('layers') ? { layers: parseLayerList(el.getAttribute('layers')) } : {}),
    ...(el.site ? { site: el.site } : {}),
    ...(el.corridor > 0 ? { corridor: el.corridor } : {}),
    ...(el.query.trim() ? { query: el.query } : {}),
    ...view,
  };
}

/**
 * Keeps the full page's URL and the map in step: visible layers, selected site, language and view
 * live in the query string, are restored on load, and back/forward walk through them. Layer, site
 * and language changes are history entries; panning, zooming and the search text (`q`, written as the
 * visitor types: an entry per keystroke would make Back undo one letter) only replace the current one.
 * Only the full page does this: an embedded widget leaves its host page's URL alone.
 * Returns a function that unbinds.
 */
export function bindUrlState(el: LiangzhouMap, win: Window = window): () => void {
  let view: { center?: [number, number]; zoom?: number } = {};
  let applying = false;

  const apply = (state: MapState) => {
    applying = true;
    el.lang = state.lang ?? 'zh-CN';
    if (state.layers) el.layers = state.layers.join(',');
    else el.removeAttribute('layers');
    if (state.site) el.site = state.site;
    else el.removeAttribute('site');
    el.corridor = state.corridor ?? 0;
    el.query = state.query ?? '';
    if (state.center) el.center = formatCenter(state.center);
    if (state.zoom !== undefined) el.zoom = state.zoom;
    view = { ...(state.center && { center: state.center }), ...(state.zoom !== undefined && { zoom: state.zoom }) };
    void el.updateComplete.then(() => (applying = false));
  };

  const write = (push: boolean) => {
    if (applying) return;
    // A shared trip in the address belongs to whoever reads it (the full page's bindTrip): keep it.
    const trip = readUrlState(win.location.search).trip;
    const search = writeUrlState({ ...stateOf(el, view), ...(trip && { trip }) }, win.location.search);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  apply(readUrlState(win.location.search));

  // Reflected attributes are the element's own record of layers, site, language and search text.
  const observer = new MutationObserver((records) => write(records.some((r) => r.attributeName !== 'query')));
  observer.observe(el, { attributes: true, attributeFilter: ['lang', 'layers', 'site', 'corridor', 'query'] });
  const onView = (e: LzEvent<'lz-view-change'>) => {
    view = { center: parseCenter(formatCenter(e.detail.center)), zoom: e.detail.zoom };
    write(false);
  };
  const onPop = () => apply(readUrlState(win.location.search));
  el.addEventListener('lz-view-change', onView);
  win.addEventListener('popstate', onPop);
  return () => {
    observer.disconnect();
    el.removeEventListener('lz-view-change', onView);
    win.removeEventListener('popstate', onPop);
  };
}
