/**
 * The Leaflet adapter alone, without the element: its setters are idempotent and declarative, and
 * the layers keep their paint order whatever is hidden and shown again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtInFiles } from '../../src/data/built-in-files';
import { readBuiltInLayout } from '../../src/data/read-built-in-layout';
import { LayoutMap, type LayoutMapOptions } from '../../src/map/layout-map';
import { PAINT_ORDER, paneName } from '../../src/map/paint-order';
import type { Site } from '../../src/model/types';
import { layerIds, type LayerId } from '../../src/search/layer-ids';
import { parseLayers } from '../../src/state/layer-visibility';

const layout = readBuiltInLayout(builtInFiles);
const maps: LayoutMap[] = [];

function make(options: Partial<LayoutMapOptions> = {}): { view: LayoutMap; container: HTMLElement } {
  const container = document.createElement('div');
  container.style.cssText = 'width:800px;height:600px';
  document.body.appendChild(container);
  const view = new LayoutMap(container, layout, {
    lang: 'zh-CN',
    renderPopup: (site: Site) => {
      const node = document.createElement('p');
      node.textContent = site.id;
      return node;
    },
    ...options,
  });
  maps.push(view);
  return { view, container };
}

/** The z-index of the pane a path is drawn in. */
const paneZ = (path: Element | null) => Number(getComputedStyle(path!.closest('.leaflet-pane')!).zIndex);

afterEach(() => {
  for (const view of maps.splice(0)) view.remove();
  document.body.replaceChildren();
});

describe('LayoutMap', () => {
  it('stacks its panes in the fixed paint order', () => {
    const { view } = make();
    const z = PAINT_ORDER.map((layer) => Number(view.map.getPane(paneName(layer))!.style.zIndex));
    expect(z).toEqual([...z].sort((a, b) => a - b));
    expect(new Set(z).size).toBe(PAINT_ORDER.length);
  });

  it('paints a zone hidden and shown again below the core, the boundary and the axis', () => {
    const { view, container } = make();
    view.showLayers(parseLayers('core,axis,west,south,north,sites'));
    expect(container.querySelector('path.lz-zone-east')).toBeNull();
    view.showLayers(parseLayers(undefined));
    const east = container.querySelector('path.lz-zone-east');
    expect(east).not.toBeNull();
    for (const above of ['path.lz-core', 'path.lz-boundary', 'path.lz-axis'])
      expect(paneZ(east), above).toBeLessThan(paneZ(container.querySelector(above)));
    // And in the document: the zone's pane comes before (paints under) the core's.
    const zonesPane = east!.closest('.leaflet-pane')!;
    const corePane = container.querySelector('path.lz-core')!.closest('.leaflet-pane')!;
    expect(zonesPane.compareDocumentPosition(corePane) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('showLayers draws exactly the set, and again is a no-op', () => {
    const { view, container } = make();
    const set = parseLayers('core,south,sites,-category:temple');
    view.showLayers(set);
    const drawn = () => ['core', 'axis', 'east', 'west', 'south', 'north'].filter((id) => view.isDrawn(id as LayerId));
    expect(drawn()).toEqual(['core', 'south']);
    const markers = container.querySelectorAll('.lz-site-marker').length;
    expect(markers).toBeGreaterThan(0);
    expect(container.querySelector('.lz-cat-temple')).toBeNull();
    const before = container.innerHTML.length;
    const firstSouth = container.querySelector('path.lz-zone-south');
    view.showLayers(new Set(set));
    expect(container.querySelector('path.lz-zone-south')).toBe(firstSouth); // not redrawn
    expect(container.innerHTML.length).toBe(before);
    view.showLayers(new Set<LayerId>(layerIds.filter((id) => id !== 'sites')));
    expect(container.querySelectorAll('.lz-site-marker').length).toBe(0);
  });

  it('select opens one popup, again is a no-op, undefined closes it, and an unknown id is refused', () => {
    const opened: string[] = [];
    const closed: string[] = [];
    const { view, container } = make({ onSiteSelect: (id) => opened.push(id), onPopupClose: (id) => closed.push(id) });
    expect(view.select('leitai-han-tomb')).toBe(true);
    expect(view.select('leitai-han-tomb')).toBe(true);
    expect(opened).toEqual(['leitai-han-tomb']);
    expect(view.openSiteId()).toBe('leitai-han-tomb');
    expect(container.querySelector('.leaflet-popup')!.textContent).toBe('leitai-han-tomb');
    view.select(undefined);
    expect(view.openSiteId()).toBeUndefined();
    expect(closed).toEqual(['leitai-han-tomb']);
    expect(view.select('no-such-site')).toBe(false);
  });

  it('keeps an open popup when a filter hides its kind, and over a language change', () => {
    const opened: string[] = [];
    const { view } = make({ onSiteSelect: (id) => opened.push(id) });
    view.select('baita-temple');
    view.showLayers(parseLayers('core,sites,-category:temple'));
    expect(view.openSiteId()).toBe('baita-temple');
    view.setLang('en');
    expect(view.openSiteId()).toBe('baita-temple');
    expect(opened).toEqual(['baita-temple']); // reopening after the rebuild is not a new selection
  });

  it('setRoute draws the trip once for the same days and clears it for none', () => {
    const { view, container } = make();
    const days = [{ color: '#123456', stops: [layout.sites[0].coordinates, layout.sites[1].coordinates] }];
    view.setRoute(days, undefined);
    const line = container.querySelector('path.lz-route');
    expect(line).not.toBeNull();
    expect(line!.closest('.leaflet-pane')!.classList).toContain('leaflet-lz-route-pane');
    view.setRoute([{ ...days[0], stops: [...days[0].stops] }], undefined);
    expect(container.querySelector('path.lz-route')).toBe(line);
    view.setRoute([], undefined);
    expect(container.querySelector('path.lz-route')).toBeNull();
  });

  it('setSites swaps the markers and keeps what is hidden', () => {
    const { view, container } = make();
    view.showLayers(parseLayers('core,sites,-category:temple'));
    const few = layout.sites.filter((s) => s.category === 'temple' || s.category === 'museum');
    view.setSites(few);
    // Each museum is drawn (on its own or in a cluster), and no temple is.
    for (const s of few) expect(view.markerElement(s.id) !== undefined, s.id).toBe(s.category === 'museum');
    expect(container.querySelector('.lz-cat-temple')).toBeNull();
    const counted = [...container.querySelectorAll<HTMLElement>('.lz-site-marker, .lz-cluster')].reduce(
      (n, b) => n + (b.classList.contains('lz-cluster') ? Number(b.dataset.count) : 1),
      0,
    );
    expect(counted).toBe(few.filter((s) => s.category === 'museum').length);
  });

  it('remove releases the container', () => {
    const { view, container } = make();
    maps.pop();
    view.remove();
    expect('_leaflet_id' in container).toBe(false); // a new map may take the container
    expect(container.querySelector('.leaflet-pane, .leaflet-control')).toBeNull();
  });
});
