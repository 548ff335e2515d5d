import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from './base-styles';
import { define } from './define';
import { panelStyles } from './lz-panel.styles';
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
  static styles = [baseStyles, panelStyles];

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
    if ((e.key === 'Enter' || e.key === ' ') && i >= 0) {
      // Choosing the tab one is on shows it: Enter or Space must not fold the panel away, as the click
      // they would make does (a pointer's second click on the tab folds it; the collapse button does too).
      e.preventDefault();
      this.change(this.active, true);
      return;
    }
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
