import { css } from 'lit';

/**
 * Where the notices sit. They are rendered before the panel (first in the Tab order) and over the
 * map's frame, so they must cover no control:
 * - left of them, the column of the zoom and locate buttons (Leaflet's 10 px margin + 34 px): a
 *   centred notice covered the zoom-in button at 375 and 900 px until closed;
 * - beside the panel (a 340 px card 8 px from the right, lz-panel), they keep to the space left of
 *   the card: between 640 and 1,160 px a centred notice ran under it and its × could not be pressed;
 * - above the narrow layout's sheet (at most 60% of the height), they keep to the rest and scroll.
 */
export const noticesStyles = css`
  .notices {
    left: 54px;
    right: 8px;
    width: auto;
    max-width: 520px;
    margin: 0 auto;
    transform: none;
  }
  .notices.beside-panel {
    right: 356px;
  }
  .notices.narrow {
    max-height: calc(40% - 16px);
    overflow: auto;
  }
`;
