import { css } from 'lit';

/**
 * How a cluster looks, shared by the map's clusters and the key's cluster swatch (lz-map-key.ts), so
 * the key shows what the map draws: a dark disc with a white ring and a white count.
 */
export const clusterFace = css`
  background: #374151;
  color: #fff;
  border: 2.5px solid #fff;
  box-shadow:
    0 0 0 2px #374151,
    0 1px 3px rgba(0, 0, 0, 0.35);
  font-weight: 700;
  line-height: 1;
  border-radius: 50%;
  box-sizing: border-box;
  display: grid;
  place-items: center;
`;

/**
 * Site clusters (src/map/cluster-marker.ts) and the zone labels' ways of giving way
 * (src/spatial/place-labels.ts). A cluster is a 32 px round button: larger than a site's 24 px marker,
 * so it reads as "more here", and a tap target of its own (Lighthouse target-size asks ≥ 24 px).
 */
export const siteMarksStyles = css`
  .lz-cluster {
    ${clusterFace}
    font-size: 13px;
    cursor: pointer;
  }
  .lz-cluster:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 3px;
  }
  .lz-cluster.lz-highlight {
    background: var(--_accent);
  }
  /* A label gives way: wrapped, or hidden where nothing fits (place-labels.ts). */
  .lz-label > span.lz-label-wrap {
    white-space: normal;
    width: max-content;
    max-width: 10em;
    text-align: center;
  }
  .lz-label.lz-label-hidden {
    display: none !important;
  }
`;
