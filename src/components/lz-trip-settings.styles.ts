import { css } from 'lit';

export const tripSettingsStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
`;

/** The hour and minute selects read as one time, beside their label. */
export const tripTimeStyles = css`
  .time {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
`;

/** A date the trip cannot take: said beside the field, in the warning colour. */
export const tripDateStyles = css`
  .warning {
    margin: 0;
    padding: 4px 8px;
    border-left: 4px solid var(--_warning);
  }
`;
