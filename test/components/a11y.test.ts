import { axeViolations } from '../axe-violations';
import { afterEach, describe, expect, it } from 'vitest';
import { mountMap } from './mount-map';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';

const mount = (lang: string, width = 1000): Promise<LiangzhouMap> => mountMap({ lang }, { width, height: 640 });

const violations = (el: Element) => axeViolations(el, { resultTypes: ['violations'] });

afterEach(() => document.body.replaceChildren());

describe('accessibility (axe-core)', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`reports no violations in ${lang}, with a popup open`, async () => {
      const el = await mount(lang);
      el.showSite('leitai-han-tomb');
      // Leaflet fades popups in (0.2 s); axe measures contrast on what is painted.
      await new Promise((r) => setTimeout(r, 350));
      expect(await violations(el)).toEqual([]);
    });

    it(`reports no violations in ${lang} at phone size`, async () => {
      const el = await mount(lang, 375);
      expect(await violations(el)).toEqual([]);
    });
  }
});
