/** The panel's tab bar by keyboard: Enter or Space on the tab one is on keeps its panel open. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { mountMap } from './mount-map';

type Panel = HTMLElement & { updateComplete: Promise<unknown>; open: boolean; active: string };

const panelOf = (el: LiangzhouMap) => el.shadowRoot!.querySelector('lz-panel') as Panel;
const tab = (el: LiangzhouMap, id: string) => panelOf(el).shadowRoot!.querySelector<HTMLElement>(`#tab-${id}`)!;

async function settle(el: LiangzhouMap) {
  await el.updateComplete;
  await panelOf(el).updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('the tab bar by keyboard', () => {
  it('Enter and Space on the active tab keep the panel open; a second click folds it; Enter opens it again', async () => {
    const el = await mountMap({ lang: 'en' });
    const panel = panelOf(el);
    await settle(el);
    const active = panel.active;
    expect(panel.open).toBe(true);

    tab(el, active).focus();
    for (const key of ['{Enter}', ' ']) {
      await userEvent.keyboard(key);
      await settle(el);
      expect(panel.open, key).toBe(true);
      expect(panel.active, key).toBe(active);
      expect(panel.shadowRoot!.querySelector<HTMLElement>('.body')!.hidden, key).toBe(false);
    }

    // A pointer's click on the tab it is on still folds the panel (the sheet's quick way down) ...
    await userEvent.click(tab(el, active));
    await settle(el);
    expect(panel.open).toBe(false);
    // ... and Enter on the folded tab opens it, on the same tab.
    tab(el, active).focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(panel.open).toBe(true);
    expect(panel.active).toBe(active);
  });
});
