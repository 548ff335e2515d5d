import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Lang, Layout, Site } from '../model/types';
import type { LayerId } from '../search/layer-ids';
import { toCorridorKm } from '../state/attributes';
import { emit } from './events';
import type { PanelsActions } from './panels-controller';

/** The element as the Analysis tab sees it: `corridor` is the page's attribute, reflected. */
export interface AnalysisHost extends ReactiveControllerHost, HTMLElement {
  corridor: number;
}

export interface AnalysisControllerOptions {
  layout: () => Layout | undefined;
  /** Whether the Analysis tab is among the element's panels. */
  hasTab: () => boolean;
  showTab: () => void;
  fitTo: (id: string) => boolean;
  /** A site asked for from the tab (site-controller.ts: the sites layer comes back for it). */
  showSite: (id: string) => void;
}

/**
 * The Analysis tab's glue: which area's card is open (`selectArea`, a click on the map, the tab), the
 * corridor the tab asks for, and printing the map as shown. The one thing it sets up in the page, the
 * `afterprint` listener of a print under way, is removed when the element leaves it.
 */
export class AnalysisController implements ReactiveController {
  /** The area whose card is open: `core`, a zone or `axis`. */
  area?: string;
  /** The planner asked to print the map: the printed page is the map's, not the trip's. */
  printing = false;
  private afterPrint?: () => void;
  /** The document's landscape page rule while the map prints (landscape()). */
  private pageSheet?: CSSStyleSheet;

  constructor(
    private readonly host: AnalysisHost,
    private readonly options: AnalysisControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.afterPrint) window.removeEventListener('afterprint', this.afterPrint);
    this.afterPrint = undefined;
    this.printing = false;
    this.landscape(false);
  }

  /**
   * The printed map is one A4 landscape sheet, but a shadow root cannot set @page (browsers ignore it
   * there), and the full page's own rule is A4 portrait, for the trip. So while the map prints, and only
   * then, the document adopts one rule of ours; it goes at `afterprint` or when the element leaves.
   */
  private landscape(on: boolean): void {
    const doc = this.host.ownerDocument;
    if (on && !this.pageSheet && doc.defaultView) {
      const sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync('@page { size: A4 landscape; margin: 10mm; }');
      this.pageSheet = sheet;
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    if (!on && this.pageSheet) {
      const sheet = this.pageSheet;
      this.pageSheet = undefined;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  }

  /** See LiangzhouMap.selectArea. */
  select(id: string): boolean {
    const layout = this.options.layout();
    if (!layout || !(id === 'core' || id === 'axis' || layout.zones.some((z) => z.id === id))) return false;
    this.area = id;
    this.host.requestUpdate();
    if (this.options.hasTab()) this.options.showTab();
    emit(this.host, 'lz-area-select', { id });
    return true;
  }

  /** See LiangzhouMap.printMap. */
  async print(): Promise<void> {
    await import('./lz-map-print');
    this.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.afterPrint) window.removeEventListener('afterprint', this.afterPrint);
    const done = (this.afterPrint = () => {
      this.afterPrint = undefined;
      this.printing = false;
      this.landscape(false);
      this.host.requestUpdate();
    });
    window.addEventListener('afterprint', done, { once: true });
    this.landscape(true);
    window.print();
  }

  /** The printed map, while a print of the map is under way. */
  renderPrint(s: { lang: Lang; shown: readonly Site[]; visible: ReadonlySet<LayerId>; reviewNumber?: string }) {
    const layout = this.options.layout();
    if (!this.printing || !layout) return nothing;
    return html`<lz-map-print
      class="print"
      exportparts="page: map-page"
      lang=${s.lang}
      .layout=${layout}
      .shown=${s.shown}
      .visible=${s.visible}
      .corridor=${this.host.corridor}
      .reviewNumber=${s.reviewNumber}
      .date=${new Date()}
    ></lz-map-print>`;
  }

  /** The Analysis tab's requests. */
  actions(): Pick<PanelsActions, 'areaRequest' | 'areaFit' | 'corridorRequest' | 'analysisSite' | 'printRequest'> {
    return {
      areaRequest: (id) => {
        if (id !== null) return void this.select(id);
        this.area = undefined;
        this.host.requestUpdate();
      },
      areaFit: (id) => this.options.fitTo(id),
      corridorRequest: (km) => (this.host.corridor = toCorridorKm(km)),
      analysisSite: (id) => this.options.showSite(id),
      printRequest: () => void this.print(),
    };
  }
}
