import { css } from 'lit';

export const tripPanelStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-width: 0;
  }
  section {
    display: grid;
    gap: 12px;
  }
  h2 {
    margin: 0;
    font-size: 1.2em;
    color: var(--_accent);
  }
  ol.days {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 12px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
