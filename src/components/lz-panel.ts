import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from './base-styles';
import { define } from './define';
import { emitInternal } from './events';

export interface PanelTab {
  id: string;
  label: string;
}

/**
 * A collapsible, tabbed panel over the map: a floating card on wide screens, a bottom sheet when
 * `narrow`. Each tab's content is the child with `slot` equal to the tab id.
 * @fires lz-panel-change - A tab was chosen or the panel opened or closed (internal: not composed, it is the owner's business, not the page's). detail: {active, open}
 * @slot actions - Buttons beside the tabs (e.g. the language switch).
 * @csspart panel - The panel box.
 * @csspart tabs - The tab list.
 * @cssproperty [--lz-panel-background=#ffffff] - Panel background.
 */
export class LzPanel extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host {
        position: absolute;
        z-index: 800;
        top: 8px;
        right: 8px;
        width: min(340px, calc(100% - 16px));
        max-height: calc(100% - 16px);
        display: flex;
      }
      :host([narrow]) {
        top: auto;
        right: 0;
        left: 0;
        bottom: 0;
        width: 100%;
        max-height: 60%;
      }
      .box {
        display: flex;
        flex-direction: column;
        width: 100%;
        min-height: 0;
        background: var(--lz-panel-background, #ffffff);
        color: var(--lz-color-text, #1f2937);
        border: 1px solid #d1d5db;
        border-radius: 8px;
        box-shadow: 0 2px 10px rgba(0, 0, 0, 0.18);
      }
      :host([narrow]) .box {
        border-radius: 12px 12px 0 0;
      }
      header {
        display: flex;
        align-items: center;
        gap: 4px;
        padding: 6px;
        border-bottom: 1px solid #e5e7eb;
      }
      :host(:not([open])) header {
        border-bottom: none;
      }
      [role='tablist'] {
        display: flex;
        gap: 2px;
        flex: 1;
        min-width: 0;
      }
      button {
        min-height: 32px;
        min-width: 32px;
        padding: 4px 10px;
        border: 1px solid transparent;
        border-radius: 6px;
        background: transparent;
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      button:hover {
        background: #f3f4f6;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--lz-color-accent, #9a3412);
        color: #fff;
      }
      .toggle svg {
        display: block;
        transition: transform 0.15s;
      }
      /* The chevron points where the panel will go: a card at the top folds up and opens down, a
         sheet at the bottom opens up and folds down. */
      :host([open]:not([narrow])) .toggle svg,
      :host([narrow]:not([open])) .toggle svg {
        transform: rotate(180deg);
      }
      .body {
        overflow: auto;
        min-height: 0;
        padding: 8px;
        overscroll-behavior: contain;
      }
      .body[hidden] {
        display: none;
      }
    `,
  ];

  /** The tabs, in order. */
  @property({ attribute: false }) tabs: PanelTab[] = [];
  /** Id of the tab shown. */
  @property() active = '';
  /** Whether the body is shown (false: only the tab bar). */
  @property({ type: Boolean, reflect: true }) open = true;
  /** Bottom-sheet layout, for small screens. */
  @property({ type: Boolean, reflect: true }) narrow = false;
  /** Accessible label of the collapse button when open / closed. */
  @property({ attribute: false }) labels = { collapse: 'Collapse', expand: 'Expand', tabs: 'Panels' };

  private change(active: string, open: boolean): void {
    emitInternal(this, 'lz-panel-change', { active, open });
  }

  private onTabKey(e: KeyboardEvent): void {
    // Arrow keys move between tabs, as the ARIA tabs pattern asks.
    const i = this.tabs.findIndex((tab) => tab.id === this.active);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step || i < 0) return;
    e.preventDefault();
    const next = this.tabs[(i + step + this.tabs.length) % this.tabs.length];
    this.change(next.id, true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus());
  }

  /** Moves focus to the open tab's content (a skip link's target). */
  focusBody(): void {
    this.renderRoot.querySelector<HTMLElement>('.body')?.focus();
  }

  render() {
    return html`<section class="box" part="panel">
      <header>
        <div role="tablist" part="tabs" aria-label=${this.labels.tabs} @keydown=${this.onTabKey}>
          ${this.tabs.map(
            (tab) =>
              html`<button
                role="tab"
                id="tab-${tab.id}"
                aria-selected=${tab.id === this.active ? 'true' : 'false'}
                aria-controls="body"
                tabindex=${tab.id === this.active ? 0 : -1}
                @click=${() => this.change(tab.id, tab.id === this.active ? !this.open : true)}
              >
                ${tab.label}
              </button>`,
          )}
        </div>
        <slot name="actions"></slot>
        <button
          class="toggle"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="body"
          aria-label=${this.open ? this.labels.collapse : this.labels.expand}
          title=${this.open ? this.labels.collapse : this.labels.expand}
          @click=${() => this.change(this.active, !this.open)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
        </button>
      </header>
      <div
        class="body"
        id="body"
        role="tabpanel"
        tabindex="-1"
        aria-labelledby="tab-${this.active}"
        ?hidden=${!this.open}
      >
        <slot name=${this.active}></slot>
      </div>
    </section>`;
  }
}

define('lz-panel', LzPanel);

declare global {
  interface HTMLElementTagNameMap {
    'lz-panel': LzPanel;
  }
}
