/** English for messages-load.ts (typed against its zh-CN table): loaded only for a page in English (t.ts). */
import type { loadZh } from './messages-load';

export const loadEn: Record<keyof typeof loadZh, string> = {
  'load.label': 'Loading the sites file',
  'load.bytes': 'Downloaded {read} of {total} MB',
  'load.bytesUnknown': 'Downloaded {read} MB',
  'load.features': 'Checked {done} of {total} features',
  'load.viewCapped': 'More than {max} sites lie in this view; {max} of them are shown. Zoom in to see them all.',
};
