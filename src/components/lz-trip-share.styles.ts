import { css } from 'lit';

export const tripShareStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  input {
    flex: 1 1 12em;
  }
  /* Shown already: the button keeps its focus, so it is aria-disabled, not disabled. */
  button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  img.qr {
    display: block;
    width: 200px;
    max-width: 100%;
    height: auto;
    image-rendering: pixelated;
  }
`;
