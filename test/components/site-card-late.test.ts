/**
 * The site card is a chunk the first popup fetches (popup-controller.ts), with its own zh-CN text (addZh): the
 * map's first download does not carry it (issue 13). This page imports the element alone, not the entry that
 * also registers the card, so the card arrives late here as it does in the one-tag embed.
 */
import { describe, expect, it } from 'vitest';
import { lateCard } from './late-card';
import { visitZh } from '../../src/i18n/messages-visit';

const { mount, card: popupCard } = lateCard;

describe('the site card, loaded on first use', () => {
  it('is not registered before a popup asks for it; `site` on load still settles with its card rendered', async () => {
    expect(customElements.get('lz-site-card')).toBeUndefined();
    const el = await mount({ site: 'leitai-han-tomb' });
    // updateComplete covered the chunk: the card is here and rendered, with no further wait.
    const card = popupCard(el);
    expect(customElements.get('lz-site-card')).toBeDefined();
    expect(card?.shadowRoot?.querySelector('[part="title"]')?.textContent).toContain('雷台');
    // Its own zh-CN table came with it: the address line is labelled, not a bare key.
    const text = card!.shadowRoot!.textContent!;
    expect(text).toContain(visitZh['visit.address']);
    expect(text).not.toMatch(/visit\.\w+/);
  });
});
