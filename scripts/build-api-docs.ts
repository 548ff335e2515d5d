/**
 * Writes docs/API.md from custom-elements.json (made by `cem analyze`, see
 * custom-elements-manifest.config.mjs) and the event details in src/components/events.ts.
 * `npm run analyze` runs both; the result is committed, and its diff is reviewed like code.
 *
 *   npx tsx scripts/build-api-docs.ts [custom-elements.json] [docs/API.md]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBED_ATTRIBUTES, EMBED_COLOURS } from '../src/embed/embed-params.ts';

interface Described {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  attribute?: string;
  reflects?: boolean;
  parameters?: Described[];
  return?: { type?: { text: string } };
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Array<Described & { fieldName?: string }>;
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Text for a Markdown table cell: one line, pipes escaped. */
function cell(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text: string | undefined): string {
  return text ? `\`${text.replace(/\|/g, '\\|')}\`` : '';
}

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '_None._\n';
  return (
    [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n') + '\n'
  );
}

/** `'lz-ready': { sites: number };` lines of the Lz*EventMap interfaces (public and internal), by event name. */
export function eventDetails(eventsTs: string): Map<string, string> {
  const body = [...eventsTs.matchAll(/interface Lz\w*EventMap\s*{([\s\S]*?)\n}/g)].map((m) => m[1]).join('\n');
  const details = new Map<string, string>();
  for (const m of body.matchAll(/'(lz-[a-z-]+)':\s*({[^}]*}|[^;]+);/g))
    details.set(m[1], m[2].replace(/\s+/g, ' ').trim());
  return details;
}

function elementSection(el: Declaration, details: Map<string, string>, level: string): string {
  const members = el.members ?? [];
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  const out: string[] = [];
  out.push(`${level} \`<${el.tagName}>\` (${el.name})\n`);
  if (el.description) out.push(`${el.description}\n`);

  out.push(`**Attributes**\n`);
  out.push(
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (el.attributes ?? []).map((a) => {
        const field = fields.find((f) => f.name === a.fieldName);
        const reflects = field?.reflects ? ' Reflected: the element updates the attribute.' : '';
        return [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          cell(`${a.description ?? ''}${reflects}`),
        ];
      }),
    ),
  );

  out.push(`**Properties**\n`);
  out.push(
    table(
      ['property', 'attribute', 'type', 'default', 'description'],
      fields.map((f) => [
        code(f.name),
        f.attribute ? code(f.attribute) : '(property only)',
        code(f.type?.text),
        code(f.default),
        cell(f.description),
      ]),
    ),
  );

  out.push(`**Methods**\n`);
  out.push(
    table(
      ['method', 'returns', 'description'],
      methods.map((m) => {
        const params = (m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ');
        return [code(`${m.name}(${params})`), code(m.return?.type?.text ?? 'void'), cell(m.description)];
      }),
    ),
  );

  out.push(
    el.tagName === 'liangzhou-map'
      ? `**Events** (all bubble and are composed: listen on the element or any ancestor)\n`
      : `**Events** (internal: they bubble to the owner inside its shadow root and are not composed)\n`,
  );
  out.push(
    table(
      ['event', 'detail', 'description'],
      (el.events ?? []).map((e) => [code(e.name), code(details.get(e.name)), cell(e.description)]),
    ),
  );

  out.push(`**CSS parts** (style with \`${el.tagName}::part(name)\`)\n`);
  out.push(
    table(
      ['part', 'description'],
      (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  );

  out.push(`**CSS custom properties** (set them on the element itself)\n`);
  out.push(
    table(
      ['property', 'default', 'description'],
      (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  );
  return out.join('\n');
}

const USAGE = `## Using the element

Build the widget with \`npm run build:lib\`; \`dist-lib/\` then holds the files below. Host them anywhere
(the same folder keeps the lite build's \`geo/\` beside it). The [configurator](../configurator.html)
writes these snippets for you, with a live preview.

| file | how to include | geo data |
|---|---|---|
| \`liangzhou-map.js\` | \`<script src="…/liangzhou-map.js"></script>\` (classic script; no global) | bundled |
| \`liangzhou-map.es.js\` | \`<script type="module" src="…/liangzhou-map.es.js"></script>\` or \`import { LiangzhouMap } from '…/liangzhou-map.es.js'\` | bundled |
| \`liangzhou-map.lite.js\` | \`<script type="module" src="…/liangzhou-map.lite.js"></script>\` | fetched from \`geo/\` next to the script, or from \`?geo=<folder URL>\` on the script's URL |
| \`liangzhou-frame.js\` | \`import { connectFrame } from '…/liangzhou-frame.js'\` | for pages that embed the iframe |

Every script registers \`<liangzhou-map>\` when it runs; loading one twice is harmless. The widget adds
nothing to the page but the element: no global variable, no \`<style>\` in the head (its CSS, Leaflet's
included, lives in its shadow root).

\`\`\`html
<script src="https://example.org/liangzhou/liangzhou-map.js"></script>
<liangzhou-map lang="en" layers="core,axis,south,sites" style="height: 480px; --lz-color-accent: #0f766e"></liangzhou-map>
<script>
  const map = document.querySelector('liangzhou-map');
  map.addEventListener('lz-site-select', (e) => console.log('opened', e.detail.id));
  map.addEventListener('lz-error', (e) => console.warn(e.detail.message));
</script>
\`\`\`

Theme colours are custom properties: set them on the element (its own defaults are on its \`:host\`,
which an ancestor's value does not override). Parts: \`liangzhou-map::part(map)\`, and the popup card's
\`card\`, \`title\` and \`note\`, which the card exports (\`liangzhou-map::part(title)\`).

### A bureau's own sites

\`src\` (a URL) or the \`sites\` property (an object) takes a GeoJSON FeatureCollection of sites in the
schema of [geo/README.md](../geo/README.md). This feature uses every field; only \`name\`, \`category\`,
\`themes\`, \`zone\`, \`description\`, \`precision\` and \`source\` are required. Fill the practical fields only
from a source you can name: without \`openingHours\` the popup says "hours unknown: check before you go".

\`\`\`json
{
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "id": "wuwei-museum",
      "geometry": { "type": "Point", "coordinates": [102.6375, 37.9402] },
      "properties": {
        "name": { "zh": "武威市博物馆", "en": "Wuwei Museum" },
        "pinyin": "wuweishibowuguan wu wei shi bo wu guan wwsbwg",
        "category": "museum",
        "themes": ["wuliang", "han"],
        "zone": "core",
        "description": { "zh": "（介绍）", "en": "(description)" },
        "heritage": { "zh": "国家一级博物馆", "en": "National first-class museum" },
        "era": { "zh": "2019年开馆", "en": "Opened 2019" },
        "precision": "surveyed",
        "confidence": "high",
        "visitMin": 90,
        "source": { "zh": "介绍和开放时间据本馆公告；位置经实地测量。", "en": "Facts and hours from the museum's notices; position surveyed on site." },
        "links": [
          { "url": "https://www.gswuwei.gov.cn/", "label": { "zh": "武威市人民政府", "en": "Wuwei municipal government" } }
        ],
        "address": { "zh": "凉州区（街道门牌）", "en": "(street address), Liangzhou District" },
        "openingHours": "Tu-Su 09:00-17:00",
        "closedDays": { "zh": "周一闭馆（法定节假日除外）", "en": "Closed on Mondays, except public holidays" },
        "free": false,
        "price": { "zh": "成人30元（示例）", "en": "Adults CNY 30 (example)" },
        "phone": "+86 935 000 0000",
        "booking": { "url": "https://www.gswuwei.gov.cn/", "label": { "zh": "预约", "en": "Book a visit" } },
        "wheelchair": "yes",
        "photo": {
          "url": "https://www.gswuwei.gov.cn/photo.jpg",
          "alt": { "zh": "博物馆正门", "en": "The museum's main entrance" },
          "credit": "Wuwei Museum",
          "licence": "CC BY 4.0"
        }
      }
    }
  ]
}
\`\`\`

- \`openingHours\` is OpenStreetMap's [\`opening_hours\`](https://wiki.openstreetmap.org/wiki/Key:opening_hours)
  syntax, read in Asia/Shanghai time wherever the visitor is. Rules that need public-holiday or sun-time
  data (\`PH\`, \`SH\`, \`sunrise\` …) show as unknown hours: put holiday closures into \`closedDays\` in words.
  The evaluator (the \`opening_hours\` library) loads only when a site has hours.
- \`links\` (at most 3), \`booking\` and \`photo.url\` follow the map's link policy: https, nothing after the
  URL, and a host on its list of publishers (\`*.gov.cn\`, zh/en/de.wikipedia.org, Lonely Planet, China Daily,
  中新网, 人民网, 新华网, 国际在线, 中国甘肃网 …; the list is \`PUBLISHERS\` in src/data/link-policy.ts). A link that
  fails is left out and reported as an \`lz-error\` naming the field (\`properties.links[1].url\`); the site stays.
  A plain URL string is still accepted as a link, labelled with the publisher's name.
- \`source\` may be a single string (shown in both languages), but a sentence per language reads better.
- A photo's host must also be allowed by the page's Content-Security-Policy \`img-src\`.

### As an iframe

\`embed.html\` (in the app build, \`dist/\`) shows the map alone and takes the element's attributes as URL
parameters: ${EMBED_ATTRIBUTES.map((a) => `\`${a}\``).join(', ')}; the colours ${Object.entries(EMBED_COLOURS)
  .map(([param, prop]) => `\`${param}\` (\`${prop}\`)`)
  .join(', ')} as hex values (\`%23\` for \`#\`); and \`origins\`, the
pages allowed to use the bridge. Values it cannot use are left out with a console warning.

\`\`\`html
<iframe src="https://example.org/liangzhou/embed.html?lang=en&site=tiantishan-grottoes&origins=https://bureau.example"
  title="Liangzhou culture and tourism map" width="800" height="480" style="border: 0" loading="lazy"></iframe>
\`\`\`

**Bridge.** The iframe re-sends each of the element's events to the page as
\`{source: 'liangzhou-map', type, detail}\` and accepts \`showSite\`, \`setLayerVisible\`, \`fitTo\` and
\`setAttribute\` (for the attributes above) from the parent window, only from an origin in \`origins\`
(default: the iframe's own origin). It posts only to those origins, never to \`*\`. The page-side helper
wraps this:

\`\`\`js
import { connectFrame } from 'https://example.org/liangzhou/liangzhou-frame.js';
const frame = connectFrame(document.querySelector('iframe'));
frame.on('lz-site-select', ({ id }) => console.log(id));
await frame.showSite('baita-temple'); // true, once the map has drawn
await frame.setAttribute('lang', 'zh-CN');
\`\`\`

Raw messages, for pages that do without the helper: send
\`{source: 'liangzhou-map-host', requestId: 1, command: 'showSite', id: 'baita-temple'}\` with the iframe's
origin as target origin; the answer is \`{source: 'liangzhou-map', type: 'lz-bridge-result', detail: {requestId: 1, ok: true}}\`.
`;

function main(): void {
  const [manifestPath = join(root, 'custom-elements.json'), outPath = join(root, 'docs/API.md')] =
    process.argv.slice(2);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const details = eventDetails(readFileSync(join(root, 'src/components/events.ts'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
  // The page-facing element first; the others are its parts (the popup card ...).
  elements.sort((a, b) =>
    a.tagName === 'liangzhou-map' ? -1 : b.tagName === 'liangzhou-map' ? 1 : a.tagName!.localeCompare(b.tagName!),
  );
  const [main, ...inner] = elements;
  if (!main || main.tagName !== 'liangzhou-map')
    throw new Error(`${manifestPath} has no <liangzhou-map>: run npm run analyze`);

  const md = [
    '# `<liangzhou-map>` API\n',
    '<!-- Generated by scripts/build-api-docs.ts from custom-elements.json (npm run analyze). Do not edit by hand: edit the class doc comments. -->\n',
    USAGE,
    '## Reference\n',
    elementSection(main, details, '###'),
    ...(inner.length
      ? [
          '## Inner elements\n',
          "Registered by the same script and used inside the map's shadow root; a page rarely uses them directly.\n",
        ]
      : []),
    ...inner.map((el) => elementSection(el, details, '###')),
  ].join('\n');
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, md.replace(/\n{3,}/g, '\n\n'));
  console.log(`build-api-docs: wrote ${outPath} (${elements.length} elements)`);
}

main();
