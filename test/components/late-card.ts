/**
 * The map for the late site card's tests (site-card-late*.test.ts): the element alone, without the entry that
 * registers the card, so the card's chunk arrives on the first popup as in the one-tag embed; removed after each test.
 */
import { afterEach } from 'vitest';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { mountMap } from './mount-map-alone';

const maps: LiangzhouMap[] = [];
afterEach(() => maps.splice(0).forEach((el) => el.remove()));

export const lateCard = {
  async mount(attrs: Record<string, string>): Promise<LiangzhouMap> {
    const el = await mountMap(attrs, { width: 1000, height: 640 });
    maps.push(el);
    return el;
  },
  /** The card inside the open popup, if any. */
  card: (el: LiangzhouMap) => el.shadowRoot!.querySelector('.leaflet-popup lz-site-card'),
};
