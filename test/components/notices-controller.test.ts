/**
 * NoticesController keeps each notice once. A notice written in the language of the moment is keyed by its
 * zh-CN text: the zh-CN table is always at hand, while the English one arrives with a chunk, and until then
 * t('en', …) gives the zh-CN text, so an English key would change once it arrived and let the same notice in twice.
 */
import { describe, expect, it } from 'vitest';
import { NoticesController } from '../../src/components/notices-controller';
import type { Lang } from '../../src/model/types';

const host = () => ({ addController() {}, removeController() {}, requestUpdate() {} }) as never;

describe('NoticesController', () => {
  it('keeps a notice written per language once, whether or not the English text had arrived', () => {
    const notices = new NoticesController(host());
    let enArrived = false;
    // As t() does: English once its table has arrived, the zh-CN text before.
    const say = (lang: Lang) => (lang === 'en' && enArrived ? 'There is no site “x”.' : '找不到景点“x”。');
    notices.notify('error', say);
    enArrived = true;
    notices.notify('error', say);
    expect(notices.notices).toHaveLength(1);
    expect(notices.notices[0].say?.('en')).toBe('There is no site “x”.');
  });

  it('keeps plain texts once, and five at most', () => {
    const notices = new NoticesController(host());
    for (const text of ['a', 'b', 'a', 'c', 'd', 'e', 'f']) notices.notify('info', text);
    expect(notices.notices.map((n) => n.text)).toEqual(['b', 'c', 'd', 'e', 'f']);
  });
});
