import { css } from 'lit';

/**
 * The theme's defaults, defined once. Pages theme the map with the public `--lz-*` properties
 * (documented as `@cssproperty` on `<liangzhou-map>`); each element reads only the private `--_*`
 * tokens declared here, so a default lives in one place (Material Web's private-token pattern).
 * Declared on every element's host (through base-styles.ts), so an inner element resolves the page's
 * value, which it inherits across the shadow boundary, or the same default as the map.
 * A node test (test/lint/css-tokens.test.ts) checks that every `--lz-*` used is documented
 * with this default, and every documented one is used.
 */
export const tokenStyles = css`
  :host {
    --_accent: var(--lz-color-accent, #9a3412);
    --_text: var(--lz-color-text, #1f2937);
    --_border: var(--lz-color-border, #d1d5db);
    --_warning: var(--lz-color-warning, #b45309);
    --_panel-background: var(--lz-panel-background, #ffffff);
    --_map-background: var(--lz-map-background, #eef2f0);
    --_height: var(--lz-height, 480px);
    --_font: var(
      --lz-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans CJK SC',
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif
    );
    --_zone-east: var(--lz-zone-east, #3f7f1f);
    --_zone-west: var(--lz-zone-west, #1f6fa8);
    --_zone-south: var(--lz-zone-south, #8c4a0e);
    --_zone-north: var(--lz-zone-north, #b8860b);
    --_core: var(--lz-core, #b3124a);
    --_axis: var(--lz-axis, #111827);
    --_corridor: var(--lz-corridor, #2563eb);
  }
`;
