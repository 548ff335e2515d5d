/**
 * The public events are written in three places that must agree: the `@fires` lines of
 * `<liangzhou-map>`'s doc comment (which feed custom-elements.json and docs/API.md), the registry in
 * events.ts, and the iframe bridge's list. Internal events never take a public name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_EVENTS } from '../../src/components/events';
import { BRIDGED_EVENTS } from '../../src/embed/bridge-protocol';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** `@fires` names in the class doc comment, in order. */
const fires = [...read('src/components/liangzhou-map.ts').matchAll(/^\s*\*\s*@fires\s+(lz-[a-z-]+)/gm)].map(
  (m) => m[1],
);

describe('public events', () => {
  it('are the same in the doc comment, the registry and the bridge', () => {
    expect(fires.length).toBeGreaterThan(0);
    expect([...PUBLIC_EVENTS]).toEqual(fires);
    expect([...BRIDGED_EVENTS]).toEqual(fires);
  });

  it('are the events custom-elements.json lists for <liangzhou-map>', () => {
    const manifest = JSON.parse(read('custom-elements.json')) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; events?: Array<{ name: string }> }> }>;
    };
    const map = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'liangzhou-map');
    expect(map?.events?.map((e) => e.name).sort()).toEqual([...fires].sort());
  });

  it('never share a name with an internal event, and every dispatched name is declared', () => {
    const registry = read('src/components/events.ts');
    const internal = /interface LzInternalEventMap \{([\s\S]*?)\n\}/.exec(registry)![1];
    const internalNames = [...internal.matchAll(/^\s*'(lz-[a-z-]+)':/gm)].map((m) => m[1]);
    expect(internalNames.length).toBeGreaterThan(5);
    for (const name of internalNames) expect(PUBLIC_EVENTS as readonly string[], name).not.toContain(name);
    // No element builds an event by hand: each goes through emit() or emitInternal() and so is typed.
    for (const file of ['liangzhou-map', 'lz-panel', 'lz-site-card', 'lz-site-list', 'lz-layer-panel', 'lz-trip-panel'])
      expect(read(`src/components/${file}.ts`), file).not.toMatch(/new CustomEvent\(/);
  });
});
