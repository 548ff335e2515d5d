import { css } from 'lit';

/** The sites file's progress bar: a thin card over the map's top edge, under the notices. */
export const loadProgressStyles = css`
  :host {
    display: block;
    position: absolute;
    top: 8px;
    left: 50%;
    transform: translateX(-50%);
    z-index: 1000;
    width: min(320px, calc(100% - 96px));
    padding: 6px 10px;
    border-radius: 6px;
    background: #fff;
    color: #1f2937;
    box-shadow: 0 1px 4px rgb(0 0 0 / 25%);
    font:
      12px/1.4 system-ui,
      sans-serif;
    pointer-events: none;
  }
  .track {
    height: 6px;
    margin-top: 4px;
    border-radius: 3px;
    background: #e5e7eb;
    overflow: hidden;
  }
  .bar {
    height: 100%;
    background: #9a3412;
  }
  .indeterminate .bar {
    width: 30%;
    animation: slide 1.2s ease-in-out infinite;
  }
  @keyframes slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(340%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .indeterminate .bar {
      animation: none;
      width: 100%;
      opacity: 0.4;
    }
  }
`;
