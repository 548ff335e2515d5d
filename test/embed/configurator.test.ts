/**
 * The configurator (configurator.html's <lz-configurator>): its form drives a live <liangzhou-map>,
 * the snippets follow as text, copying works with and without the Clipboard API, and it is accessible.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/embed/index';
import '../../src/app/configurator/lz-configurator';
import type { LzConfigurator } from '../../src/app/configurator/lz-configurator';
import type { LiangzhouMap } from '../../src/components/liangzhou-map';
import { builtInFiles } from '../../src/data/built-in-files';
import { parseLayout } from '../../src/data/parse-layout';
import { nextEvent, waitFor } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function mountConfigurator(lang = 'en'): Promise<{ c: LzConfigurator; root: ShadowRoot; preview: LiangzhouMap }> {
  const c = document.createElement('lz-configurator');
  c.lang = lang;
  const preview = new Promise<void>((resolve) => c.addEventListener('lz-ready', () => resolve(), { once: true }));
  document.body.append(c);
  await c.updateComplete;
  await preview;
  const root = c.shadowRoot!;
  return { c, root, preview: root.querySelector('liangzhou-map')! };
}

const snippet = (root: ShadowRoot, kind: string) =>
  root.querySelector<HTMLTextAreaElement>(`textarea[data-snippet="${kind}"]`)!.value;

function input(root: ShadowRoot, selector: string): HTMLInputElement {
  return root.querySelector<HTMLInputElement>(selector)!;
}

async function change(
  c: LzConfigurator,
  el: HTMLInputElement | HTMLSelectElement,
  value?: string | boolean,
): Promise<void> {
  if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
  else if (value !== undefined) el.value = value;
  el.dispatchEvent(
    new Event(el instanceof HTMLSelectElement || el.type === 'checkbox' || el.type === 'radio' ? 'change' : 'input', {
      bubbles: true,
    }),
  );
  await c.updateComplete;
}

describe('<lz-configurator>', () => {
  it('offers the site filter: only one area, one category or one theme, in the preview and the snippets', async () => {
    const { c, root, preview } = await mountConfigurator();
    await change(c, root.querySelector<HTMLSelectElement>('select[name="only-area"]')!, 'south');
    await preview.updateComplete;
    const south = preview.shownSiteIds;
    expect(south).toEqual(
      parseLayout(builtInFiles)
        .sites.filter((s) => s.zone === 'south')
        .map((s) => s.id),
    );
    expect(preview.getAttribute('layers')).toContain('-area:core');
    expect(snippet(root, 'script')).toContain(`layers="${preview.getAttribute('layers')}"`);
    await change(c, root.querySelector<HTMLSelectElement>('select[name="only-theme"]')!, 'none');
    await preview.updateComplete;
    expect(preview.getAttribute('layers')).toContain('-theme:buddhist');
    expect(preview.getAttribute('layers')).not.toContain('-theme:none');
    expect(preview.shownSiteIds.length).toBeLessThan(south.length);
    expect(root.querySelector('select[name="only-theme"]')!.closest('label')!.textContent).toContain(
      'Only the sites of this theme',
    );
    // One category too: with the area and theme reset, the preview shows that category's sites alone.
    await change(c, root.querySelector<HTMLSelectElement>('select[name="only-area"]')!, '');
    await change(c, root.querySelector<HTMLSelectElement>('select[name="only-theme"]')!, '');
    await change(c, root.querySelector<HTMLSelectElement>('select[name="only-category"]')!, 'temple');
    await preview.updateComplete;
    expect(preview.shownSiteIds).toEqual(
      parseLayout(builtInFiles)
        .sites.filter((s) => s.category === 'temple')
        .map((s) => s.id),
    );
    expect(snippet(root, 'script')).toContain('-category:museum');
    expect(root.querySelector('select[name="only-category"]')!.closest('label')!.textContent).toContain(
      'Only the sites of this category',
    );
  });

  it('drives the live preview and the snippets from its form', async () => {
    const { c, root, preview } = await mountConfigurator();
    expect(snippet(root, 'script')).toContain(
      '<liangzhou-map lang="zh-CN" style="width: 100%; height: 480px"></liangzhou-map>',
    );

    await change(c, root.querySelectorAll<HTMLInputElement>('input[name="map-lang"]')[1], true);
    expect(preview.getAttribute('lang')).toBe('en');
    expect(snippet(root, 'script')).toContain('lang="en"');
    expect(snippet(root, 'iframe')).toContain('embed.html?lang=en');

    await change(c, input(root, 'input[name="layer"][value="east"]'), false);
    await change(c, input(root, 'input[name="layer"][value="axis"]'), false);
    expect(preview.getAttribute('layers')).toBe('core,west,south,north,sites');
    await preview.updateComplete;
    expect(preview.isLayerVisible('east')).toBe(false);
    expect(snippet(root, 'script')).toContain('layers="core,west,south,north,sites"');

    await change(c, root.querySelector<HTMLSelectElement>('select[name="site"]')!, 'tiantishan-grottoes');
    expect(preview.getAttribute('site')).toBe('tiantishan-grottoes');
    expect(snippet(root, 'npm')).toContain('site="tiantishan-grottoes"');

    await change(c, input(root, 'input[name="height"]'), '360px');
    await change(c, input(root, 'input[name="colour-accent"]'), '#0f766e');
    await change(c, input(root, 'input[name="colour-zone-south"]'), '#123456');
    expect(preview.style.height).toBe('360px');
    expect(preview.style.getPropertyValue('--lz-color-accent')).toBe('#0f766e');
    expect(getComputedStyle(preview.shadowRoot!.querySelector('path.lz-zone-south')!).fill).toBe('rgb(18, 52, 86)');
    expect(snippet(root, 'script')).toContain(
      'style="width: 100%; height: 360px; --lz-color-accent: #0f766e; --lz-zone-south: #123456"',
    );
    expect(snippet(root, 'iframe')).toContain('accent=%230f766e&amp;zone-south=%23123456');
  });

  it('takes the start view from the preview when asked', async () => {
    const { c, root, preview } = await mountConfigurator();
    expect(snippet(root, 'script')).not.toContain('center=');
    await change(c, input(root, 'input[name="use-view"]'), true);
    const moved = nextEvent(preview, 'lz-view-change');
    preview.fitTo('south');
    const { detail } = await moved;
    await c.updateComplete;
    const text = snippet(root, 'script');
    expect(text).toContain(`center="${detail.center[0].toFixed(5)},${detail.center[1].toFixed(5)}"`);
    expect(text).toContain(`zoom="${Math.round(detail.zoom * 4) / 4}"`);
    expect(root.querySelector('.readout')!.textContent).toContain(detail.center[0].toFixed(5));
  });

  it('follows a site opened in the preview', async () => {
    const { c, root, preview } = await mountConfigurator();
    preview.showSite('haizang-temple');
    await c.updateComplete;
    expect(root.querySelector<HTMLSelectElement>('select[name="site"]')!.value).toBe('haizang-temple');
    expect(snippet(root, 'script')).toContain('site="haizang-temple"');
  });

  it('refuses a size or a hosting URL it cannot use, saying why', async () => {
    const { c, root } = await mountConfigurator();
    await change(c, input(root, 'input[name="width"]'), '100%"><img src=x onerror=alert(1)>');
    expect(input(root, 'input[name="width"]').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#width-error')!.textContent).toMatch(/number with a unit/);
    expect(snippet(root, 'script')).toContain('width: 100%;');
    expect(snippet(root, 'script')).not.toContain('<img');
    await change(c, input(root, 'input[name="base"]'), 'javascript:alert(1)');
    expect(root.querySelector('#base-help')!.textContent).toMatch(/http/);
    expect(root.querySelector('textarea[data-snippet="script"]')).toBeNull();
    await change(c, input(root, 'input[name="base"]'), 'https://cdn.example/"><script>alert(1)</script>/');
    expect(snippet(root, 'script')).toContain(
      'https://cdn.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E/liangzhou-map.js',
    );
    expect(root.querySelectorAll('img, script').length).toBe(0);
  });

  it('copies with the Clipboard API', async () => {
    const { root } = await mountConfigurator();
    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
      written.push(text);
    });
    root.querySelector<HTMLButtonElement>('button[data-copy="iframe"]')!.click();
    await waitFor(() => root.querySelector('#snippet-iframe-status')!.textContent || null, 'status');
    expect(written).toEqual([snippet(root, 'iframe')]);
    expect(root.querySelector('#snippet-iframe-status')!.textContent).toBe('Copied.');
  });

  it('falls back to selecting the text when the Clipboard API is refused', async () => {
    const { root } = await mountConfigurator('zh-CN');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const exec = vi.spyOn(document, 'execCommand').mockReturnValue(false);
    root.querySelector<HTMLButtonElement>('button[data-copy="script"]')!.click();
    await waitFor(() => root.querySelector('#snippet-script-status')!.textContent || null, 'status');
    expect(exec).toHaveBeenCalledWith('copy');
    const field = root.querySelector<HTMLTextAreaElement>('textarea[data-snippet="script"]')!;
    expect(root.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    expect(root.querySelector('#snippet-script-status')!.textContent).toMatch(/Ctrl\+C/);
  });

  it('switches its own language', async () => {
    const { c, root } = await mountConfigurator('zh-CN');
    expect(root.querySelector('h1')!.textContent).toBe('嵌入地图配置器');
    root.querySelector<HTMLButtonElement>('button[lang="en"]')!.click();
    await c.updateComplete;
    expect(root.querySelector('h1')!.textContent).toBe('Embed configurator');
    expect(c.getAttribute('lang')).toBe('en');
    expect(root.querySelector('button[lang="en"]')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('labels every control and passes axe-core', async () => {
    const { c, root } = await mountConfigurator();
    for (const control of root.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      const named =
        control.closest('label') ||
        control.getAttribute('aria-labelledby') ||
        control.getAttribute('aria-label') ||
        control.textContent!.trim();
      expect(named, control.outerHTML.slice(0, 80)).toBeTruthy();
    }
    const result = await axe.run(c);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // axe did look inside the shadow root: the form's labels were checked.
    expect(result.passes.find((p) => p.id === 'label')?.nodes.length ?? 0).toBeGreaterThan(15);
  });
});
