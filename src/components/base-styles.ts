import { css } from 'lit';

/**
 * What every element starts from. The host page's CSS cannot reach into a shadow root, but
 * inherited properties (font, line-height, colour) can: reset them here so the widget looks the same
 * on every page.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--lz-font, system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    font-size: 14px;
    line-height: 1.45;
    color: var(--lz-color-text, #1f2937);
    --lz-color-accent: #9a3412;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--lz-color-accent, #9a3412);
    outline-offset: 2px;
  }
`;
