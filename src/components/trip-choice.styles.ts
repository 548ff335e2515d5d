import { css } from 'lit';

/** The question which trip to keep: first in the Trip tab, marked off so it is not missed. */
export const tripChoiceStyles = css`
  .choice {
    display: grid;
    gap: 8px;
    padding: 10px 12px;
    border: 2px solid var(--_accent);
    border-radius: 6px;
    background: #fff7ed;
  }
  .choice h3 {
    margin: 0;
    font-size: 1em;
  }
  .choice p {
    margin: 0;
  }
`;
