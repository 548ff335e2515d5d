/**
 * What is wrong with a site's open popup, for the popup tests of the element and of embed.html: it
 * must lie wholly inside the map, meet none of the panel, the note and the map's controls, and its
 * title and close button must be the topmost elements where they are.
 */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) =>
  a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;
const fmt = (b: Box) => `[${[b.left, b.top, b.right, b.bottom].map(Math.round).join(', ')}]`;

/** The topmost element at `el`'s centre, looked up through the shadow roots from the map element down. */
function topmostAt(host: Element, el: Element): Element | null {
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  let root: ShadowRoot | null = host.shadowRoot;
  let hit: Element | null = null;
  while (root) {
    const next = root.elementFromPoint(x, y);
    if (!next || next === hit) break;
    hit = next;
    root = next.shadowRoot;
  }
  return hit;
}

/** What is wrong with the open popup of `id` in the map element `el` now; empty when nothing is. */
export function popupProblems(el: Element, id: string): string[] {
  const root = el.shadowRoot!;
  const popup = root.querySelector<HTMLElement>('.leaflet-popup');
  const card = popup?.querySelector<HTMLElement & { site?: { id: string } }>('lz-site-card');
  if (!popup || !card || card.site?.id !== id) return [`${id}: no popup for it`];
  const title = card.shadowRoot!.querySelector('h3');
  const close = card.shadowRoot!.querySelector('.close');
  if (!title || !close) return [`${id}: the card has not rendered`];
  const box = popup.getBoundingClientRect();
  const found: string[] = [];
  const map = el.getBoundingClientRect();
  if (!inside(box, map)) found.push(`${id}: popup ${fmt(box)} is not inside the map ${fmt(map)}`);
  for (const o of root.querySelectorAll('lz-panel, .note, .leaflet-control')) {
    const r = o.getBoundingClientRect();
    if (r.width && r.height && overlaps(box, r))
      found.push(`${id}: popup ${fmt(box)} meets ${o.localName}.${o.className} ${fmt(r)}`);
  }
  for (const part of [title, close]) {
    const top = topmostAt(el, part);
    if (!top || !(part === top || part.contains(top)))
      found.push(`${id}: ${part.localName} is covered by ${top?.localName}.${top?.className}`);
  }
  return found;
}
