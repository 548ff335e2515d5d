import { css } from 'lit';
import { baseStyles } from './base-styles';
import { mapOverlaysStyles } from './map-overlays.styles';
import { mapStyles } from './map-styles';
import { siteMarksStyles } from './site-marks.styles';
import { siteCardFailedStyles } from './site-card-failed.styles';

/** `<liangzhou-map>`'s own styles, after the reset and Leaflet's (map-styles.ts). */
export const liangzhouMapStyles = [
  baseStyles,
  ...mapStyles,
  mapOverlaysStyles,
  siteMarksStyles,
  siteCardFailedStyles,
  css`
    :host {
      display: block;
      position: relative;
      height: var(--_height);
      min-height: 240px;
      overflow: hidden;
      contain: layout paint;
    }
    :host([hidden]) {
      display: none;
    }
    .print {
      display: none;
    }
    /* On paper: the trip, a page per day, instead of the interactive map. */
    @media print {
      :host {
        height: auto !important;
        overflow: visible;
        contain: none;
      }
      .frame,
      .notices,
      lz-panel {
        display: none !important;
      }
      .print {
        display: block;
      }
    }
    /* isolate: Leaflet's panes and controls (z-index 400-1000) stay below the panel. */
    .frame {
      position: absolute;
      inset: 0;
      isolation: isolate;
      z-index: 0;
    }
    .frame.narrow .leaflet-bottom {
      bottom: 52px;
    }
    .map {
      position: absolute;
      inset: 0;
    }
    .note {
      position: absolute;
      left: 54px;
      top: 10px;
      z-index: 500;
      max-width: min(40%, 300px);
      margin: 0;
      padding: 4px 8px;
      font-size: 12px;
      background: rgba(255, 255, 255, 0.92);
      border-radius: 4px;
      pointer-events: none;
    }
    .notices {
      position: absolute;
      top: 8px;
      left: 50%;
      transform: translateX(-50%);
      z-index: 1000;
      display: grid;
      gap: 6px;
      width: min(92%, 520px);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .notice {
      display: flex;
      gap: 8px;
      align-items: start;
      padding: 8px 10px;
      border-radius: 4px;
      background: #fff7ed;
      color: #7c2d12;
      border: 1px solid #c2410c;
      overflow-wrap: anywhere;
    }
    .notice.error {
      background: #fef2f2;
      color: #7f1d1d;
      border-color: #b91c1c;
    }
    .notice p {
      margin: 0;
      flex: 1;
    }
    .notice button {
      min-width: 28px;
      min-height: 28px;
      border: 1px solid currentColor;
      border-radius: 4px;
      background: #fff;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .hint {
      position: absolute;
      inset: 0;
      z-index: 900;
      display: grid;
      place-items: center;
      pointer-events: none;
      background: rgba(17, 24, 39, 0.45);
      color: #fff;
      font-size: 16px;
      font-weight: 600;
      text-align: center;
      opacity: 0;
      transition: opacity 0.2s;
    }
    .hint.show {
      opacity: 1;
    }
    .lz-highlight circle {
      stroke: #111827;
      stroke-width: 4;
    }
    /* Outer rules beat the panel's own :host width; max-height is on its public part. */
    lz-layer-panel {
      width: 100%;
    }
    lz-layer-panel::part(panel) {
      max-height: none;
    }
    .basemap {
      display: flex;
      gap: 8px;
      align-items: center;
      min-height: 32px;
      margin: 8px 4px 0;
    }
    .basemap input {
      width: 18px;
      height: 18px;
      margin: 0;
      accent-color: var(--_accent);
    }
    /* The tab already names this panel; its own heading and collapse button would repeat it. */
    lz-layer-panel::part(title) {
      display: none;
    }
    .lang-switch {
      min-height: 32px;
      min-width: 40px;
      padding: 4px 8px;
      border: 1px solid #9ca3af;
      border-radius: 6px;
      background: #fff;
      color: inherit;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
  `,
];
