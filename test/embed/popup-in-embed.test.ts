/**
 * Issue 9 item 1, the door the other popup tests do not use: embed.html's `site=` parameter, in an
 * iframe. The popup opens wholly inside the frame's map, clear of its panel, note and controls, and
 * its title and close button are the topmost elements where they are.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { popupProblems as problems } from '../components/popup-problems';

beforeAll(async () => {
  await page.viewport(1400, 860);
});

afterEach(() => document.body.replaceChildren());

describe('embed.html?site= opens its popup wholly in view', () => {
  // 文庙 has the tallest kind of card (hours, tickets, links).
  const id = 'wuwei-confucian-temple';
  for (const [width, height] of [
    [800, 480],
    [375, 667],
  ]) {
    it(`in a ${width} × ${height} frame`, { timeout: 30_000 }, async () => {
      const iframe = document.createElement('iframe');
      iframe.title = 'Liangzhou map';
      iframe.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
      iframe.src = `/embed.html?site=${id}`;
      document.body.append(iframe);
      const map = await vi.waitFor(
        () => {
          const el = iframe.contentDocument?.querySelector('liangzhou-map');
          if (!el?.shadowRoot?.querySelector('.leaflet-popup')) throw new Error('no popup yet');
          return el;
        },
        { timeout: 20_000, interval: 50 },
      );
      await vi.waitFor(() => expect(problems(map, id)).toEqual([]), { timeout: 5000, interval: 20 });
    });
  }
});

describe('an overlay drawn after the popup opened', () => {
  it('moves the popup clear of a panel turned on while it is open', async () => {
    const { mountMap } = await import('../components/mount-map');
    const id = 'wuwei-confucian-temple';
    const map = await mountMap({ site: id, controls: 'none' }, { width: 800, height: 480 });
    await vi.waitFor(() => expect(problems(map, id)).toEqual([]), { timeout: 5000, interval: 20 });
    // The panel arrives: it must not cover the open popup.
    map.setAttribute('controls', 'layers,list,trip');
    await map.updateComplete;
    await vi.waitFor(() =>
      expect(map.shadowRoot!.querySelector('lz-panel')?.getBoundingClientRect().width).toBeGreaterThan(0),
    );
    await vi.waitFor(() => expect(problems(map, id)).toEqual([]), { timeout: 5000, interval: 20 });
  });
});
