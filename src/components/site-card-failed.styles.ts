import { css } from 'lit';

/**
 * The popup's stand-in when the site card cannot load (site-card-failed.ts): the card's heading, 32 px buttons,
 * and room for their focus ring, which the popup's scrolling content would clip at its edges.
 */
export const siteCardFailedStyles = css`
  .lz-card-failed {
    padding: 0 5px 5px;
  }
  .lz-card-failed h3 {
    margin: 0;
    color: var(--_accent);
  }
  .lz-card-failed button {
    min-height: 32px;
    margin-inline-end: 8px;
  }
`;
