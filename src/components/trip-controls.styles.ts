import { css } from 'lit';

/**
 * What the trip planner's elements share: buttons, fields, fieldsets and rows sized for touch
 * (at least 32 px), in the accent colour. Each element adds its own `*.styles.ts`.
 */
export const tripControlStyles = css`
  fieldset {
    margin: 0;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    min-width: 0;
  }
  legend {
    padding: 0 4px;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 12px;
    align-items: center;
  }
  label {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  button,
  select,
  input,
  summary,
  a.nav {
    min-height: 32px;
    font: inherit;
  }
  button,
  a.nav {
    min-width: 32px;
    padding: 2px 10px;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: #fff;
    color: var(--_accent);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button.icon {
    padding: 2px 6px;
  }
  input[type='text'],
  input:not([type]) {
    min-width: 0;
  }
  .note,
  .muted {
    color: #4b5563;
    font-size: 0.9em;
    margin: 0;
  }
`;
