import { css } from 'lit';
import { tokenStyles } from './tokens.styles';

/**
 * What every element starts from. The host page's CSS cannot reach into a shadow root, but
 * inherited properties (font, line-height, colour) can: reset them here so the widget looks the same
 * on every page.
 */
export const baseStyles = css`
  ${tokenStyles}
  :host {
    /* !important: a page's \`* {box-sizing: content-box; padding: 4px}\` also matches the host, and
       outer rules beat :host unless the inner one is important. */
    box-sizing: border-box !important;
    padding: 0 !important;
    font-family: var(--_font);
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
    color: var(--_text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
