/**
 * Interface text in both languages. Keys are `area.meaning`; `{name}` marks a parameter.
 * The en tables are typed against zh-CN, so a key missing in one language fails the type check.
 * Each feature keeps its messages in its own file (messages-*.ts); this one joins them. The English tables
 * (messages-*-en.ts, joined in messages-en.ts) load only for a page in English (t.ts).
 *
 * This full table is the type of every key (MessageKey) and what tests check; at run time t.ts starts from the
 * first frame's tables (messages-first.ts), and the elements that need the others add them (addZh) when their
 * chunk loads, so the one-tag embed's first download does not carry the card's, the panels' or the analysis
 * tab's text (issue 13).
 */
import { visitZh } from './messages-visit';
import { panelZh } from './messages-panel';
import { tripZh } from './messages-trip';
import { tripFirstZh } from './messages-trip-first';
import { analysisZh } from './messages-analysis';
import { mapZh } from './messages-map';
import { baseMapZh } from './messages-basemap';
import { nearZh } from './messages-near';
import { loadZh } from './messages-load';
import { problemZh } from './messages-problem';
import { coreZh } from './messages-core';
import { namesZh } from './messages-names';

export { coreZh };

export const zhCN = {
  ...coreZh,
  ...namesZh,
  ...panelZh,
  ...tripZh,
  ...tripFirstZh,
  ...visitZh,
  ...analysisZh,
  ...mapZh,
  ...baseMapZh,
  ...nearZh,
  ...loadZh,
  ...problemZh,
};
export type MessageKey = keyof typeof zhCN;
