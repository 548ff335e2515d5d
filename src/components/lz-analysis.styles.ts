import { css } from 'lit';

/** Shared by the Analysis tab's elements: the area card, the compare table and the panel. */
export const analysisStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
  }
  h3,
  h4 {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.95rem;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 32px;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .chips button[aria-pressed='true'] {
    background: var(--_accent);
    color: #fff;
    border-color: transparent;
  }
  .muted {
    color: #4b5563;
    font-size: 0.8rem;
  }
  ul.sites {
    margin: 0.25rem 0;
    padding-left: 1rem;
  }
  ul.sites button {
    background: none;
    border: none;
    padding: 0.125rem 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.8rem;
  }
  th,
  td {
    border-bottom: 1px solid #e5e7eb;
    padding: 0.25rem;
    text-align: end;
    vertical-align: top;
  }
  th:first-child,
  td:first-child,
  td.kinds {
    text-align: start;
  }
  th button {
    background: none;
    border: none;
    font-weight: 600;
    padding: 0;
    text-align: inherit;
  }
  tr.selected {
    background: #fef3c7;
  }
  td button.row {
    background: none;
    border: none;
    padding: 0;
    text-align: start;
    color: var(--_accent);
    text-decoration: underline;
  }
  .card {
    border: 1px solid #d1d5db;
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .card header {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: start;
  }
  .card h3 {
    margin-top: 0;
  }
  input[type='range'] {
    width: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
`;
