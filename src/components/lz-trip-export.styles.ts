import { css } from 'lit';

export const tripExportStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
`;
