/**
 * A data problem as the visitor reads it, in the interface language. The problem's detail comes from
 * ~50 readers and zod in English; rather than translate each fragment, the notice frames it with
 * what is structured (file, feature, field, category) in the visitor's language and marks the English
 * rest as technical detail. Rendered at render time from the kept problem, so a notice follows `lang`.
 */
import type { GeoDataCategory, GeoDataProblem } from '../data/geo-data-error';
import { t } from '../i18n/t';
import type { Lang } from '../model/types';
import { hostOfFile, NOTICE_MAX_CHARS, noticeText } from './notice-text';

/** What the notice needs of a GeoDataError: its parts, not its (English) message. */
export type NoticeProblem = Pick<GeoDataProblem, 'file' | 'feature' | 'field' | 'problem'> & {
  category: GeoDataCategory;
};

/** A file's name or a feature's id is the file's own text: long ones are cut so the frame's sentence still fits in the cap. */
const PART_MAX_CHARS = 80;

function part(value: string): string {
  const chars = [...String(value).slice(0, PART_MAX_CHARS * 2 + 2)];
  return chars.length > PART_MAX_CHARS ? `${chars.slice(0, PART_MAX_CHARS - 1).join('')}…` : chars.join('');
}

export function problemNoticeText(lang: Lang, p: NoticeProblem): string {
  const where = [
    // `unknown` is what reportError calls an error that named no file: nothing to show.
    p.file === 'unknown'
      ? undefined
      : t(lang, p.category === 'invalid-attribute' ? 'problem.attribute' : 'problem.file', { file: part(p.file) }),
    p.feature === undefined ? undefined : t(lang, 'problem.feature', { feature: part(p.feature) }),
    p.field === undefined ? undefined : t(lang, 'problem.field', { field: part(p.field) }),
  ].filter((s): s is string => s !== undefined);
  const en = lang === 'en';
  const title = t(lang, 'error.title') + (where.length ? (en ? ': ' : '：') + where.join(en ? ', ' : '，') : '');
  // The detail can be a 1 MB value: only what the cap can show is looked at (noticeText cuts the rest).
  const detail = t(lang, 'problem.detail', { detail: String(p.problem).slice(0, NOTICE_MAX_CHARS * 2) });
  // The category's sentence ends with its own full stop (。 or .); the detail follows after a space.
  const text = `${title}${en ? '. ' : '。'}${t(lang, `problem.${p.category}`)} ${detail}`;
  return noticeText(text, hostOfFile(p.file));
}
