import { css } from 'lit';

/**
 * What every element starts from. The host page's CSS cannot reach into a shadow root, but
 * inherited properties (font, line-height, colour) can: reset them here so the widget looks the same
 * on every page.
 */
export const baseStyles = css`
  :host {
    /* !important: a page's \`* {box-sizing: content-box; padding: 4px}\` also matches the host, and
       outer rules beat :host unless the inner one is important. */
    box-sizing: border-box !important;
    padding: 0 !important;
    font-family: var(
      --lz-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans CJK SC',
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif
    );
    font-size: 14px;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    direction: ltr;
    cursor: auto;
    color: var(--lz-color-text, #1f2937);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--lz-color-accent, #9a3412);
    outline-offset: 2px;
  }
`;
