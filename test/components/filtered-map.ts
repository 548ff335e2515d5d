import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';

/** What the filter tests read the map, the list and the legend through (filter.test.ts, query.test.ts). */
export type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export const layout = parseLayout(builtInFiles);

export function inner(el: LiangzhouMap, tag: string): Updating {
  return el.shadowRoot!.querySelector(tag) as Updating;
}

/**
 * The ids of the sites the map draws, each looked for as a visitor who asks for it finds it: framed by
 * fitTo(id) where it stands apart from its neighbours, with a marker of its own (a filtered-out site
 * has none). Reading the markers at one view would miss the sites inside a cluster, which names none.
 * Moves the map.
 */
export function markerIds(el: LiangzhouMap): string[] {
  return layout.sites
    .map((s) => s.id)
    .filter((id) => {
      el.fitTo(id);
      return el.shadowRoot!.querySelector(`.lz-site-marker[data-site-id="${id}"]`) !== null;
    });
}

/** The element, its layer panel and its site list have rendered what they were last given. */
export async function settle(el: LiangzhouMap) {
  await el.updateComplete;
  await inner(el, 'lz-layer-panel').updateComplete;
  await inner(el, 'lz-site-list').updateComplete;
}
