/**
 * The tourist's journey of issue 9, played on the built page (dist/index.html) on a 375 × 667 touch
 * phone, counting what it costs the visitor: taps, typed strings, and swipes (scrolls).
 *
 *   find 雷台 and 天梯山, read both, plan 4 sites over 2 days, share, navigate.
 *
 * Every step goes through `tap`, `type` or `read`, which count. A tap first checks that its target
 * is on screen and the topmost thing at its centre; when it is not (below the sheet's fold, say), the
 * visitor would have to swipe: one swipe is counted and the target scrolled into view. `read` counts
 * the swipes needed to see the whole site card (scrolling inside it, or dragging the map when the
 * card runs off the screen). Run by `npm run bench`, or alone:
 * `npx tsx scripts/bench-journey.ts [dist folder]` (default dist/, built when missing), so the same
 * journey can be played against an older build (a `git worktree` of an older commit, built there).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from 'playwright';
import { findChromium } from './find-chromium';
import { serveDir } from './serve-dir';

const root = join(fileURLToPath(import.meta.url), '../..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));

const counts = { taps: 0, typed: 0, swipes: 0 };
const log: string[] = [];

/** Whether the element's centre is on screen and it (or something inside it) is topmost there, through shadow roots. */
function onScreen(loc: Locator): Promise<boolean> {
  return loc.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (!r.width || !r.height || x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    let scope: Document | ShadowRoot = document;
    let hit: Element | null = null;
    for (;;) {
      const next: Element | null = scope.elementFromPoint(x, y);
      if (!next || next === hit) break;
      hit = next;
      if (!next.shadowRoot) break;
      scope = next.shadowRoot;
    }
    for (let n: Node | null = hit; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === el) return true;
    return false;
  });
}

/** Brings `loc` on screen, counting one swipe when the visitor would need one. */
async function reach(loc: Locator, what: string): Promise<void> {
  await loc.waitFor({ state: 'attached' });
  if (await onScreen(loc)) return;
  counts.swipes++;
  log.push(`  swipe to ${what}`);
  await loc.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  if (!(await onScreen(loc))) throw new Error(`${what} cannot be reached even after a swipe`);
}

async function tap(loc: Locator, what: string): Promise<void> {
  await reach(loc, what);
  await loc.tap();
  counts.taps++;
  log.push(`  tap ${what}`);
}

async function type(loc: Locator, text: string): Promise<void> {
  await reach(loc, 'the search field');
  await loc.fill(text);
  counts.typed++;
  log.push(`  type "${text}"`);
}

/** Reads the open site card to its end: one swipe per further screenful of it. */
async function read(page: Page, id: string): Promise<void> {
  const card = page.locator('.leaflet-popup lz-site-card');
  await page.waitForFunction(
    (siteId) => {
      const map = document.querySelector('liangzhou-map')!;
      const c = map.shadowRoot!.querySelector('.leaflet-popup lz-site-card') as
        (Element & { site?: { id: string } }) | null;
      return c?.site?.id === siteId;
    },
    id,
    { timeout: 10_000 },
  );
  // The popup is sized to the map's free part once its card has rendered: wait until it stops changing.
  let last = '';
  for (;;) {
    const size = await card.evaluate(
      (el) =>
        new Promise<string>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const box = el.closest('.leaflet-popup')!.getBoundingClientRect();
              done(`${box.top},${box.height},${el.scrollHeight}`);
            }),
          ),
        ),
    );
    if (size === last) break;
    last = size;
  }
  const swipes = await card.evaluate((el) => {
    // The popup's own scroller (the card or its nearest scrolling ancestor), if it has one.
    let scroller: Element | null = el;
    while (
      scroller &&
      !(scroller.scrollHeight > scroller.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(scroller).overflowY))
    )
      scroller = scroller.parentElement;
    // What shows of it on screen; the rest takes swipes: inside the scroller, about its visible height
    // each, or, for a popup cut off by the screen's edge, dragging the map by most of the screen.
    const box = (scroller ?? el.closest('.leaflet-popup')!).getBoundingClientRect();
    const visible = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
    const content = scroller ? scroller.scrollHeight : box.height;
    const hidden = content - visible;
    if (hidden <= 1) return 0;
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
    return Math.ceil(hidden / (0.8 * (scroller ? visible : innerHeight)));
  });
  counts.swipes += swipes;
  log.push(`  read ${id}${swipes ? ` (${swipes} swipe${swipes > 1 ? 's' : ''} to its end)` : ''}`);
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) {
    if (process.argv[2]) throw new Error(`no index.html in ${dist}`);
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const served = await serveDir(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    // Only our page: a map app's link is checked, not followed.
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    const page = await context.newPage();
    await page.goto(served.url);
    const map = page.locator('liangzhou-map');
    await page.waitForFunction(() => document.querySelector('liangzhou-map')?.shadowRoot?.querySelector('lz-panel'));

    const find = async (query: string, id: string, name: string) => {
      log.push(`find ${name}:`);
      await tap(map.locator('#tab-list'), 'the Sites tab');
      await type(map.locator('lz-site-list input[part~="search"]'), query);
      await tap(map.locator(`lz-site-list [part~="item"][data-site-id="${id}"]`), `${name} in the list`);
      await read(page, id);
      await tap(map.locator('.leaflet-popup lz-site-card [part~="trip"]'), '加入行程');
    };
    await find('雷台', 'leitai-han-tomb', '雷台');
    await find('天梯山', 'tiantishan-grottoes', '天梯山');
    await find('文庙', 'wuwei-confucian-temple', '文庙');
    await find('海藏寺', 'haizang-temple', '海藏寺');

    log.push('plan 2 days:');
    await tap(map.locator('#tab-trip'), 'the Trip tab');
    // The shortest way the build offers: a stop's 移到新的一天 where it has one, else 添加一天 first.
    const firstMore = map.locator('lz-trip-day li[data-site-id="tiantishan-grottoes"]').first();
    const newDay = (await firstMore.locator('button.to-new-day').count()) > 0;
    if (!newDay) await tap(map.locator('lz-trip-panel button.add-day'), '添加一天');
    for (const [id, name, i] of [
      ['tiantishan-grottoes', '天梯山', 0],
      ['haizang-temple', '海藏寺', 1],
    ] as const) {
      const stop = map.locator(`lz-trip-day li[data-site-id="${id}"]`).first();
      await tap(stop.locator('summary[data-control="more"]'), `更多 of ${name}`);
      if (newDay && i === 0) await tap(stop.locator('button.to-new-day'), `移到新的一天 for ${name}`);
      else await tap(stop.locator('button.to-day').first(), `移到第2天 for ${name}`);
    }
    const days = await map
      .locator('lz-trip-day')
      .evaluateAll((els) =>
        els.map((d) =>
          [...d.shadowRoot!.querySelectorAll('li[data-site-id]')].map((li) => li.getAttribute('data-site-id')),
        ),
      );
    if (days.length !== 2 || days.flat().length !== 4)
      throw new Error(`the trip is not 4 sites over 2 days: ${JSON.stringify(days)}`);

    log.push('share:');
    await tap(map.locator('lz-trip-share button.show-qr'), '显示二维码');
    await map.locator('lz-trip-share [part~="qr"]').waitFor();
    await reach(map.locator('lz-trip-share [part~="qr"]'), 'the QR code');

    log.push('navigate to the first stop:');
    const first = map.locator('lz-trip-day li[data-site-id="leitai-han-tomb"]').first();
    await tap(first.locator('summary[data-control="more"]'), '更多 of 雷台');
    const amap = first.locator('a.nav').first();
    await reach(amap, '高德地图');
    const href = await amap.getAttribute('href');
    if (!href?.startsWith('https://uri.amap.com/navigation')) throw new Error(`not a navigation link: ${href}`);
    counts.taps++; // the tap that opens the map app
    log.push('  tap 高德地图 (its link is a route, checked, not followed)');
  } finally {
    await browser.close();
    served.server.close();
  }

  console.log(`\nThe phone journey (375 × 667, zh-CN) on ${dist}:`);
  console.log(log.join('\n'));
  const total = counts.taps + counts.typed + counts.swipes;
  console.log(`Actions: ${counts.taps} taps, ${counts.typed} typed strings, ${counts.swipes} swipes: ${total} in all.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
