/** Issue 9, item 5: focus around popups, the QR button and the skip link, driven by real key presses. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import '../../src/components/lz-trip-share';
import { mountMap } from './mount-map';

afterEach(() => document.body.replaceChildren());

/** The focused element, looked up through the shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function openList(el: LiangzhouMap) {
  const panel = el.shadowRoot!.querySelector('lz-panel')!;
  panel.shadowRoot!.querySelector<HTMLElement>('#tab-list')!.click();
  await el.updateComplete;
  await panel.updateComplete;
  const list = el.shadowRoot!.querySelector('lz-site-list')!;
  await list.updateComplete;
  return list;
}

describe('focus around a popup', () => {
  it('Escape gives focus back to the list item that opened the popup', async () => {
    const el = await mountMap();
    const list = await openList(el);
    const item = list.shadowRoot!.querySelector<HTMLElement>('[part~="item"][data-site-id="leitai-han-tomb"]')!;
    item.focus();
    await userEvent.keyboard('{Enter}');
    // The popup takes focus (its close button) once its card has rendered.
    await vi.waitFor(() => expect(deepActive()?.classList.contains('close')).toBe(true));
    await userEvent.keyboard('{Escape}');
    expect(el.shadowRoot!.querySelector('.leaflet-popup')).toBeNull();
    expect(deepActive()).toBe(item);
  });
});

describe('the QR button', () => {
  it('keeps focus when pressed, and does not make a second code', async () => {
    const share = document.createElement('lz-trip-share');
    share.itinerary = { days: [{ name: '第一天', siteIds: ['leitai-han-tomb'] }] };
    document.body.append(share);
    await share.updateComplete;
    const button = share.shadowRoot!.querySelector<HTMLButtonElement>('button.show-qr')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(share.shadowRoot!.querySelector('img.qr')).not.toBeNull(), { timeout: 10_000 });
    expect(share.shadowRoot!.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });
});

describe('the skip link', () => {
  it('is the first Tab stop, and takes focus to the site list past the layers and the markers', async () => {
    const el = await mountMap();
    const before = document.createElement('button');
    before.textContent = 'page';
    document.body.prepend(before);
    before.focus();
    await userEvent.tab();
    const skip = deepActive() as HTMLElement;
    expect(skip.classList.contains('skip')).toBe(true);
    expect(skip.textContent?.trim()).toBe('跳到景点列表');
    // Out of sight until focused, then inside the map.
    const box = skip.getBoundingClientRect();
    const map = el.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(map.top);
    await userEvent.keyboard('{Enter}');
    const panel = el.shadowRoot!.querySelector('lz-panel')!;
    await vi.waitFor(() => expect(panel.shadowRoot!.activeElement?.getAttribute('role')).toBe('tabpanel'));
    expect(panel.active).toBe('list');
    expect(panel.open).toBe(true);
    await userEvent.tab();
    expect((deepActive() as HTMLInputElement).type).toBe('search');
  });
});
