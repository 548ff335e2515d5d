import { css } from 'lit';

/**
 * Where the map's own overlays sit, so none covers another: the attribution (bottom right) wraps
 * beside the scale bar (bottom left, at most 100 px wide plus Leaflet's 10 px margin) instead of
 * running over it on a phone.
 */
export const mapOverlaysStyles = css`
  .leaflet-bottom.leaflet-right {
    max-width: calc(100% - 120px);
  }
  .leaflet-control-attribution {
    overflow-wrap: anywhere;
  }
`;
