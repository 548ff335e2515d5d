/** cooperativeGestures alone: what it keeps from Leaflet, and that its undo gives everything back. */
import * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { cooperativeGestures } from '../../src/map/cooperative-gestures';

let map: L.Map | undefined;

function setUp() {
  const frame = document.createElement('div');
  const container = document.createElement('div');
  container.style.cssText = 'width:400px;height:300px';
  frame.appendChild(container);
  document.body.appendChild(frame);
  // Leaflet's own wheel zoom is off: it zooms on a timer that would outlive the test's map. Whether a
  // wheel reaches the container is what the test counts.
  map = L.map(container, { scrollWheelZoom: false }).setView([37.93, 102.64], 10);
  let reached = 0;
  container.addEventListener('wheel', () => reached++);
  const wheel = (init: WheelEventInit = {}) =>
    container.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true, ...init }));
  return { frame, container, wheel, reached: () => reached };
}

afterEach(() => {
  map?.remove();
  map = undefined;
  document.body.replaceChildren();
});

describe('cooperativeGestures', () => {
  it('keeps the plain wheel from the map and asks for a hint; Ctrl + wheel goes through', () => {
    const { frame, container, wheel, reached } = setUp();
    const hints: string[] = [];
    cooperativeGestures(map!, frame, (kind) => hints.push(kind));
    expect(container.style.touchAction).toBe('pan-x pan-y');
    wheel();
    expect(reached()).toBe(0);
    expect(hints).toEqual(['wheel']);
    wheel({ ctrlKey: true });
    expect(reached()).toBe(1);
    expect(hints).toEqual(['wheel']);
  });

  it('undoes everything it set up', () => {
    const { frame, container, wheel, reached } = setUp();
    const before = container.style.touchAction;
    const hints: string[] = [];
    const undo = cooperativeGestures(map!, frame, (kind) => hints.push(kind));
    undo();
    expect(container.style.touchAction).toBe(before);
    expect(map!.dragging.enabled()).toBe(true);
    wheel();
    expect(reached()).toBe(1);
    expect(hints).toEqual([]);
  });
});
