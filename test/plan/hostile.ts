/** Names written to hurt whatever writes them out: markup, entities, quotes, line breaks, separators. */
import type { Itinerary } from '../../src/model/itinerary';
import type { Site } from '../../src/model/types';
import { fakeSite, site } from './real-sites';

export const HOSTILE = `<b>"Tom" & 'Jerry'</b>\n;,\\ ]]></name><script>x</script>\r\n\u0007end`;

export const hostileSite: Site = fakeSite('hostile-site', [102.64, 37.93], {
  name: { zh: `寺${HOSTILE}`, en: `Temple ${HOSTILE}` },
});

export const tripSites: Site[] = [
  site('leitai-han-tomb'),
  site('wuwei-confucian-temple'),
  site('tiantishan-grottoes'),
  site('baita-temple'),
  hostileSite,
];

export const trip: Itinerary = {
  days: [
    { name: '第一天 · 古城', siteIds: ['wuwei-confucian-temple', 'hostile-site', 'leitai-han-tomb'] },
    { name: `Day 2 ${HOSTILE}`, siteIds: ['baita-temple', 'no-such-site', 'tiantishan-grottoes'] },
  ],
};
