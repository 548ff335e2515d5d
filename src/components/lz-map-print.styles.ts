import { css } from 'lit';

/**
 * One A4 landscape sheet (297 × 210 mm less the printer's ~10 mm margins): the map on the left, the
 * legend, filters, date and attribution on the right. A shadow root cannot set @page: the element
 * gives the document a landscape page rule while the map prints (analysis-controller.ts); the sheet
 * is sized to fit that page and asks the browser not to split it.
 */
export const mapPrintStyles = css`
  :host {
    display: block;
    color: #111827;
    font-size: 10pt;
  }
  .page {
    width: 277mm;
    height: 186mm;
    display: grid;
    grid-template-columns: 1fr 70mm;
    gap: 6mm;
    break-inside: avoid;
    overflow: hidden;
  }
  h2 {
    margin: 0 0 3mm;
    font-size: 15pt;
  }
  h3 {
    margin: 3mm 0 1mm;
    font-size: 11pt;
  }
  svg {
    width: 100%;
    height: 100%;
    max-height: 186mm;
    border: 1px solid #9ca3af;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    align-items: center;
    gap: 2mm;
    margin: 0 0 1mm;
  }
  svg.swatch {
    width: 6mm;
    height: 4mm;
    border: none;
    flex: none;
  }
  .meta,
  .attribution {
    color: #374151;
    font-size: 8.5pt;
  }
  .outline {
    fill: #f9fafb;
    stroke: #111827;
    stroke-width: 1.5;
  }
  .zone {
    stroke-width: 1.2;
    fill-opacity: 0.35;
  }
  .zone-east {
    fill: var(--_zone-east);
    stroke: var(--_zone-east);
  }
  .zone-west {
    fill: var(--_zone-west);
    stroke: var(--_zone-west);
    stroke-dasharray: 8 4;
  }
  .zone-south {
    fill: var(--_zone-south);
    stroke: var(--_zone-south);
    stroke-dasharray: 2 4;
  }
  .zone-north {
    fill: var(--_zone-north);
    stroke: var(--_zone-north);
    stroke-dasharray: 12 3 2 3;
  }
  .core {
    fill: var(--_core);
    stroke: var(--_core);
    fill-opacity: 0.55;
  }
  .axis {
    fill: none;
    stroke: var(--_axis);
    stroke-width: 2.5;
    stroke-dasharray: 8 4;
  }
  /* Opacity on the whole (the group on the map, the swatch in the legend), not on each piece. */
  .corridor {
    fill: var(--_corridor);
    opacity: 0.22;
    stroke: none;
  }
  .site {
    fill: var(--_accent);
    stroke: #fff;
    stroke-width: 1;
  }
  .label {
    font: 600 9px sans-serif;
    fill: #111827;
    text-anchor: middle;
  }
`;
