import { ref } from 'lit/directives/ref.js';

/**
 * Sets CSS properties on the element through the CSSOM (style.setProperty), on every render. Unlike
 * styleMap, whose first render writes a `style="…"` attribute string, this never trips a strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline'). Usage: <li ${cssProps({...})}>.
 */
export function cssProps(props: Record<string, string>) {
  return ref((el) => {
    if (!(el instanceof HTMLElement)) return;
    for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value);
  });
}
