import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/lz-site-card';
import type { LzSiteCard } from '../../src/components/lz-site-card';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { INTERNAL_WORDS } from '../../src/data/publishing-policy';
import type { Site } from '../../src/model/types';

const sites = parseLayout(builtInFiles).sites;
const byId = (id: string) => sites.find((s) => s.id === id)!;

async function mount(site: Site, props: Partial<Pick<LzSiteCard, 'lang' | 'now'>> = {}): Promise<LzSiteCard> {
  const el = document.createElement('lz-site-card');
  el.site = site;
  Object.assign(el, props);
  document.body.appendChild(el);
  await el.updateComplete;
  return el;
}
const part = (el: LzSiteCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
/** 2026-06-01 is a Monday, 2026-06-02 a Tuesday; times are Shanghai wall-clock. */
const sh = (iso: string) => new Date(`${iso}+08:00`);
const withHours: Site = {
  ...byId('wuwei-confucian-temple'),
  openingHours: 'Tu-Su 09:00-17:30',
  closedDays: { zh: '周一闭馆', en: 'Closed on Mondays' },
  price: { zh: '成人30元', en: 'Adults CNY 30' },
  phone: '+86 935 000 0000',
  booking: { url: 'https://www.gswuwei.gov.cn/book', label: { zh: '武威市政府网', en: 'Wuwei government' } },
  wheelchair: 'limited',
};

afterEach(() => document.body.replaceChildren());

describe('lz-site-card', () => {
  it('shows no internal note for any built-in site, in either language', async () => {
    expect(sites.length).toBe(34);
    for (const site of sites)
      for (const lang of ['zh-CN', 'en'] as const) {
        const el = await mount(site, { lang });
        const text = el.shadowRoot!.textContent!;
        for (const word of INTERNAL_WORDS) expect(word.test(text), `${site.id} ${lang} ${word.source}`).toBe(false);
        el.remove();
      }
  });

  it('gives the source in the reader’s language and labels each link with its publisher', async () => {
    const site = byId('dayun-temple-bell-tower');
    const zh = await mount(site);
    expect(part(zh, 'note')!.textContent).toContain(site.source.zh);
    expect(part(zh, 'note')!.textContent).not.toContain(site.source.en);
    const links = [...part(zh, 'links')!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['武威市文化和旅游局', '维基百科（中文）']);
    expect(links.every((a) => a.href.startsWith('https://') && a.rel === 'noopener noreferrer')).toBe(true);
    const en = await mount(site, { lang: 'en' });
    expect(part(en, 'note')!.textContent).toContain(site.source.en);
    expect([...part(en, 'links')!.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Wuwei culture and tourism bureau',
      'Wikipedia (Chinese)',
    ]);
  });

  it('writes the position note and the source with each language’s punctuation', async () => {
    const site = byId('tiantishan-grottoes');
    const zh = await mount(site);
    expect(part(zh, 'note')!.textContent).toBe(
      `位置为近似：两个独立来源相符，误差约几百米以内。来源：${site.source.zh}`,
    );
    expect(part(zh, 'links')!.textContent!.replace(/\s+/g, '')).toMatch(/^资料链接：维基百科/);
    const en = await mount(site, { lang: 'en' });
    expect(part(en, 'note')!.textContent).toBe(
      `Approximate location: two independent sources agree; within a few hundred metres. Source: ${site.source.en}`,
    );
  });

  it('shows a photo with alt text in the reader’s language, its credit and its licence', async () => {
    const photo = {
      url: 'https://www.gswuwei.gov.cn/photo.jpg',
      alt: { zh: '文庙大成殿', en: 'The Dacheng Hall of the temple' },
      credit: 'Wuwei bureau',
      licence: 'CC BY 4.0',
    };
    const en = await mount({ ...withHours, photo }, { lang: 'en' });
    const img = en.shadowRoot!.querySelector<HTMLImageElement>('figure img')!;
    expect(img.getAttribute('src')).toBe(photo.url);
    expect(img.alt).toBe(photo.alt.en);
    expect(img.referrerPolicy).toBe('no-referrer');
    expect(en.shadowRoot!.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Photo: Wuwei bureau (CC BY 4.0)',
    );
    const zh = await mount({ ...withHours, photo }, { lang: 'zh-CN' });
    expect(zh.shadowRoot!.querySelector<HTMLImageElement>('figure img')!.alt).toBe(photo.alt.zh);
    expect(zh.shadowRoot!.querySelector('figcaption')!.textContent!.trim()).toBe('图片：Wuwei bureau (CC BY 4.0)');
    expect((await mount(withHours)).shadowRoot!.querySelector('figure')).toBeNull();
  });

  it('says "hours unknown: check before you go" for a site without hours, never a guess', async () => {
    const el = await mount(byId('tiantishan-grottoes'), { lang: 'en' });
    expect(part(el, 'status')!.textContent).toBe('Hours unknown: check before you go');
    expect(part(el, 'visit')!.textContent).toContain('Dengshan village, Zhangyi town');
    expect(part(el, 'visit')!.textContent).not.toContain('Opening hours');
  });

  it('says open now, closed now or closed today from the hours, in Shanghai time', async () => {
    const open = await mount(withHours, { lang: 'en', now: sh('2026-06-02T10:00:00') });
    expect(part(open, 'status')!.textContent).toBe('Open now');
    const monday = await mount(withHours, { lang: 'zh-CN', now: sh('2026-06-01T10:00:00') });
    expect(part(monday, 'status')!.textContent).toBe('今日不开放');
    monday.now = sh('2026-06-02T20:00:00');
    await monday.updateComplete;
    expect(part(monday, 'status')!.textContent).toBe('现在未开放');
  });

  it('shows the practical information the data has: hours, closed days, price, phone, booking, access', async () => {
    const el = await mount(withHours, { lang: 'en', now: sh('2026-06-02T10:00:00') });
    const visit = part(el, 'visit')!;
    const rows = [...visit.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling!.textContent!.trim(),
    ]);
    expect(rows).toEqual([
      ['Address', 'Chongwen Street, Liangzhou District'],
      ['Opening hours', 'Tu-Su 09:00-17:30'],
      ['Closed', 'Closed on Mondays'],
      ['Tickets', 'Adults CNY 30'],
      ['Phone', '+86 935 000 0000'],
      ['Booking', 'Wuwei government'],
      ['Access', 'Partly wheelchair accessible'],
    ]);
    expect(visit.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).toBe('tel:+869350000000');
    const free = await mount({ ...withHours, price: undefined, free: true }, { lang: 'zh-CN' });
    expect(part(free, 'visit')!.textContent).toContain('免费');
  });

  it('makes every link a target of at least 24 × 24 px, in the card’s small print too (issue 9 item 12)', async () => {
    for (const site of [byId('dayun-temple-bell-tower'), withHours])
      for (const lang of ['zh-CN', 'en'] as const) {
        const el = await mount(site, { lang });
        el.style.cssText = 'display:block;width:300px';
        const links = [...el.shadowRoot!.querySelectorAll('a')];
        expect(links.length, site.id).toBeGreaterThanOrEqual(2);
        for (const a of links) {
          const box = a.getBoundingClientRect();
          expect(box.height, `${site.id} ${lang} ${a.textContent}`).toBeGreaterThanOrEqual(24);
          expect(box.width, `${site.id} ${lang} ${a.textContent}`).toBeGreaterThanOrEqual(24);
        }
        el.remove();
      }
  });
});
