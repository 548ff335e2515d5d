import { css } from 'lit';

/**
 * Site clusters (src/map/cluster-marker.ts) and the zone labels' ways of giving way
 * (src/spatial/place-labels.ts). A cluster is a 32 px round button: larger than a site's 24 px marker,
 * so it reads as "more here", and a tap target of its own (Lighthouse target-size asks ≥ 24 px).
 */
export const siteMarksStyles = css`
  .lz-cluster {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    border-radius: 50%;
    border: 2.5px solid #fff;
    background: #374151;
    color: #fff;
    font-size: 13px;
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
    box-shadow:
      0 0 0 2px #374151,
      0 1px 3px rgba(0, 0, 0, 0.35);
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
