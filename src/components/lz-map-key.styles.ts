import { css } from 'lit';
import { clusterFace } from './site-marks.styles';

export const lzMapKeyStyles = css`
  :host {
    display: block;
  }
  .title {
    margin: 0 0 4px;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 28px;
    font-size: 0.9em;
  }
  .sw {
    flex: none;
    width: 28px;
    display: flex;
    justify-content: center;
    gap: 2px;
  }
  .day {
    width: 6px;
    height: 4px;
    border-radius: 1px;
    background: var(--day);
  }
  /* As drawn on the map (map-styles.ts: .lz-trip-start). */
  .start {
    width: 14px;
    height: 14px;
    background: #111827;
    border: 3px solid #fff;
    outline: 1px solid #9ca3af;
    border-radius: 2px;
    box-sizing: border-box;
  }
  /* As drawn on the map (site-marks.styles.ts: .lz-cluster), smaller. */
  .cluster {
    ${clusterFace}
    width: 24px;
    height: 24px;
    border-width: 2px;
    font-size: 11px;
  }
  .corridor {
    width: 28px;
    height: 12px;
    background: rgb(17 24 39 / 0.12);
    border-block: 1px dashed #374151;
    position: relative;
  }
  .corridor::after {
    content: '';
    position: absolute;
    left: 0;
    right: 0;
    top: 5px;
    border-top: 2px dashed var(--_axis);
  }
`;
