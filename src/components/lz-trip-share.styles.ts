import { css } from 'lit';

export const tripShareStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  input {
    flex: 1 1 12em;
  }
  img.qr {
    display: block;
    width: 200px;
    max-width: 100%;
    height: auto;
    image-rendering: pixelated;
  }
`;
