import { html } from 'lit';
import { t } from '../i18n/t';
import type { Lang } from '../model/types';
import type { BaseMapChoice } from './base-map-controller';

/**
 * The Layers tab's base-map choice: a labelled radio group (one Tab stop, arrow keys move the choice,
 * as radios do). Choosing sets `tiles`, the same state as the attribute. The group's name is unique
 * per shadow root, so two maps on one page keep their own choice.
 */
export function baseMapChoice(
  lang: Lang,
  current: BaseMapChoice,
  choices: readonly BaseMapChoice[],
  choose: (choice: BaseMapChoice) => void,
) {
  return html`<fieldset slot="layers" class="basemap-choice">
    <legend>${t(lang, 'baseMap.legend')}</legend>
    ${choices.map(
      (id) =>
        html`<label class="basemap"
          ><input
            type="radio"
            name="lz-base-map"
            value=${id}
            .checked=${id === current}
            @change=${() => choose(id)}
          />${t(lang, `baseMap.${id}`)}</label
        >`,
    )}
  </fieldset>`;
}
