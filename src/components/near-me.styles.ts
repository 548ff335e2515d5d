import { css } from 'lit';

/**
 * The offline indicator (top left, under the zoom buttons' column, never in the way of a tap) and the
 * locate button (a Leaflet-sized square under the zoom buttons).
 */
export const nearMeStyles = css`
  .offline {
    position: absolute;
    bottom: 30px;
    left: 8px;
    z-index: 1000;
    margin: 0;
    padding: 4px 10px;
    border-radius: 6px;
    background: #374151;
    color: #fff;
    font-size: 13px;
    line-height: 1.4;
    pointer-events: none;
  }
  .offline:empty {
    display: none;
  }
  .locate {
    position: absolute;
    top: 84px;
    left: 10px;
    z-index: 1000;
    display: grid;
    place-items: center;
    width: 34px;
    height: 34px;
    padding: 0;
    border: 2px solid rgba(0, 0, 0, 0.2);
    border-radius: 4px;
    background: #fff;
    background-clip: padding-box;
    color: #111827;
    font: inherit;
    font-size: 18px;
    cursor: pointer;
  }
  .locate[aria-pressed='true'] {
    color: var(--_accent, #9a3412);
  }
  .locate:focus-visible {
    outline: 3px solid var(--_accent, #9a3412);
    outline-offset: 1px;
  }
  .lz-position-dot {
    fill: #2563eb;
    stroke: #fff;
  }
`;
