import { css } from 'lit';

/** The base-map choice in the Layers tab and the approval-number line on the map. */
export const baseMapStyles = css`
  /* The Layers tab's own element comes in a lazy chunk: until it has, what follows it in the tab (this
     choice, the tile-cache line) would draw at the tab's top and then jump below it (CLS 0.03 on desktop). */
  lz-layer-panel:not(:defined) ~ * {
    display: none;
  }
  .basemap-choice {
    border: 0;
    margin: 8px 0 0;
    padding: 0;
  }
  .basemap-choice legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .basemap-choice .basemap {
    margin-top: 0;
    min-height: 28px;
  }
  /* Set like Leaflet's attribution, just above it: a line of text, never HTML. */
  .leaflet-control.lz-review-number {
    margin: 0;
    padding: 0 5px;
    background: rgba(255, 255, 255, 0.8);
    color: #333;
    font-size: 12px;
    line-height: 1.4;
  }
  .lz-review-number[hidden] {
    display: none;
  }
`;
