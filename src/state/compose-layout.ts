import { mergeSites } from '../data/merge-sites';
import type { Layout, Site } from '../model/types';
import type { SrcMode } from './attributes';

/**
 * What the map draws: the built-in layout with a page's own sites applied (`extend`: added, a same id
 * replaces; `replace`: only the page's). Never without sites: when the page's have nothing usable,
 * the built-in ones stay, so the map never goes blank. `builtIn` is not changed.
 */
export function composeLayout(builtIn: Layout, extra: readonly Site[], mode: SrcMode): Layout {
  const sites = extra.length || mode !== 'replace' ? mergeSites(builtIn.sites, extra, mode) : builtIn.sites;
  return { ...builtIn, sites: sites.length > 0 ? sites : builtIn.sites };
}
