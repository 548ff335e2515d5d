import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { cssProps } from '../../components/css-props';
import { define } from '../../components/define';
import { afterMessages } from '../../components/messages-ready';
import type { LzEventMap } from '../../components/events';
import { builtInFilesReady } from '../../data/built-in-files';
import type { LayoutFiles } from '../../data/parse-layout';
import { parseSites } from '../../data/parse-sites';
import { EMBED_COLOURS, type EmbedColour } from '../../embed/embed-params';
import { localized } from '../../i18n/localized';
import { addZh, t } from '../../i18n/t';
import { toLang } from '../../i18n/to-lang';
import { AREA_IDS, CATEGORIES, type AreaId, type Category, type Lang, type Site } from '../../model/types';
import { THEME_CHOICES, type ThemeChoice } from '../../search/layer-ids';
import { QUERY_MAX_CHARS, toReviewNumber, toTiandituKey } from '../../state/attributes';
import { BASE_MAP_IDS } from '../../state/base-map';
import { DEFAULT_LAYERS } from '../../state/map-state';
import { formatCenter } from '../../state/parse-center';
import { copyText } from './copy-text';
import { configuratorStyles } from './lz-configurator.styles';
import { tc } from './messages';
import {
  DEFAULT_CHOICE,
  DEFAULT_COLOURS,
  elementStyle,
  hostedBase,
  iframeSnippet,
  isCssLength,
  npmSnippet,
  layersValue,
  queryValue,
  scriptSnippet,
  type EmbedChoice,
} from './snippets';
import { namesZh } from '../../i18n/messages-names';

// The category and theme names come with the elements that show them (t.ts).
addZh(namesZh);

type SnippetKind = 'script' | 'iframe' | 'npm';

/**
 * The embed configurator for a bureau's web team: pick the map's language, layers, start view, the
 * site opened at the start, size and colours on a live `<liangzhou-map>`, and copy a snippet (script
 * tag, iframe or npm import). Snippets are text in read-only fields, never HTML in this page.
 *
 * @attr lang - Interface language of the configurator itself: `zh-CN` (default) or `en`.
 */
export class LzConfigurator extends LitElement {
  static styles = configuratorStyles;

  /** Interface language of the configurator; reflected, so its text carries the right `lang`. */
  @property({ reflect: true }) lang = 'zh-CN';

  @state() private choice: EmbedChoice = { ...DEFAULT_CHOICE, colours: {} };
  @state() private useView = false;
  @state() private lastView?: { center: [number, number]; zoom: number };
  @state() private base = '';
  @state() private status: Partial<Record<SnippetKind, string>> = {};
  private sites: Site[] = [];

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.base) this.base = new URL('./', location.href).href;
    if (this.sites.length > 0) return;
    const take = (files: LayoutFiles) => {
      if (this.sites.length === 0) this.sites = parseSites(JSON.parse(files['sites.geojson']), 'sites.geojson');
    };
    // At once where the files are bundled (dev, tests); once fetched in the built page.
    if (builtInFilesReady instanceof Promise) void builtInFilesReady.then(take);
    else take(builtInFilesReady);
  }

  /** The layer, area and base-map names come from the map's messages: in English, wait for them (t.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterMessages(this.lang, () => super.scheduleUpdate());
  }

  private get ui(): Lang {
    return toLang(this.lang);
  }

  /** The choice the snippets describe: the form, plus the preview's view when asked for. */
  private get effective(): EmbedChoice {
    return { ...this.choice, view: this.useView ? this.lastView : undefined };
  }

  private choose<K extends keyof EmbedChoice>(key: K, value: EmbedChoice[K]): void {
    this.choice = { ...this.choice, [key]: value };
    this.status = {};
  }

  render() {
    const ui = this.ui;
    const choice = this.effective;
    const base = hostedBase(this.base);
    const snippets: Array<[SnippetKind, string, string]> = base
      ? [
          ['script', tc(ui, 'snippetScript'), scriptSnippet(choice, base)],
          ['iframe', tc(ui, 'snippetIframe'), iframeSnippet(choice, base, tc(choice.lang, 'iframeTitle'))],
          ['npm', tc(ui, 'snippetNpm'), npmSnippet(choice)],
        ]
      : [['npm', tc(ui, 'snippetNpm'), npmSnippet(choice)]];
    return html`
      <header>
        <h1>${tc(ui, 'title')}</h1>
        <div role="group" aria-label=${tc(ui, 'uiLanguage')}>
          <button
            type="button"
            lang="zh-CN"
            aria-pressed=${String(ui === 'zh-CN')}
            @click=${() => (this.lang = 'zh-CN')}
          >
            中文
          </button>
          <button type="button" lang="en" aria-pressed=${String(ui === 'en')} @click=${() => (this.lang = 'en')}>
            English
          </button>
        </div>
      </header>
      <p class="intro">${tc(ui, 'intro')}</p>
      <div class="layout">
        <form @submit=${(e: Event) => e.preventDefault()}>${this.renderForm(ui)}</form>
        <div>
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">${tc(ui, 'preview')}</h2>
            <div class="preview">${this.renderPreview()}</div>
          </section>
          <section aria-labelledby="snippets-title">
            <h2 id="snippets-title" class="spaced">${tc(ui, 'snippets')}</h2>
            ${snippets.map(([kind, title, text]) => this.renderSnippet(kind, title, text))}
          </section>
        </div>
      </div>
    `;
  }

  private renderForm(ui: Lang) {
    const c = this.choice;
    const zoneName = (id: string) =>
      id === 'core' || id === 'axis' || id === 'sites' ? t(ui, `layer.${id}`) : t(ui, `area.${id as 'east'}`);
    const widthOk = isCssLength(c.width);
    const heightOk = isCssLength(c.height);
    const baseOk = !!hostedBase(this.base);
    const keyOk = !c.tiandituKey || !!toTiandituKey(c.tiandituKey);
    const reviewOk = !c.reviewNumber || !!toReviewNumber(c.reviewNumber);
    const sites = [...this.sites].sort((a, b) => localized(a.name, ui).localeCompare(localized(b.name, ui), ui));
    return html`
      <fieldset>
        <legend>${tc(ui, 'mapLanguage')}</legend>
        ${(['zh-CN', 'en'] as const).map(
          (lang) =>
            html`<label
              ><input
                type="radio"
                name="map-lang"
                .checked=${live(c.lang === lang)}
                @change=${() => this.choose('lang', lang)}
              />
              <span lang=${lang}>${lang === 'en' ? 'English' : '中文'}</span></label
            >`,
        )}
      </fieldset>

      <fieldset>
        <legend>${tc(ui, 'layers')}</legend>
        ${DEFAULT_LAYERS.map(
          (id) =>
            html`<label
              ><input
                type="checkbox"
                name="layer"
                value=${id}
                .checked=${live(c.layers.includes(id))}
                @change=${(e: Event) => this.toggleLayer(id, (e.target as HTMLInputElement).checked)}
              />${zoneName(id)}</label
            >`,
        )}
      </fieldset>

      <fieldset>
        <legend>${tc(ui, 'siteFilter')}</legend>
        <label class="stack"
          >${tc(ui, 'onlyArea')}
          <select
            name="only-area"
            @change=${(e: Event) => this.choose('area', ((e.target as HTMLSelectElement).value || undefined) as AreaId)}
          >
            <option value="" ?selected=${!c.area}>${tc(ui, 'anyFilter')}</option>
            ${AREA_IDS.map((a) => html`<option value=${a} ?selected=${c.area === a}>${t(ui, `area.${a}`)}</option>`)}
          </select>
        </label>
        <label class="stack"
          >${tc(ui, 'onlyCategory')}
          <select
            name="only-category"
            @change=${(e: Event) =>
              this.choose('category', ((e.target as HTMLSelectElement).value || undefined) as Category)}
          >
            <option value="" ?selected=${!c.category}>${tc(ui, 'anyFilter')}</option>
            ${CATEGORIES.map((k) => html`<option value=${k} ?selected=${c.category === k}>${t(ui, `category.${k}`)}</option>`)}
          </select>
        </label>
        <label class="stack"
          >${tc(ui, 'onlyTheme')}
          <select
            name="only-theme"
            @change=${(e: Event) =>
              this.choose('theme', ((e.target as HTMLSelectElement).value || undefined) as ThemeChoice)}
          >
            <option value="" ?selected=${!c.theme}>${tc(ui, 'anyFilter')}</option>
            ${THEME_CHOICES.map((th) => html`<option value=${th} ?selected=${c.theme === th}>${t(ui, `theme.${th}`)}</option>`)}
          </select>
        </label>
        <label class="stack"
          >${tc(ui, 'searchText')}
          <input
            type="search"
            name="query"
            maxlength=${QUERY_MAX_CHARS}
            .value=${live(c.query ?? '')}
            @input=${(e: Event) => this.choose('query', (e.target as HTMLInputElement).value || undefined)}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>${tc(ui, 'startView')}</legend>
        <label
          ><input
            type="checkbox"
            name="use-view"
            .checked=${live(this.useView)}
            @change=${(e: Event) => (this.useView = (e.target as HTMLInputElement).checked)}
          />
          ${tc(ui, 'useCurrentView')}</label
        >
        <p class="readout" aria-live="polite">
          ${
            this.useView && this.lastView
              ? tc(ui, 'viewReadout', {
                  center: formatCenter(this.lastView.center),
                  zoom: String(Math.round(this.lastView.zoom * 4) / 4),
                })
              : tc(ui, 'wholeDistrict')
          }
        </p>
        <label class="stack"
          >${tc(ui, 'site')}
          <select
            name="site"
            @change=${(e: Event) => this.choose('site', (e.target as HTMLSelectElement).value || undefined)}
          >
            <option value="" ?selected=${!c.site}>${tc(ui, 'noSite')}</option>
            ${sites.map((s) => html`<option value=${s.id} ?selected=${c.site === s.id}>${localized(s.name, ui)}</option>`)}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>${tc(ui, 'size')}</legend>
        <label class="stack"
          >${tc(ui, 'width')}
          <input
            type="text"
            name="width"
            inputmode="text"
            .value=${live(c.width)}
            aria-invalid=${String(!widthOk)}
            aria-describedby="width-error"
            @input=${(e: Event) => this.choose('width', (e.target as HTMLInputElement).value)}
          />
        </label>
        <p class="error" id="width-error">${widthOk ? nothing : tc(ui, 'invalidLength')}</p>
        <label class="stack"
          >${tc(ui, 'height')}
          <input
            type="text"
            name="height"
            .value=${live(c.height)}
            aria-invalid=${String(!heightOk)}
            aria-describedby="height-error"
            @input=${(e: Event) => this.choose('height', (e.target as HTMLInputElement).value)}
          />
        </label>
        <p class="error" id="height-error">${heightOk ? nothing : tc(ui, 'invalidLength')}</p>
      </fieldset>

      <fieldset>
        <legend>${tc(ui, 'colours')}</legend>
        ${(Object.keys(EMBED_COLOURS) as EmbedColour[]).map(
          (k) =>
            html`<label
              ><input
                type="color"
                name=${`colour-${k}`}
                .value=${live(c.colours[k] ?? DEFAULT_COLOURS[k])}
                @input=${(e: Event) => this.choose('colours', { ...this.choice.colours, [k]: (e.target as HTMLInputElement).value })}
              />${tc(ui, `colour.${k}`)}</label
            >`,
        )}
        <div><button type="button" @click=${() => this.choose('colours', {})}>${tc(ui, 'resetColours')}</button></div>
      </fieldset>

      <fieldset>
        <legend>${tc(ui, 'more')}</legend>
        <label class="stack"
          >${tc(ui, 'tiles')}
          <select
            name="tiles"
            @change=${(e: Event) => this.choose('tiles', (e.target as HTMLSelectElement).value as EmbedChoice['tiles'])}
          >
            ${BASE_MAP_IDS.map(
              (id) => html`<option value=${id} ?selected=${c.tiles === id}>${t(ui, `baseMap.${id}`)}</option>`,
            )}
          </select>
        </label>
        <label class="stack"
          >${tc(ui, 'tiandituKey')}
          <input
            name="tianditu-key"
            autocomplete="off"
            spellcheck="false"
            .value=${live(c.tiandituKey ?? '')}
            aria-invalid=${String(!keyOk)}
            aria-describedby="tianditu-key-help"
            @input=${(e: Event) => this.choose('tiandituKey', (e.target as HTMLInputElement).value)}
          />
        </label>
        <p class=${keyOk ? 'help' : 'error'} id="tianditu-key-help">
          ${keyOk ? tc(ui, 'tiandituKeyHelp') : tc(ui, 'invalidTiandituKey')}
        </p>
        <label class="stack"
          >${tc(ui, 'reviewNumber')}
          <input
            name="map-review-number"
            .value=${live(c.reviewNumber ?? '')}
            aria-invalid=${String(!reviewOk)}
            aria-describedby="review-number-help"
            @input=${(e: Event) => this.choose('reviewNumber', (e.target as HTMLInputElement).value)}
          />
        </label>
        <p class=${reviewOk ? 'help' : 'error'} id="review-number-help">
          ${reviewOk ? tc(ui, 'reviewNumberHelp') : tc(ui, 'invalidReviewNumber')}
        </p>
        <label class="stack"
          >${tc(ui, 'gestures')}
          <select
            name="gestures"
            @change=${(e: Event) => this.choose('gestures', (e.target as HTMLSelectElement).value as EmbedChoice['gestures'])}
          >
            <option value="cooperative" ?selected=${c.gestures === 'cooperative'}>
              ${tc(ui, 'gesturesCooperative')}
            </option>
            <option value="greedy" ?selected=${c.gestures === 'greedy'}>${tc(ui, 'gesturesGreedy')}</option>
          </select>
        </label>
        <label class="stack"
          >${tc(ui, 'hosting')}
          <input
            type="url"
            name="base"
            .value=${live(this.base)}
            aria-invalid=${String(!baseOk)}
            aria-describedby="base-help"
            @input=${(e: Event) => {
              this.base = (e.target as HTMLInputElement).value;
              this.status = {};
            }}
          />
        </label>
        <p class=${baseOk ? 'help' : 'error'} id="base-help">
          ${baseOk ? tc(ui, 'hostingHelp') : tc(ui, 'invalidHosting')}
        </p>
      </fieldset>
    `;
  }

  private renderPreview() {
    const c = this.choice;
    // Set through the CSSOM, never as a style attribute string: fine under a strict CSP.
    const style = Object.fromEntries(
      elementStyle(c)
        .split('; ')
        .map((d) => d.split(': ') as [string, string]),
    );
    return html`<liangzhou-map
      lang=${c.lang}
      layers=${ifDefined(layersValue(c))}
      site=${ifDefined(c.site)}
      query=${ifDefined(queryValue(c))}
      tiles=${c.tiles}
      tianditu-key=${ifDefined(toTiandituKey(c.tiandituKey))}
      map-review-number=${ifDefined(toReviewNumber(c.reviewNumber))}
      gestures=${c.gestures}
      ${cssProps(style)}
      @lz-view-change=${(e: CustomEvent<LzEventMap['lz-view-change']>) => (this.lastView = { center: e.detail.center, zoom: e.detail.zoom })}
      @lz-site-select=${(e: CustomEvent<LzEventMap['lz-site-select']>) => {
        if (this.choice.site !== e.detail.id) this.choose('site', e.detail.id);
      }}
    ></liangzhou-map>`;
  }

  private renderSnippet(kind: SnippetKind, title: string, text: string) {
    const ui = this.ui;
    return html`<div class="snippet">
      <div class="snippet-head">
        <h3 id=${`snippet-${kind}-title`}>${title}</h3>
        <button
          type="button"
          data-copy=${kind}
          aria-describedby=${`snippet-${kind}-status`}
          @click=${() => this.copy(kind, text)}
        >
          ${tc(ui, 'copy')}
        </button>
      </div>
      <textarea
        readonly
        spellcheck="false"
        data-snippet=${kind}
        aria-labelledby=${`snippet-${kind}-title`}
        .value=${text}
      ></textarea>
      <p class="status" id=${`snippet-${kind}-status`} role="status">${this.status[kind] ?? ''}</p>
    </div>`;
  }

  private async copy(kind: SnippetKind, text: string): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-snippet="${kind}"]`)!;
    const ok = await copyText(text, field);
    this.status = { [kind]: tc(this.ui, ok ? 'copied' : 'copyFailed') };
  }

  private toggleLayer(id: string, on: boolean): void {
    const layers = on ? [...this.choice.layers, id] : this.choice.layers.filter((l) => l !== id);
    this.choose(
      'layers',
      DEFAULT_LAYERS.filter((l) => layers.includes(l)),
    );
  }
}

define('lz-configurator', LzConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'lz-configurator': LzConfigurator;
  }
}
