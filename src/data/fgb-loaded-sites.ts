import type { Site } from '../model/types';
import { GeoDataError } from './geo-data-error';
import { MAX_SITE_FEATURES } from './parse-sites';
import type { Bbox, FgbView } from './read-fgb-view';

/**
 * The sites of a FlatGeobuf `src` loaded so far, view after view: what the map, its clusters and the
 * site list show. Loaded sites stay when the visitor pans away (the list keeps them, a popup opened on
 * one keeps its site), up to MAX_SITE_FEATURES, the limit of any `src`; past it, only the latest
 * view's are kept. Each feature is kept once (by its index in the file), each problem reported once
 * however many views hold its feature, and an id that two features of the file share is reported as
 * in a GeoJSON file (the views are checked apart, so the check is made here).
 */
export class FgbLoadedSites {
  private readonly byIndex = new Map<number, Site>();
  private readonly indexOfId = new Map<string, number>();
  private readonly reported = new Set<string>();
  /** Views read whole (not capped): a view inside one needs no request. */
  private complete: Bbox[] = [];
  private list?: Site[];

  constructor(
    private readonly file: string,
    private readonly max = MAX_SITE_FEATURES,
  ) {}

  /** Whether every feature in `bbox` is loaded already. */
  covers([w, s, e, n]: Bbox): boolean {
    return this.complete.some(([cw, cs, ce, cn]) => w >= cw && s >= cs && e <= ce && n <= cn);
  }

  /** Takes a view read in `bbox`; returns the problems not reported before. */
  add(bbox: Bbox, view: FgbView): GeoDataError[] {
    if (this.byIndex.size + view.sites.length > this.max) {
      this.byIndex.clear();
      this.indexOfId.clear();
      this.complete = [];
    }
    const fresh: GeoDataError[] = [];
    const report = (problem: GeoDataError) => {
      const key = `${problem.feature}|${problem.field}|${problem.problem}`;
      if (this.reported.has(key)) return;
      this.reported.add(key);
      fresh.push(problem);
    };
    view.problems.forEach(report);
    view.sites.forEach((site, i) => {
      const index = view.indexes[i];
      const first = this.indexOfId.get(site.id);
      if (first !== undefined && first !== index) {
        report(
          new GeoDataError({
            file: this.file,
            feature: `"${site.id}" (#${index})`,
            field: 'id',
            problem: `repeats the id of feature #${first}: ids must be unique`,
          }),
        );
        return;
      }
      this.indexOfId.set(site.id, index);
      this.byIndex.set(index, site);
    });
    if (!view.capped) this.complete.push(bbox);
    this.list = undefined;
    return fresh;
  }

  /** The loaded sites, in file order (the same array until the next `add`). */
  get sites(): Site[] {
    this.list ??= [...this.byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, site]) => site);
    return this.list;
  }
}
