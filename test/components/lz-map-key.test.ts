import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/lz-map-key';
import type { LzMapKey } from '../../src/components/lz-map-key';
import { dayColor } from '../../src/plan/day-color';
import { axeViolations } from '../axe-violations';
import { mountMap } from './mount-map';

async function mount(lang = 'zh-CN'): Promise<LzMapKey> {
  const el = document.createElement('lz-map-key');
  el.lang = lang;
  document.body.appendChild(el);
  await el.updateComplete;
  return el;
}

const entry = (el: LzMapKey, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-key="${key}"]`)!;

/** A CSS colour as the browser computes it, for comparison. */
function computed(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

afterEach(() => document.body.replaceChildren());

describe('<lz-map-key>', () => {
  it('has an entry for routes, the trip start, clusters and the corridor, in both languages', async () => {
    const zh = await mount();
    expect(entry(zh, 'route').textContent).toContain('行程路线');
    expect(entry(zh, 'start').textContent).toContain('出发点');
    expect(entry(zh, 'cluster').textContent).toMatch(/聚合点：此处 5 个景点/);
    expect(entry(zh, 'corridor').textContent).toContain('走廊');
    const en = await mount('en');
    expect(en.shadowRoot!.querySelector('.title')!.textContent).toBe('Key');
    expect(en.shadowRoot!.querySelector('h1, h2, h3, h4')).toBeNull();
    expect(entry(en, 'route').textContent).toContain('one colour per day');
    expect(entry(en, 'cluster').textContent).toMatch(/Cluster: 5 sites here/);
  });

  it('draws the cluster swatch as the map draws a cluster, with the count its words give', async () => {
    const key = await mount('en');
    const swatch = entry(key, 'cluster').querySelector<HTMLElement>('.cluster')!;
    expect(swatch.textContent).toBe('5');
    const map = await mountMap();
    const cluster = map.shadowRoot!.querySelector<HTMLElement>('.lz-cluster')!;
    expect(cluster).not.toBeNull();
    const look = (e: HTMLElement) => {
      const s = getComputedStyle(e);
      return [s.backgroundColor, s.color, s.borderTopColor, s.borderTopLeftRadius, s.fontWeight];
    };
    expect(look(swatch)).toEqual(look(cluster));
    expect(swatch.getBoundingClientRect().width).toBeGreaterThanOrEqual(20);
  });

  it('paints the route swatch in the days’ own colours, as the map draws them', async () => {
    const el = await mount();
    const days = [...entry(el, 'route').querySelectorAll<HTMLElement>('.day')];
    expect(days.map((d) => getComputedStyle(d).backgroundColor)).toEqual(
      [0, 1, 2, 3].map((i) => computed(dayColor(i))),
    );
  });

  it('has no axe violations', async () => {
    expect(await axeViolations(await mount('en'))).toEqual([]);
  });
});
