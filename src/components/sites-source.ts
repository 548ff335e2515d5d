import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchSites } from '../data/fetch-sites';
import { GeoDataError } from '../data/geo-data-error';
import { validateSites } from '../data/parse-sites';
import type { Site } from '../model/types';

/**
 * A page's own sites for `<liangzhou-map>`, from the `sites` property or the `src` URL: checked with
 * the geo/ schema, each bad feature reported and skipped, a bad file reported whole. Only the latest
 * request counts: a slow earlier fetch is aborted, and a removed element stops fetching.
 */
export class SitesSource implements ReactiveController {
  private abort?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    private onSites: (sites: Site[]) => void,
    private onError: (error: GeoDataError) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Takes a FeatureCollection object. */
  take(json: unknown, file = 'sites property'): void {
    this.abort?.abort();
    try {
      const { sites, problems } = validateSites(json, file);
      problems.forEach(this.onError);
      this.onSites(sites);
    } catch (err) {
      this.onError(toGeoDataError(err, file));
      this.onSites([]);
    }
  }

  /** Fetches a FeatureCollection; an empty URL means no sites of the page's own. */
  async fetch(src: string | undefined): Promise<void> {
    this.abort?.abort();
    if (!src) {
      this.onSites([]);
      return;
    }
    const abort = (this.abort = new AbortController());
    const url = new URL(src, document.baseURI).href;
    try {
      const { sites, problems } = await fetchSites(url, { signal: abort.signal });
      if (abort.signal.aborted) return;
      problems.forEach(this.onError);
      this.onSites(sites);
    } catch (err) {
      if ((err as Error).name !== 'AbortError') this.onError(toGeoDataError(err, url));
    }
  }
}

function toGeoDataError(err: unknown, file: string): GeoDataError {
  return err instanceof GeoDataError ? err : new GeoDataError({ file, problem: String(err) });
}
