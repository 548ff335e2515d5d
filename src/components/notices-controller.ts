import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { t } from '../i18n/t';
import type { Lang } from '../model/types';
import { problemNoticeText, type NoticeProblem } from '../state/problem-notice-text';

/**
 * What a notice says: a text, or a function writing it in a language, called at every render so that a
 * notice shown when the visitor switches language switches with the rest of the interface.
 */
export type NoticeSaying = string | ((lang: Lang) => string);

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  /**
   * The text, or its zh-CN text (what makes it the same notice as another: that table is always at hand,
   * while until the English one arrives t('en', …) gives the zh-CN text, and an English key would change).
   */
  text: string;
  /** The text in the language of the moment, for a notice written from the interface's messages. */
  say?: (lang: Lang) => string;
  /** A data problem, kept whole so its text is written at render time in the current language. */
  problem?: NoticeProblem;
}

/** How long the "use two fingers / Ctrl + wheel" hint stays. */
const HINT_MS = 1500;

/**
 * The map's messages to the visitor: dismissible notices (data errors, tiles offline; at most five,
 * each text once) and the short gesture hint. Renders into the host's template; the hint's timer
 * stops when the host leaves the page.
 */
export class NoticesController implements ReactiveController {
  notices: readonly Notice[] = [];
  hint?: 'wheel' | 'touch';
  private seq = 0;
  private hintTimer?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    window.clearTimeout(this.hintTimer);
    this.hintTimer = undefined;
    this.hint = undefined;
  }

  /**
   * A notice: a text, or a function that writes it in a language (then written at render time, in the
   * language of the moment, as is a data problem's, `problem`).
   */
  notify(kind: Notice['kind'], saying: NoticeSaying, problem?: NoticeProblem): void {
    const say = typeof saying === 'function' ? saying : undefined;
    const text = say ? say('zh-CN') : (saying as string);
    if (this.notices.some((n) => n.text === text)) return;
    this.notices = [...this.notices, { id: ++this.seq, kind, text, say, problem }].slice(-5);
    this.host.requestUpdate();
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.host.requestUpdate();
  }

  showHint(kind: 'wheel' | 'touch'): void {
    this.hint = kind;
    this.host.requestUpdate();
    window.clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => {
      this.hint = undefined;
      this.host.requestUpdate();
    }, HINT_MS);
  }

  /** The gesture hint, over the map's frame. */
  renderHint(lang: Lang) {
    const hint = this.hint;
    return html`<div class="hint ${hint ? 'show' : ''}" aria-hidden="true">
      ${hint ? t(lang, hint === 'wheel' ? 'map.hintWheel' : 'map.hintTouch') : ''}
    </div>`;
  }

  /**
   * The notices, rendered by the host before its panel: their × comes first in the Tab order, ahead
   * of the panel's controls. `placement` is the frame's layout (`narrow`, `beside-panel` or empty),
   * which keeps them clear of the panel's card (notices.styles.ts).
   */
  render(lang: Lang, placement: string) {
    return html`<ul class="notices ${placement}" aria-live="assertive">
      ${this.notices.map(
        (n) =>
          html`<li class="notice ${n.kind}" part="notice" role=${n.kind === 'error' ? 'alert' : 'status'}>
            <p>${n.problem ? problemNoticeText(lang, n.problem) : n.say ? n.say(lang) : n.text}</p>
            <button
              type="button"
              aria-label=${t(lang, 'error.dismiss')}
              title=${t(lang, 'error.dismiss')}
              @click=${() => this.dismiss(n.id)}
            >
              ×
            </button>
          </li>`,
      )}
    </ul>`;
  }
}
