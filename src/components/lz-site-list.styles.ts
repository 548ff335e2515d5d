import { css } from 'lit';

/** `<lz-site-list>`'s styles, after the reset (base-styles.ts). */
export const siteListStyles = css`
  :host {
    display: block;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: 8px;
    height: 100%;
  }
  h2 {
    margin: 0;
    font-size: 1em;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    gap: 6px;
    margin: 0;
    padding: 0;
    border: none;
  }
  .filters legend {
    padding: 0;
    margin-bottom: 2px;
    font-weight: 600;
  }
  label {
    font-size: 0.9em;
    color: #374151;
  }
  input[type='search'],
  select {
    min-height: 32px;
    padding: 4px 8px;
    font: inherit;
    color: #1f2937;
    background: #fff;
    border: 1px solid #6b7280;
    border-radius: 4px;
  }
  input[type='search']::placeholder {
    color: #6b7280;
  }
  .in-view {
    display: flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    cursor: pointer;
  }
  .in-view input {
    width: 18px;
    height: 18px;
    margin: 0;
  }
  .count {
    margin: 0;
    font-size: 0.9em;
    color: #374151;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    overflow-y: auto;
    flex: 1;
  }
  li + li {
    border-top: 1px solid #e5e7eb;
  }
  button.site {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 8px;
    align-items: baseline;
    width: 100%;
    min-height: 44px;
    padding: 6px 8px;
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: none;
    border-left: 4px solid transparent;
    cursor: pointer;
  }
  button.site:hover {
    background: #f3f4f6;
  }
  /* Inside the ring: the scrolling list would clip an outline drawn outside the button. */
  button.site:focus-visible {
    outline-offset: -3px;
  }
  button.site[aria-current='true'] {
    background: #fff7ed;
    border-left-color: var(--_accent);
  }
  .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: #374151;
    grid-row: span 2;
    align-self: center;
  }
  .dot-core {
    background: var(--_core);
  }
  .dot-east {
    background: var(--_zone-east);
  }
  .dot-west {
    background: var(--_zone-west);
  }
  .dot-south {
    background: var(--_zone-south);
  }
  .dot-north {
    background: var(--_zone-north);
  }
  .name {
    font-weight: 600;
  }
  .other {
    font-weight: 400;
    color: #4b5563;
    margin-inline-start: 6px;
    font-size: 0.9em;
  }
  .meta {
    grid-column: 2;
    font-size: 0.85em;
    color: #4b5563;
  }
  .empty {
    margin: 0;
    color: #4b5563;
  }
  .scroll {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
  }
  .scroll > ul {
    overflow: visible;
  }
  /* A virtualised list scrolls itself (the virtualizer sets its overflow), in the space the panel gives. */
  .scroll > ul.virtual {
    height: 100%;
    min-height: 240px;
  }
  .culture h3 {
    margin: 4px 0;
    font-size: 0.95em;
  }
  .culture ul {
    flex: none;
    overflow: visible;
  }
  .culture-item {
    padding: 6px 8px;
  }
  .culture-item p {
    margin: 2px 0;
  }
  .culture-item .meta {
    font-size: 0.85em;
    color: #4b5563;
  }
  .culture-item a {
    color: #1d4ed8;
  }
  button.where {
    min-height: 24px;
    padding: 0 4px;
    font: inherit;
    color: #1d4ed8;
    text-decoration: underline;
    background: none;
    border: none;
    cursor: pointer;
  }
`;
