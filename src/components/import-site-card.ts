/**
 * The site card's chunk (the element, its styles, the visitor fields' messages), fetched when the first popup
 * opens (popup-controller.ts). A module of its own so that tests can make the fetch fail and then succeed: a
 * module that failed to evaluate stays failed in the page's module map, so they cannot fail the card itself.
 */
export const importSiteCard = (): Promise<unknown> => import('./lz-site-card');
