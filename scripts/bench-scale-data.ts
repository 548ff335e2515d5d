/** Seeded made-up sites files for the scale benchmarks (bench-search, bench-parse): names in both languages and pinyin. */
import { seeded } from './seeded';

const SYLLABLES = [
  'lei',
  'tai',
  'han',
  'mu',
  'bai',
  'ta',
  'si',
  'wen',
  'miao',
  'liang',
  'zhou',
  'gu',
  'cheng',
  'tian',
  'ti',
  'shan',
];
const HAN = ['雷', '台', '汉', '墓', '白', '塔', '寺', '文', '庙', '凉', '州', '古', '城', '天', '梯', '山'];
const WORDS = ['Temple', 'Tomb', 'Pagoda', 'Village', 'Hotel', 'Restaurant', 'Museum', 'Garden', 'Gate', 'Well'];

/** `n` site Features (geo/ schema) spread over the district, names of 2-4 syllables, seeded. */
export function scaleFeatures(n: number, seed = 13) {
  const random = seeded(seed);
  const pick = (k: number) => Math.floor(random() * k);
  return Array.from({ length: n }, (_, i) => {
    const count = 2 + pick(3);
    const at = Array.from({ length: count }, () => pick(SYLLABLES.length));
    const syllables = at.map((k) => SYLLABLES[k]);
    const zh = at.map((k) => HAN[k]).join('') + i;
    const en = `${syllables.map((s) => s[0].toUpperCase() + s.slice(1)).join('')} ${WORDS[pick(WORDS.length)]} ${i}`;
    return {
      type: 'Feature',
      id: `s${i}`,
      properties: {
        name: { zh, en },
        pinyin: `${syllables.join('')} ${syllables.join(' ')} ${syllables.map((s) => s[0]).join('')}`,
        category: 'museum',
        themes: [],
        zone: 'core',
        description: { zh: '测试', en: 'Test' },
        precision: 'approximate',
        source: 'bench',
      },
      geometry: { type: 'Point', coordinates: [102.2 + random() * 0.8, 37.6 + random() * 0.6] },
    };
  });
}
