import { css } from 'lit';

export const tripDayStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .day {
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_day-color, #9ca3af);
    border-radius: 6px;
    padding: 8px;
    display: grid;
    gap: 6px;
  }
  .day-head {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  .day-head input {
    flex: 1 1 10em;
    font-weight: 600;
  }
  .stops {
    display: grid;
    gap: 4px;
    min-height: 32px;
  }
  .stops.over,
  .stop.over {
    outline: 2px dashed var(--_accent);
    outline-offset: 1px;
  }
  .stop {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 8px;
    padding: 4px 0;
    border-top: 1px solid var(--_border);
  }
  .stop:first-child {
    border-top: none;
  }
  .num {
    grid-row: span 3;
    align-self: start;
    width: 1.8em;
    height: 1.8em;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: #fff;
    font-size: 0.85em;
    cursor: grab;
  }
  .leg {
    grid-column: 2;
    color: #4b5563;
    font-size: 0.85em;
  }
  .name {
    grid-column: 2;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .name .muted {
    font-weight: normal;
  }
  .controls {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  a.nav {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  details[open] {
    flex-basis: 100%;
  }
  .more-body {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
    padding: 4px 0;
  }
  summary {
    display: inline-flex;
    align-items: center;
    padding: 2px 8px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .totals {
    font-size: 0.9em;
    margin: 0;
  }
  .warning {
    margin: 0;
    padding: 6px 8px;
    border-left: 4px solid var(--_warning);
    background: #fffbeb;
    color: #78350f;
    font-weight: 600;
  }
  .warning::before {
    content: '⚠ ';
    color: var(--_warning);
  }
`;
