import { css } from 'lit';

/** A stop's opening hours at its planned time: under its name, a warning when it is closed then. */
export const tripHoursStyles = css`
  .hours {
    grid-column: 2;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
