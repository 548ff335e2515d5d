import { css } from 'lit';

/** `<lz-site-card>`'s styles, after the reset (base-styles.ts). */
export const siteCardStyles = css`
  :host {
    display: block;
  }
  h3 {
    margin: 0 0 2px;
    font-size: 1.1em;
    color: var(--_accent);
  }
  .alt {
    margin: 0 0 6px;
    color: #4b5563;
    font-size: 0.9em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 8px;
    margin: 6px 0;
    font-size: 0.9em;
  }
  dt {
    color: #4b5563;
  }
  dd {
    margin: 0;
  }
  p {
    margin: 6px 0;
  }
  .trip {
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_accent);
    border-radius: 6px;
    background: var(--_accent);
    color: #fff;
    font: inherit;
    cursor: pointer;
  }
  .trip.in {
    background: #fff;
    color: var(--_accent);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 6px 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding: 1px 8px;
    border-radius: 999px;
    background: #f3f4f6;
    border: 1px solid #d1d5db;
    font-size: 0.85em;
  }
  .links {
    font-size: 0.85em;
    color: #4b5563;
    overflow-wrap: anywhere;
  }
  .links a,
  dd a {
    color: #1d4ed8;
  }
  /* Targets of at least 24 px (issue 9 item 12): the small print's links were 14 px tall. */
  .links a,
  dd a {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
    line-height: 24px;
  }
  .status {
    font-weight: 600;
  }
  .status.open {
    color: #166534;
  }
  .status.closed-now,
  .status.closed-today {
    color: #9f1239;
  }
  .status.unknown {
    color: #4b5563;
    font-weight: normal;
  }
  .photo {
    margin: 6px 0;
  }
  .photo img {
    max-width: 100%;
    height: auto;
  }
  .photo figcaption {
    font-size: 0.8em;
    color: #4b5563;
  }
  .note {
    font-size: 0.85em;
    color: #4b5563;
    border-left: 3px solid #d97706;
    padding-left: 6px;
  }
  header {
    display: flex;
    align-items: start;
    gap: 8px;
  }
  header > div {
    flex: 1;
    min-width: 0;
  }
  .close {
    flex: none;
    width: 32px;
    height: 32px;
    margin: -4px -6px 0 0;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    color: #374151;
    font: inherit;
    font-size: 20px;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    background: #f3f4f6;
  }
`;
