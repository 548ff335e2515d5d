/** English for messages-near.ts (typed against its zh-CN table): loaded only for a page in English (t.ts). */
import type { nearZh } from './messages-near';

export const nearEn: Record<keyof typeof nearZh, string> = {
  'offline.indicator': 'Offline: showing the map saved on this device',
  'offline.tilesCached': '{n} map tiles cached',
  'locate.button': 'Show my position',
  'locate.stop': 'Hide my position',
  'locate.you': 'My position (accurate to about {m} m)',
  'locate.denied':
    "Your position cannot be shown: the browser was not allowed to use location. Allow it in the browser's site settings and try again.",
  'locate.unavailable':
    'Your position could not be found (no location signal, or it took too long). Try again in a moment, in the open.',
  'locate.unsupported': 'This browser does not offer location.',
  'locate.far': 'You are about {km} from Liangzhou District: distances "near me" mean little this far away.',
  'list.sortDistance': 'Sort by distance from me',
  'list.nearest': 'Sites nearest to me',
  'list.distance': '{km} from me',
  'trip.startHere': 'Start from my position',
};
