import { css, unsafeCSS } from 'lit';
import leafletCss from 'leaflet/dist/leaflet.css?inline';

/**
 * Leaflet's own CSS, inside the shadow root where the map lives (page CSS cannot reach it), and
 * the layout's look: each area has a colour that pages can theme through `--lz-zone-*`, and a
 * stroke pattern, so the zones differ by more than colour.
 */
export const mapStyles = [
  unsafeCSS(leafletCss),
  css`
    .leaflet-container {
      font: inherit;
      background: var(--_map-background);
    }
    .lz-context {
      fill: #9ca3af;
      stroke: #6b7280;
    }
    .lz-boundary {
      stroke: #374151;
      fill: none;
    }
    .lz-zone-east {
      fill: var(--_zone-east);
      stroke: var(--_zone-east);
    }
    .lz-zone-west {
      fill: var(--_zone-west);
      stroke: var(--_zone-west);
      stroke-dasharray: 8 4;
    }
    .lz-zone-south {
      fill: var(--_zone-south);
      stroke: var(--_zone-south);
      stroke-dasharray: 2 4;
    }
    .lz-zone-north {
      fill: var(--_zone-north);
      stroke: var(--_zone-north);
      stroke-dasharray: 12 3 2 3;
    }
    .lz-core {
      fill: var(--_core);
      stroke: var(--_core);
    }
    .lz-axis {
      stroke: var(--_axis);
      fill: none;
    }

    .lz-label {
      width: 0 !important;
      height: 0 !important;
      pointer-events: none;
    }
    .lz-label > span {
      display: inline-block;
      transform: translate(-50%, -50%);
      background: rgba(255, 255, 255, 0.88);
      border: 1px solid #9ca3af;
      border-radius: 3px;
      color: #111827;
      font-weight: 600;
      font-size: 12px;
      line-height: 1.3;
      padding: 2px 6px;
      white-space: nowrap;
      /* The name takes clicks for its area (layout-layers.ts); its 0 × 0 anchor does not. */
      pointer-events: auto;
      cursor: pointer;
    }
    .lz-label-core {
      color: var(--_core);
    }

    .lz-site-marker {
      background: none;
      border: none;
      cursor: pointer;
      border-radius: 50%;
    }
    .lz-site-marker svg {
      display: block;
      overflow: visible;
    }
    .lz-site-marker circle {
      stroke: #fff;
      stroke-width: 2.5;
      fill: #374151;
    }
    .lz-site-core circle {
      fill: var(--_core);
    }
    .lz-site-east circle {
      fill: var(--_zone-east);
    }
    .lz-site-west circle {
      fill: var(--_zone-west);
    }
    .lz-site-south circle {
      fill: var(--_zone-south);
    }
    .lz-site-north circle {
      fill: var(--_zone-north);
    }
    .lz-site-marker:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    /* Its height is capped to the map's free part by LayoutMap.fitPopup; past that it scrolls. */
    .lz-popup .leaflet-popup-content {
      margin: 12px 14px;
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    .lz-stop-number > span {
      display: grid;
      place-items: center;
      width: 20px;
      height: 20px;
      border-radius: 50%;
      color: #fff;
      font-size: 12px;
      font-weight: 700;
      border: 2px solid #fff;
      box-sizing: border-box;
    }
    .lz-trip-start > span {
      display: block;
      width: 14px;
      height: 14px;
      background: #111827;
      border: 3px solid #fff;
      border-radius: 2px;
      box-sizing: border-box;
    }
    .lz-picking,
    .lz-picking .leaflet-interactive {
      cursor: crosshair;
    }
  `,
];
