import { css } from 'lit';

export const tripSuggestStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
`;
