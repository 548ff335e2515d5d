import type * as L from 'leaflet';

/**
 * Cooperative gestures for a map embedded in a scrolling page: one finger and the plain wheel scroll
 * the page; two fingers, or Ctrl/⌘ + wheel, move and zoom the map. `onHint` is called when a visitor
 * tried the page gesture on the map, so the element can say how to move it.
 *
 * `frame` is the element wrapping the map container: its capture listener sees the wheel before
 * Leaflet's handler on the container does.
 * Returns a function that undoes everything.
 */
export function cooperativeGestures(
  map: L.Map,
  frame: HTMLElement,
  onHint: (kind: 'wheel' | 'touch') => void,
): () => void {
  const container = map.getContainer();
  const previousTouchAction = container.style.touchAction;
  // Let the browser scroll the page with one finger; pinch is left to Leaflet's two-finger zoom.
  container.style.touchAction = 'pan-x pan-y';

  const onWheel = (e: WheelEvent) => {
    if (e.ctrlKey || e.metaKey) return; // Leaflet zooms (and prevents the browser's page zoom)
    e.stopPropagation();
    onHint('wheel');
  };
  const onTouchMove = (e: TouchEvent) => {
    if (e.touches.length === 1) onHint('touch');
  };
  const onTouchStart = (e: TouchEvent) => {
    // One finger belongs to the page: keep Leaflet from starting a drag.
    if (e.touches.length === 1) map.dragging.disable();
    else map.dragging.enable();
  };
  const onTouchEnd = () => map.dragging.enable();

  frame.addEventListener('wheel', onWheel, { capture: true, passive: true });
  frame.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
  frame.addEventListener('touchmove', onTouchMove, { passive: true });
  frame.addEventListener('touchend', onTouchEnd, { passive: true });
  return () => {
    container.style.touchAction = previousTouchAction;
    frame.removeEventListener('wheel', onWheel, { capture: true });
    frame.removeEventListener('touchstart', onTouchStart, { capture: true });
    frame.removeEventListener('touchmove', onTouchMove);
    frame.removeEventListener('touchend', onTouchEnd);
    map.dragging.enable();
  };
}
