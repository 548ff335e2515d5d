import { css } from 'lit';

/**
 * The line that says where a site from a popup went in the trip: low in the map, clear of the popup
 * above it and of the attribution below, and never in the way of a tap.
 */
export const tripStatusStyles = css`
  .trip-status {
    position: absolute;
    bottom: 30px;
    left: 50%;
    transform: translateX(-50%);
    z-index: 1000;
    max-width: min(92%, 420px);
    margin: 0;
    padding: 6px 12px;
    border-radius: 6px;
    background: rgba(17, 24, 39, 0.88);
    color: #fff;
    font-size: 14px;
    line-height: 1.4;
    pointer-events: none;
  }
  .trip-status:empty {
    display: none;
  }
`;
