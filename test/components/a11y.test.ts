import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/embed/index';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';

async function mount(lang: string, width = 1000): Promise<LiangzhouMap> {
  const el = document.createElement('liangzhou-map');
  el.setAttribute('lang', lang);
  el.style.cssText = `display:block;height:640px;width:${width}px`;
  const ready = new Promise((r) => el.addEventListener('lz-ready', r, { once: true }));
  document.body.appendChild(el);
  await ready;
  await el.updateComplete;
  // Check the panels too: their code loads once the map is on screen.
  await Promise.all([customElements.whenDefined('lz-layer-panel'), customElements.whenDefined('lz-site-list')]);
  return el;
}

async function violations(el: Element) {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary}`).join(", ")}`);
}

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
