/**
 * Focus and the late site card (popup-controller.ts): a popup opened from the keyboard before the card's chunk is
 * here. A file of its own, so the card is not registered yet (site-card-late.test.ts registers it in its page).
 */
import { describe, expect, it } from 'vitest';
import { lateCard } from './late-card';

const { mount, card: popupCard } = lateCard;

describe('the site card, loaded on first use', () => {
  it('a popup opened from the keyboard before the card is registered takes focus into it once it is here; Escape gives it back', async () => {
    const el = await mount({});
    expect(customElements.get('lz-site-card')).toBeUndefined();
    const marker = el.shadowRoot!.querySelector<HTMLElement>('.lz-site-marker')!;
    marker.focus();
    marker.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', keyCode: 13, bubbles: true }));
    await el.updateComplete;
    const card = popupCard(el) as HTMLElement;
    await expect.poll(() => el.shadowRoot!.activeElement).toBe(card);
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await expect.poll(() => el.shadowRoot!.activeElement).toBe(marker);
  });
});
