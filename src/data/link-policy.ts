/**
 * Which web links a popup may show: the publishing policy for URLs, shared by the build-time check of
 * the built-in data (test/geo) and by the run-time reading of a bureau's own file. No zod here: the
 * built-in data goes through `toSite` too, and this must stay small.
 *
 * A link is shown only when it is https, on a host of a publisher a tourism bureau can stand behind
 * (official pages, canonical Wikipedia, reputable publishers), and the string is a bare URL: the
 * research table had notes appended after URLs, which still pass `new URL()` and make a broken href.
 */
import type { LocalizedText, SiteLink } from '../model/types';

/** The most links one popup shows: more is a research list, not a reading suggestion. */
export const MAX_LINKS = 3;

interface Publisher {
  /** Exact host, or a suffix starting with a dot (any subdomain of it). */
  host: string;
  label: LocalizedText;
}

/**
 * Hosts a link may point to, with the publisher's name in both languages (the label a link gets
 * when its data gives none). Kept short on purpose: mirrors, proxies, content farms, forums, self-media,
 * travel agencies and shops are left out by not being here (see ../shared CONTENT-AUDIT §4).
 */
export const PUBLISHERS: readonly Publisher[] = [
  { host: '.gov.cn', label: { zh: '政府官方网站', en: 'Official government site' } },
  { host: 'zh.wikipedia.org', label: { zh: '维基百科（中文）', en: 'Wikipedia (Chinese)' } },
  { host: 'en.wikipedia.org', label: { zh: '维基百科（英文）', en: 'Wikipedia (English)' } },
  { host: 'de.wikipedia.org', label: { zh: '维基百科（德文）', en: 'Wikipedia (German)' } },
  { host: 'zh.wikisource.org', label: { zh: '维基文库', en: 'Wikisource' } },
  { host: 'www.lonelyplanet.com', label: { zh: 'Lonely Planet（孤独星球）', en: 'Lonely Planet' } },
  { host: 'www.chinadaily.com.cn', label: { zh: '中国日报', en: 'China Daily' } },
  { host: '.chinadaily.com.cn', label: { zh: '中国日报', en: 'China Daily' } },
  { host: 'www.chinanews.com.cn', label: { zh: '中国新闻网', en: 'China News Service' } },
  { host: '.chinanews.com.cn', label: { zh: '中国新闻网', en: 'China News Service' } },
  { host: '.people.com.cn', label: { zh: '人民网', en: "People's Daily Online" } },
  { host: '.news.cn', label: { zh: '新华网', en: 'Xinhua' } },
  { host: 'news.cri.cn', label: { zh: '国际在线', en: 'China Radio International' } },
  { host: 'gscn.com.cn', label: { zh: '中国甘肃网', en: 'Gansu news portal (gscn.com.cn)' } },
  { host: '.gscn.com.cn', label: { zh: '中国甘肃网', en: 'Gansu news portal (gscn.com.cn)' } },
  { host: 'gs.ifeng.com', label: { zh: '凤凰网甘肃', en: 'Phoenix New Media, Gansu' } },
  { host: 'www.thepaper.cn', label: { zh: '澎湃新闻', en: 'The Paper' } },
  { host: 'www.buddhistdoor.net', label: { zh: 'Buddhistdoor Global', en: 'Buddhistdoor Global' } },
];

/** The publisher of an allowed host, or undefined. */
export function publisherOf(host: string): Publisher | undefined {
  const h = host.toLowerCase();
  return PUBLISHERS.find((p) =>
    p.host.startsWith('.') ? h.endsWith(p.host) && h.length > p.host.length : h === p.host,
  );
}

/**
 * Why a URL may not be shown, or undefined when it may. A sentence fragment for a GeoDataError.
 */
export function linkProblem(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length === 0) return 'should be a URL string';
  if (url.length > 2000) return 'is too long (at most 2000 characters)';
  // Text after the URL ("https://x.org/a (mirror)") still parses; any whitespace means it is not a bare URL.
  if (/\s/.test(url)) return `should be a bare URL with nothing after it, got ${JSON.stringify(url.slice(0, 60))}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `is not a URL, got ${JSON.stringify(url.slice(0, 60))}`;
  }
  if (parsed.protocol !== 'https:') return `should be an https link, got ${JSON.stringify(parsed.protocol)}`;
  if (parsed.username || parsed.password) return 'should not carry a user name or password';
  if (parsed.port) return 'should use the default https port';
  // A trailing dot ("de.wikipedia.org.") is the same host to DNS but not the canonical one.
  if (parsed.hostname.endsWith('.')) return `should name the canonical host, without a trailing dot`;
  if (!publisherOf(parsed.hostname))
    return `is on ${JSON.stringify(parsed.hostname)}, which is not on the list of publishers the map links to`;
  return undefined;
}

export interface LinkProblem {
  /** Path below the feature's properties, e.g. `links[1].url`. */
  field: string;
  problem: string;
}

function isLocalized(v: unknown): v is LocalizedText {
  if (v === null || typeof v !== 'object') return false;
  const t = v as Record<string, unknown>;
  return typeof t.zh === 'string' && typeof t.en === 'string' && t.zh.trim() !== '' && t.en.trim() !== '';
}

/**
 * One link entry, `{url, label}` or a bare URL string (older files), checked: the link, or the
 * problem. A missing label becomes the publisher's name.
 */
export function readLink(raw: unknown, field: string): { link?: SiteLink; problem?: LinkProblem } {
  const url =
    typeof raw === 'string' ? raw : raw && typeof raw === 'object' ? (raw as { url?: unknown }).url : undefined;
  const urlField = typeof raw === 'string' ? field : `${field}.url`;
  const problem = linkProblem(url);
  if (problem) return { problem: { field: urlField, problem } };
  const label = raw && typeof raw === 'object' ? (raw as { label?: unknown }).label : undefined;
  const publisher = publisherOf(new URL(url as string).hostname)!;
  return {
    link: {
      url: url as string,
      label: isLocalized(label) ? { zh: label.zh, en: label.en } : { ...publisher.label },
    },
  };
}

/**
 * The links a site may show, at most MAX_LINKS, and one problem per link left out.
 * @param raw - the feature's `links` value (anything: the file is hostile)
 */
export function readLinks(raw: unknown): { links: SiteLink[]; problems: LinkProblem[] } {
  const links: SiteLink[] = [];
  const problems: LinkProblem[] = [];
  if (raw === undefined) return { links, problems };
  if (!Array.isArray(raw)) return { links, problems: [{ field: 'links', problem: 'should be an array of links' }] };
  raw.forEach((entry, i) => {
    const { link, problem } = readLink(entry, `links[${i}]`);
    if (problem) problems.push(problem);
    else if (links.length >= MAX_LINKS)
      problems.push({ field: `links[${i}]`, problem: `is one more than the ${MAX_LINKS} links a site may show` });
    else if (link) links.push(link);
  });
  return { links, problems };
}
