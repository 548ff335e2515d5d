import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { t } from '../i18n/t';
import type { LayoutMap } from '../map/layout-map';
import { isSiteId } from '../state/attributes';
import { emit } from './events';
import type { NoticesController } from './notices-controller';
import type { PopupController } from './popup-controller';

/** The element as the selection sees it: `site` is the page's record of the open popup (reflected). */
export interface SiteHost extends ReactiveControllerHost, HTMLElement {
  site?: string;
  center?: string;
}

export interface SiteControllerOptions {
  view: () => LayoutMap | undefined;
  /** Whether the page's own sites (`src`, `sites`) may still change. */
  loading: () => boolean;
  /** A site shown on request brings back the sites layer (filter-controller.ts). */
  revealSites: () => void;
  /** On a phone the open sheet would hide most of the popup: fold it to its bar. */
  foldSheet: () => void;
  popup: PopupController;
  notices: NoticesController;
}

/**
 * The selected site: the `site` attribute pushed to the map after each update (and looked up again
 * once the page's own data has arrived, since `site` may name one of its sites), the popups the
 * visitor opens (`lz-site-select`), and the list's choice. It holds no listener, observer or timer;
 * a site waiting for data is forgotten when the element leaves the page (it is looked up anew when
 * the element's fresh map is made).
 */
export class SiteController implements ReactiveController {
  /** `site` names no site yet, and `src` or `sites` is still loading: look again once it has. */
  private awaitsData = false;

  constructor(
    private readonly host: SiteHost,
    private readonly options: SiteControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.awaitsData = false;
  }

  /** `site` -> the map, after an update: the popup opens (or closes), or a notice says the id is unknown. */
  sync(view: LayoutMap, created: boolean, changed: PropertyValues): void {
    const retry = this.awaitsData && !this.options.loading();
    if (!created && !changed.has('site') && !retry) return;
    this.awaitsData = false;
    const { site: id, center } = this.host;
    const move = retry ? !center : !changed.has('center') || !center;
    if (id === undefined || id === null) view.select(undefined);
    else if (!isSiteId(id) || !view.select(id, { move })) {
      // The page's own data may hold it (`src="bureau.geojson" site="bureau-visitor-centre"`): wait for it.
      if (isSiteId(id) && this.options.loading()) this.awaitsData = true;
      // After this update, not in it: a notice is state, and changing state mid-update costs a second one.
      else queueMicrotask(() => this.options.notices.notify('error', (lang) => t(lang, 'map.unknownSite', { id })));
    }
  }

  /** A popup opened on the visitor's request (not one reopened after a language switch). */
  selected = (id: string): void => {
    // The popup is the site's card on every screen: one card, anchored to its marker, one way of focus.
    this.options.foldSheet();
    if (this.host.site !== id) this.host.site = id;
    emit(this.host, 'lz-site-select', { id });
  };

  /** The popup closed: `site` is cleared with it. */
  closed(id: string): void {
    if (this.host.site === id) this.host.site = undefined;
    this.options.popup.closed(id);
  }

  /** A site asked for by the page, the list or the Analysis tab; `opener` gets focus back on Escape. */
  show(id: string, options: { fly?: boolean; opener?: HTMLElement } = {}): boolean {
    const view = this.options.view();
    if (!view) return false;
    if (options.opener) this.options.popup.openedFrom(options.opener);
    this.options.revealSites();
    return view.select(id, options.fly ? { fly: true } : {});
  }
}
