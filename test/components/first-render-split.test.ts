/**
 * The panels' two heaviest first renders are split in two tasks (issue 9, mobile Total Blocking Time): the
 * site list draws its first rows, the rest a task later; the layer panel draws its frame and groups, the
 * filters' rows a task later. Proved by structure: what the first render's task left in the DOM, seen in
 * that task, and everything there once `updateComplete` settles.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/lz-layer-panel';
import '../../src/components/lz-site-list';
import type { LzLayerPanel } from '../../src/components/lz-layer-panel';
import type { LzSiteList } from '../../src/components/lz-site-list';
import { AREA_IDS, CATEGORIES, type Site } from '../../src/model/types';
import { site } from '../fixtures/site-feature';

afterEach(() => document.body.replaceChildren());

const sites: Site[] = Array.from({ length: 40 }, (_, i) => site(`s${i}`, { name: { zh: `点${i}`, en: `Site ${i}` } }));

describe('first renders split in tasks', () => {
  it('lz-site-list draws its first rows, then the rest in a later task; updateComplete waits for them', async () => {
    const el = document.createElement('lz-site-list') as LzSiteList;
    el.sites = sites;
    el.lang = 'en';
    const rows = () => el.shadowRoot!.querySelectorAll('button.site').length;
    let firstTask = -1;
    document.body.append(el);
    // Read in the task of the first render: Lit's update is a microtask queued at connection, before these.
    queueMicrotask(() => queueMicrotask(() => (firstTask = rows())));
    await el.updateComplete;
    expect(firstTask).toBeGreaterThan(0);
    expect(firstTask).toBeLessThan(sites.length);
    expect(rows()).toBe(sites.length);
    // Each row says its place in the whole list from the first pass on.
    const last = [...el.shadowRoot!.querySelectorAll('button.site')].at(-1)!.closest('li')!;
    expect(last.getAttribute('aria-setsize')).toBe(String(sites.length));
    expect(last.getAttribute('aria-posinset')).toBe(String(sites.length));
  });

  it("lz-layer-panel draws its groups, then the filters' rows in a later task; updateComplete waits for them", async () => {
    const el = document.createElement('lz-layer-panel') as LzLayerPanel;
    const filterRows = () => el.shadowRoot!.querySelectorAll('details li').length;
    let firstTask = -1;
    let groups = -1;
    document.body.append(el);
    queueMicrotask(() =>
      queueMicrotask(() => {
        firstTask = filterRows();
        groups = el.shadowRoot!.querySelectorAll('details').length;
      }),
    );
    await el.updateComplete;
    expect(groups).toBe(3);
    expect(firstTask).toBe(0);
    expect(filterRows()).toBeGreaterThanOrEqual(AREA_IDS.length + CATEGORIES.length);
  });
});
