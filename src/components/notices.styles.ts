import { css } from 'lit';

/**
 * Where the notices sit beside the panel. On a wide map the panel is a card on the right (lz-panel,
 * 340 px and 8 px from the edge) stacked above the map's frame, so a centred notice ran under it
 * between 640 and 1,160 px and its × could not be pressed: keep them in the space left of the card.
 */
export const noticesStyles = css`
  .frame.beside-panel .notices {
    left: 8px;
    right: 356px;
    width: auto;
    max-width: 520px;
    margin: 0 auto;
    transform: none;
  }
`;
