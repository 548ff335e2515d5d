import { css } from 'lit';

/** `<lz-panel>`'s styles, after the reset (base-styles.ts). */
export const panelStyles = css`
  :host {
    position: absolute;
    z-index: 800;
    top: 8px;
    right: 8px;
    width: min(340px, calc(100% - 16px));
    max-height: calc(100% - 16px);
    display: flex;
  }
  :host([narrow]) {
    top: auto;
    right: 0;
    left: 0;
    bottom: 0;
    width: 100%;
    max-height: 60%;
  }
  .box {
    display: flex;
    flex-direction: column;
    width: 100%;
    min-height: 0;
    background: var(--_panel-background);
    color: var(--_text);
    border: 1px solid #d1d5db;
    border-radius: 8px;
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.18);
  }
  :host([narrow]) .box {
    border-radius: 12px 12px 0 0;
  }
  header {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 6px;
    border-bottom: 1px solid #e5e7eb;
  }
  :host(:not([open])) header {
    border-bottom: none;
  }
  [role='tablist'] {
    display: flex;
    gap: 2px;
    flex: 1;
    min-width: 0;
  }
  button {
    min-height: 32px;
    min-width: 32px;
    padding: 4px 10px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    background: #f3f4f6;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: #fff;
  }
  .toggle svg {
    display: block;
    transition: transform 0.15s;
  }
  /* The chevron points where the panel will go: a card at the top folds up and opens down, a
     sheet at the bottom opens up and folds down. */
  :host([open]:not([narrow])) .toggle svg,
  :host([narrow]:not([open])) .toggle svg {
    transform: rotate(180deg);
  }
  .body {
    overflow: auto;
    min-height: 0;
    padding: 8px;
    overscroll-behavior: contain;
  }
  .body[hidden] {
    display: none;
  }
`;
