import { css } from 'lit';

/** `<lz-layer-panel>`'s styles, after the reset (base-styles.ts). */
export const layerPanelStyles = css`
  :host {
    display: block;
    width: 20rem;
    max-width: 100%;
  }
  :host([narrow]) {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    z-index: 1000;
    width: auto;
  }
  .panel {
    display: flex;
    flex-direction: column;
    max-height: 70vh;
    background: #fff;
    border: 1px solid #9ca3af;
    border-radius: 6px;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
  }
  :host([narrow]) .panel {
    max-height: 60vh;
    border-radius: 12px 12px 0 0;
    border-bottom: none;
  }
  h2 {
    margin: 0;
    font-size: 1em;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 6px;
    width: 100%;
    min-height: 40px;
    padding: 6px 10px;
    font: inherit;
    font-weight: 600;
    color: inherit;
    text-align: start;
    background: none;
    border: none;
    border-radius: 6px;
    cursor: pointer;
  }
  .chevron {
    transition: transform 0.15s;
  }
  :host([collapsed]) .chevron {
    transform: rotate(-90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .body {
    overflow-y: auto;
    padding: 0 10px 10px;
  }
  .body[hidden] {
    display: none;
  }
  .bulk {
    display: flex;
    gap: 8px;
    margin-bottom: 8px;
  }
  button.text {
    min-height: 28px;
    padding: 2px 10px;
    font: inherit;
    font-size: 0.9em;
    color: #1f2937;
    background: #f3f4f6;
    border: 1px solid #6b7280;
    border-radius: 4px;
    cursor: pointer;
  }
  button.text:hover {
    background: #e5e7eb;
  }
  fieldset {
    margin: 0 0 8px;
    padding: 0;
    border: none;
  }
  legend,
  summary {
    padding: 0;
    margin-bottom: 4px;
    font-weight: 600;
  }
  summary {
    min-height: 28px;
    display: list-item;
    cursor: pointer;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
  }
  label {
    display: flex;
    align-items: center;
    gap: 6px;
    flex: 1;
    min-height: 32px;
    cursor: pointer;
  }
  input[type='checkbox'] {
    width: 18px;
    height: 18px;
    margin: 0;
    flex: none;
    accent-color: #374151;
  }
  li.layout {
    padding: 3px 0;
  }
  li.layout + li.layout {
    border-top: 1px solid #e5e7eb;
  }
  .name {
    flex: 1;
  }
  .count {
    color: #4b5563;
    font-variant-numeric: tabular-nums;
  }
  .count.below {
    display: block;
    font-size: 0.85em;
  }
  .area-size {
    display: block;
    color: #4b5563;
    font-size: 0.8em;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .swatch .area {
    fill-opacity: 0.35;
    stroke-width: 2;
  }
  .sw-core .area {
    fill: var(--_core);
    stroke: var(--_core);
    fill-opacity: 0.55;
    stroke-width: 3;
  }
  .sw-east .area {
    fill: var(--_zone-east);
    stroke: var(--_zone-east);
  }
  .sw-west .area {
    fill: var(--_zone-west);
    stroke: var(--_zone-west);
    stroke-dasharray: 8 4;
  }
  .sw-south .area {
    fill: var(--_zone-south);
    stroke: var(--_zone-south);
    stroke-dasharray: 2 4;
  }
  .sw-north .area {
    fill: var(--_zone-north);
    stroke: var(--_zone-north);
    stroke-dasharray: 12 3 2 3;
  }
  .sw-axis line {
    stroke: var(--_axis);
    stroke-width: 4;
    stroke-dasharray: 12 6;
  }
  .note {
    margin: 4px 0 0;
    font-size: 0.85em;
    color: #4b5563;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .shown {
    margin: 0 0 4px;
    font-size: 0.9em;
  }
  button.only-filter {
    min-height: 24px;
    padding: 0 6px;
    font-size: 0.8em;
  }
`;
