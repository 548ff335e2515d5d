import { css } from 'lit';

/**
 * The Trip sheet puts the trip first (issue 9 item 8): the travel settings fold into a `<details>`
 * below it, its summary saying the mode and day window; each stop's name is a button that shows the
 * site on the map, styled as the name it replaces.
 */
export const tripSettingsFoldStyles = css`
  details.settings {
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  details.settings > summary {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
    min-height: 32px;
    padding: 2px 10px;
    cursor: pointer;
  }
  details.settings > summary .title {
    font-weight: 600;
  }
  details.settings[open] > summary {
    border-bottom: 1px solid var(--_border);
  }
  details.settings > lz-trip-settings {
    padding: 8px;
  }
`;

export const stopNameStyles = css`
  button.show {
    display: inline-block;
    min-height: 24px;
    min-width: 0;
    padding: 0;
    border: none;
    background: none;
    color: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline dotted;
    text-underline-offset: 3px;
    overflow-wrap: anywhere;
  }
  button.show:hover {
    color: var(--_accent);
  }
`;
