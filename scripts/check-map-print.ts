/**
 * What the planner's printed map comes out as on paper (issue 12 item 5): opens the built full page
 * (dist/, `npm run build` first) in Chromium, asks the Analysis tab to print the map with a 5 km
 * corridor, and prints the page to PDF with the page size the document's CSS asks for. Reports the
 * PDF's pages and their size in points (A4 landscape is 842 × 595), in zh-CN and en.
 * Run: npx tsx scripts/check-map-print.ts
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { findChromium } from './find-chromium';
import { serveDir } from './serve-dir';

const dist = join(fileURLToPath(import.meta.url), '../../dist');
const { server, url } = await serveDir(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  for (const lang of ['zh-CN', 'en']) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}index.html?lang=${lang}&corridor=5`);
    await page.waitForFunction(() =>
      document.querySelector('liangzhou-map')?.shadowRoot?.querySelector('.lz-site-marker, .lz-cluster'),
    );
    // The print dialog would block: note the call instead, and keep the printed sheet until the PDF is made.
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.evaluate(() =>
      (document.querySelector('liangzhou-map') as HTMLElement & { printMap(): Promise<void> }).printMap(),
    );
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed);
    const file = join(tmpdir(), `lz-map-print-${lang}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const pdf = readFileSync(file).toString('latin1');
    rmSync(file);
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    const sizes = [...new Set([...pdf.matchAll(/\/MediaBox\s*\[([^\]]*)\]/g)].map((m) => m[1].trim()))].map((box) =>
      box
        .split(/\s+/)
        .slice(2)
        .map((v) => Math.round(Number(v)))
        .join(' × '),
    );
    console.log(
      `${lang}: ${pages} page(s), ${sizes.join(', ')} pt${sizes[0] === '842 × 595' ? ' (A4 landscape)' : ''}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
