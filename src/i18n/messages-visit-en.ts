/** English for messages-visit.ts (typed against its zh-CN table): loaded only for a page in English (t.ts). */
import type { visitZh } from './messages-visit';

export const visitEn: Record<keyof typeof visitZh, string> = {
  'visit.address': 'Address',
  'visit.hours': 'Opening hours',
  'visit.closedDays': 'Closed',
  'visit.ticket': 'Tickets',
  'visit.free': 'Free',
  'visit.phone': 'Phone',
  'visit.booking': 'Booking',
  'visit.wheelchair': 'Access',
  'visit.wheelchair.yes': 'Wheelchair accessible',
  'visit.wheelchair.limited': 'Partly wheelchair accessible',
  'visit.wheelchair.no': 'Not wheelchair accessible',
  'visit.status.open': 'Open now',
  'visit.status.closed-now': 'Closed now',
  'visit.status.closed-today': 'Closed today',
  'visit.status.unknown': 'Hours unknown: check before you go',
  'visit.photo': 'Photo',
  'culture.title': 'Intangible heritage, red history and events',
  'culture.kind.heritage': 'Intangible heritage',
  'culture.kind.event': 'Recurring event',
  'culture.kind.history': 'Red history',
  'culture.kind.place': 'Rural tourism',
  'culture.where': 'Where',
  'culture.noPosition': 'No published position yet, so no pin on the map',
};
