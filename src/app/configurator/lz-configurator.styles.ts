import { css } from 'lit';

/** `<lz-configurator>`'s styles. */
export const configuratorStyles = css`
  :host {
    display: block;
    font:
      15px/1.5 system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans CJK SC',
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif;
    color: #1f2937;
    --accent: #9a3412;
  }
  * {
    box-sizing: border-box;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: baseline;
    justify-content: space-between;
  }
  h1 {
    margin: 0;
    font-size: 1.5em;
  }
  h2 {
    font-size: 1.15em;
    margin: 0 0 8px;
  }
  h2.spaced {
    margin-top: 16px;
  }
  .intro {
    margin: 4px 0 16px;
    color: #4b5563;
    max-width: 70ch;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(280px, 360px) minmax(0, 1fr);
    gap: 24px;
    align-items: start;
  }
  @media (max-width: 820px) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  form {
    display: grid;
    gap: 12px;
  }
  fieldset {
    margin: 0;
    padding: 8px 12px 12px;
    border: 1px solid #d1d5db;
    border-radius: 6px;
    display: grid;
    gap: 6px;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  label {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  label.stack {
    display: grid;
    gap: 2px;
  }
  input[type='text'],
  input[type='url'],
  select {
    font: inherit;
    padding: 4px 6px;
    border: 1px solid #9ca3af;
    border-radius: 4px;
    width: 100%;
  }
  input[type='color'] {
    inline-size: 44px;
    block-size: 28px;
    padding: 0;
    border: 1px solid #9ca3af;
    border-radius: 4px;
  }
  input[aria-invalid='true'] {
    border-color: #b91c1c;
    outline-color: #b91c1c;
  }
  .help,
  .readout {
    font-size: 0.85em;
    color: #4b5563;
    margin: 0;
  }
  .error {
    font-size: 0.85em;
    color: #b91c1c;
    margin: 0;
  }
  button {
    font: inherit;
    padding: 4px 12px;
    border: 1px solid var(--accent);
    border-radius: 4px;
    background: #fff;
    color: var(--accent);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--accent);
    color: #fff;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  .preview {
    border: 1px dashed #9ca3af;
    border-radius: 6px;
    padding: 8px;
    overflow: auto;
  }
  .snippet {
    display: grid;
    gap: 6px;
    margin-top: 16px;
  }
  .snippet-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
  }
  .snippet h3 {
    margin: 0;
    font-size: 1em;
  }
  textarea {
    width: 100%;
    min-height: 6.5em;
    font:
      13px/1.45 ui-monospace,
      'SFMono-Regular',
      Menlo,
      Consolas,
      monospace;
    padding: 8px;
    border: 1px solid #9ca3af;
    border-radius: 4px;
    resize: vertical;
    white-space: pre;
  }
  .status {
    min-height: 1.4em;
    font-size: 0.85em;
    margin: 0;
  }
`;
