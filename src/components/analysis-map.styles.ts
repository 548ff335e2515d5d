import { css } from 'lit';

/**
 * The map's marks for the planner's analysis: the selected area (a thicker outline, so it shows
 * without relying on colour) and the axis corridor (its pane is translucent, see LayoutMap.setCorridor).
 */
export const analysisMapStyles = css`
  .lz-area-selected {
    stroke-width: 5px;
    stroke-opacity: 1;
    filter: drop-shadow(0 0 2px #fff);
  }
  .lz-corridor {
    fill: var(--_corridor);
  }
`;
