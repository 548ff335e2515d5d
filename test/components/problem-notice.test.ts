/**
 * A data problem's notice in the interface language: the frame (file, feature, field, what kind of
 * problem) in zh-CN or en, the English detail marked as such, and a `lang` switch re-renders it.
 * Before: "数据有误: <English message>" in zh-CN, frozen in the language it was raised in.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { nextEvent, root, waitFor } from '../embed/helpers';
import { mountMap } from './mount-map';

/** The notices' texts (the paragraph, without the × button's). */
const notices = (el: LiangzhouMap) =>
  [...root(el).querySelectorAll('[part="notice"] p')].map((p) => p.textContent!.trim());

const file = `${location.origin}/test/fixtures/bureau/wrong-schema.geojson`;

beforeAll(() => page.viewport(1200, 800));
afterEach(() => document.body.replaceChildren());

async function mountWithBadSrc(lang: string) {
  const el = await mountMap({ lang }, { width: 1100, height: 600 });
  const error = nextEvent(el, 'lz-error', 10_000);
  el.setAttribute('src', file);
  const { detail } = await error;
  await waitFor(() => notices(el).length > 0, 'the notice');
  return { el, detail };
}

describe('a data problem notice', () => {
  it('is framed in zh-CN, naming file, feature and field, with the detail marked', async () => {
    const { el, detail } = await mountWithBadSrc('zh-CN');
    // lz-error is the public API: unchanged, English message and all.
    expect(detail).toMatchObject({
      file,
      feature: '"wrong-schema-site" (#0)',
      field: 'properties.category',
      category: 'invalid-data',
    });
    expect(detail.message).toMatch(
      /^http.*wrong-schema\.geojson, feature "wrong-schema-site" \(#0\), field properties\.category: is missing/,
    );
    const [text] = notices(el);
    expect(text).toContain(`数据有误：文件 ${file}，要素 "wrong-schema-site" (#0)，字段 properties.category。`);
    expect(text).toContain('文件内容不符合地图要求的格式。');
    expect(text).toMatch(/详情：is missing/);
    expect(text.endsWith(`(${location.host})`)).toBe(true);
  });

  it('has the same shape in en', async () => {
    const { el } = await mountWithBadSrc('en');
    const [text] = notices(el);
    expect(text).toContain(`Data problem: file ${file}, feature "wrong-schema-site" (#0), field properties.category.`);
    expect(text).toContain('The file is not in the form the map needs.');
    expect(text).toMatch(/Detail: is missing/);
  });

  it('follows a switch of lang while it is shown', async () => {
    const { el } = await mountWithBadSrc('zh-CN');
    expect(notices(el)[0]).toMatch(/^数据有误：/);
    el.setAttribute('lang', 'en');
    await expect.poll(() => notices(el)[0]).toMatch(/^Data problem: file /);
    expect(notices(el)).toHaveLength(1);
    el.setAttribute('lang', 'zh-CN');
    await expect.poll(() => notices(el)[0]).toMatch(/^数据有误：文件 /);
  });
});

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Whether `node` lies in `ancestor`, across shadow roots. */
function within(node: Node | null, ancestor: Node): boolean {
  for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === ancestor) return true;
  return false;
}

const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('where the notice sits', () => {
  for (const [width, height] of [
    [375, 667],
    [900, 600],
  ])
    it(`covers neither the zoom and locate buttons nor the panel at ${width}×${height}, and its × comes first in the Tab order`, async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.append(before);
      const el = await mountMap({ lang: 'en' }, { width, height });
      el.setAttribute('src', file);
      const item = await waitFor(() => root(el).querySelector<HTMLElement>('[part="notice"]'), 'the notice');
      const box = item.getBoundingClientRect();
      const controls = [...root(el).querySelectorAll('.leaflet-control-zoom-in, .leaflet-control-zoom-out, .locate')];
      expect(controls).toHaveLength(3);
      for (const control of controls) expect(intersects(box, control.getBoundingClientRect())).toBe(false);
      const panel = root(el).querySelector('lz-panel')!;
      expect(intersects(box, panel.getBoundingClientRect())).toBe(false);
      // A long (zh-framed, English-detailed) text still fits: the notice is not cut off at the edges.
      const host = el.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(host.left);
      expect(box.right).toBeLessThanOrEqual(host.right);

      // Tab from the control before the element: the notice's × is reached before anything in the panel.
      const close = item.querySelector('button')!;
      before.focus();
      let reached: Element | null = null;
      for (let tabs = 0; tabs < 80 && !reached; tabs++) {
        await userEvent.keyboard('{Tab}');
        const a = deepActive();
        if (a === close || within(a, panel)) reached = a;
      }
      expect(reached).toBe(close);
    });
});
