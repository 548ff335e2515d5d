type OpenStatusModule = typeof import('../plan/open-status');
let openStatusModule: Promise<OpenStatusModule> | undefined;

/**
 * The opening-hours evaluator (src/plan/open-status.ts with the `opening_hours` library), loaded once
 * and only when a site has hours: the library is several times the size of the rest of the widget.
 */
export function loadOpenStatus(): Promise<OpenStatusModule> {
  openStatusModule ??= import('../plan/open-status');
  return openStatusModule;
}
