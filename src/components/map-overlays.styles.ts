import { css } from 'lit';

/**
 * The skip link, out of sight until it has focus (the first stop of the element's Tab order).
 * The hint while the visitor picks the trip's start: above the sheet's bar, letting taps through.
 * Where the map's own overlays sit, so none covers another: the attribution (bottom right) wraps
 * beside the scale bar (bottom left, at most 100 px wide plus Leaflet's 10 px margin) instead of
 * running over it on a phone.
 */
export const mapOverlaysStyles = css`
  .skip {
    position: absolute;
    z-index: 1100;
    top: 8px;
    left: 8px;
    min-height: 32px;
    padding: 4px 12px;
    border: 2px solid var(--_accent);
    border-radius: 6px;
    background: #fff;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transform: translateY(-200%);
  }
  .skip:focus {
    transform: none;
  }
  .pick-hint {
    position: absolute;
    z-index: 1000;
    left: 50%;
    bottom: 64px;
    transform: translateX(-50%);
    max-width: calc(100% - 32px);
    margin: 0;
    padding: 8px 14px;
    border-radius: 999px;
    background: #111827;
    color: #fff;
    font-weight: 600;
    pointer-events: none;
  }
  .leaflet-bottom.leaflet-right {
    max-width: calc(100% - 120px);
  }
  .leaflet-control-attribution {
    overflow-wrap: anywhere;
  }
`;
