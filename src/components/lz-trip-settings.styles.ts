import { css } from 'lit';

export const tripSettingsStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
`;
