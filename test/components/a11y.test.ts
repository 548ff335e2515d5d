import { axeViolations } from '../axe-violations';
import { afterEach, describe, expect, it } from 'vitest';
import { mountMap } from './mount-map';
import { popupCard } from '../embed/helpers';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';

const mount = (lang: string, width = 1000): Promise<LiangzhouMap> => mountMap({ lang }, { width, height: 640 });

const violations = (el: Element) => axeViolations(el, { resultTypes: ['violations'] });

afterEach(() => document.body.replaceChildren());

describe('accessibility (axe-core)', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`reports no violations in ${lang}, with a popup open`, async () => {
      const el = await mount(lang);
      expect(el.showSite('leitai-han-tomb')).toBe(true);
      // Rendered and at full opacity: test/setup-browser.ts turns off Leaflet's fade, and axe measures
      // contrast on what is painted.
      await popupCard(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.leaflet-popup')!).opacity).toBe('1');
      expect(await violations(el)).toEqual([]);
    });

    it(`reports no violations in ${lang} at phone size`, async () => {
      const el = await mount(lang, 375);
      expect(await violations(el)).toEqual([]);
    });
  }
});
