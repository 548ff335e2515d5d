import { css } from 'lit';

export const tripPrintStyles = css`
  :host {
    display: block;
    color: #111827;
    font-size: 11pt;
  }
  .page {
    break-after: page;
    padding: 0 0 8mm;
  }
  .page:last-child {
    break-after: auto;
  }
  h2 {
    margin: 0 0 4mm;
    font-size: 16pt;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    border: 1px solid #9ca3af;
    margin-bottom: 4mm;
  }
  ol {
    margin: 0;
    padding-left: 6mm;
  }
  li {
    margin: 0 0 2mm;
  }
  .meta {
    color: #374151;
    font-size: 9.5pt;
  }
  .warning {
    color: #7c2d12;
    font-weight: 600;
  }
  .note {
    color: #4b5563;
    font-size: 9pt;
    margin-top: 4mm;
  }
  .outline {
    fill: #f3f4f6;
    stroke: #374151;
    stroke-width: 1;
  }
  .num {
    fill: #fff;
    font: 700 11px sans-serif;
    text-anchor: middle;
    dominant-baseline: central;
  }
`;
