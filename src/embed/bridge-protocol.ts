/**
 * The postMessage protocol between embed.html (the map, in an iframe) and the page around it.
 * Pure: it reads and writes plain objects; the window plumbing is in iframe-bridge.ts (map side)
 * and parent-bridge.ts (page side).
 *
 * Map -> page: every `lz-*` event of the element, as `{source: 'liangzhou-map', type, detail}`, and
 * one `{source: 'liangzhou-map', type: 'lz-bridge-result', detail: {requestId, ok}}` per command.
 * Page -> map: `{source: 'liangzhou-map-host', requestId?, command, ...}` with the commands below.
 *
 * Whoever frames embed.html can name itself in `origins`, so everything sent to the page is treated
 * as public: `lz-error` crosses as a fixed category and the field, never the problem's text (which
 * can quote a fetched file), and `src`/`tiles` are set over the bridge only where the deployment
 * allows it (embed-policy.ts).
 */
import { PUBLIC_EVENTS, type LzPublicEventMap, type LzPublicEventName } from '../components/events';
import { GEO_DATA_CATEGORIES, type GeoDataCategory } from '../data/geo-data-error';
import { checkAttribute, type EmbedAttribute } from './embed-params';

export const FRAME_SOURCE = 'liangzhou-map';
export const HOST_SOURCE = 'liangzhou-map-host';
export const RESULT_TYPE = 'lz-bridge-result';

/** The element's events the bridge passes on: every public one (events.ts), so none is forgotten. */
export const BRIDGED_EVENTS: readonly LzPublicEventName[] = PUBLIC_EVENTS;

export type BridgeCommand =
  | { command: 'showSite'; id: string }
  | { command: 'setLayerVisible'; id: string; visible: boolean }
  | { command: 'fitTo'; id: string }
  | { command: 'setAttribute'; name: EmbedAttribute; value: string | null };

export type HostMessage = BridgeCommand & { source: typeof HOST_SOURCE; requestId?: number };

export type FrameEventMessage = {
  [K in LzPublicEventName]: { source: typeof FRAME_SOURCE; type: K; detail: LzPublicEventMap[K] };
}[LzPublicEventName];
export interface FrameResultMessage {
  source: typeof FRAME_SOURCE;
  type: typeof RESULT_TYPE;
  detail: { requestId: number; ok: boolean };
}
export type FrameMessage = FrameEventMessage | FrameResultMessage;

/** Layer, site and fit ids: `core`, `district`, `baita-temple`, `category:temple`, `theme:han`. */
const LAYER_OR_SITE_ID = /^[a-z0-9][a-z0-9-]{0,63}(?::[a-z0-9][a-z0-9-]{0,63})?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Attributes that make the map fetch or show a URL: set over the bridge only when the deployment allows. */
export const BRIDGE_DATA_ATTRIBUTES: readonly EmbedAttribute[] = [
  'src',
  'tiles',
  'tianditu-key',
  'tiles-datum',
  // An approval number is a claim made in the bureau's name: only the deployment sets it.
  'map-review-number',
];

export interface ReadHostOptions {
  /** Whether `setAttribute` may name `src` or `tiles` (embed-policy.ts). Default false. */
  bridgeData?: boolean;
}

/** A command from the page, checked field by field; undefined for anything else. Never throws. */
export function readHostMessage(data: unknown, options: ReadHostOptions = {}): HostMessage | undefined {
  if (!isRecord(data) || data.source !== HOST_SOURCE) return undefined;
  if (data.requestId !== undefined && !isRequestId(data.requestId)) return undefined;
  const base = {
    source: HOST_SOURCE as typeof HOST_SOURCE,
    ...(data.requestId !== undefined && { requestId: data.requestId as number }),
  };
  const id = typeof data.id === 'string' && LAYER_OR_SITE_ID.test(data.id) ? data.id : undefined;
  switch (data.command) {
    case 'showSite':
      return id ? { ...base, command: 'showSite', id } : undefined;
    case 'fitTo':
      return id ? { ...base, command: 'fitTo', id } : undefined;
    case 'setLayerVisible':
      return id && typeof data.visible === 'boolean'
        ? { ...base, command: 'setLayerVisible', id, visible: data.visible }
        : undefined;
    case 'setAttribute': {
      if (typeof data.name !== 'string') return undefined;
      if (!options.bridgeData && (BRIDGE_DATA_ATTRIBUTES as readonly string[]).includes(data.name)) return undefined;
      const checked = checkAttribute(data.name, data.value === undefined ? undefined : data.value);
      return checked ? { ...base, command: 'setAttribute', name: checked.name, value: checked.value } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The request id of something that claims to be a command from the page, valid or not: a refused
 * command is answered `ok: false` rather than left to time out.
 */
export function requestIdOf(data: unknown): number | undefined {
  return isRecord(data) && data.source === HOST_SOURCE && isRequestId(data.requestId) ? data.requestId : undefined;
}

/** A message from the map frame; undefined for anything else (other widgets use postMessage too). */
export function readFrameMessage(data: unknown): FrameMessage | undefined {
  if (!isRecord(data) || data.source !== FRAME_SOURCE || !isRecord(data.detail)) return undefined;
  if (data.type === RESULT_TYPE) {
    const { requestId, ok } = data.detail;
    return isRequestId(requestId) && typeof ok === 'boolean'
      ? { source: FRAME_SOURCE, type: RESULT_TYPE, detail: { requestId, ok } }
      : undefined;
  }
  if (typeof data.type !== 'string' || !(BRIDGED_EVENTS as readonly string[]).includes(data.type)) return undefined;
  return data as FrameEventMessage;
}

export function eventMessage<K extends LzPublicEventName>(type: K, detail: LzPublicEventMap[K]): FrameEventMessage {
  return { source: FRAME_SOURCE, type, detail } as FrameEventMessage;
}

export function resultMessage(requestId: number, ok: boolean): FrameResultMessage {
  return { source: FRAME_SOURCE, type: RESULT_TYPE, detail: { requestId, ok } };
}

/**
 * Where the map frame posts its events: the parent's origin when the browser tells it and it is
 * allowed (`location.ancestorOrigins`, Chromium and Safari), else every allowed origin: postMessage
 * delivers only to a window whose origin matches, so at most one of them arrives. Never `*`.
 */
export function postTargets(allowed: readonly string[], parentOrigin?: string | null): string[] {
  if (parentOrigin) return allowed.includes(parentOrigin) ? [parentOrigin] : [];
  return [...allowed];
}

/** `lz-error` as it crosses the bridge: a fixed category and where, never what the file said. */
export interface BridgedError {
  /** Made from the other fields only: `<file>: <category>` (and the field). */
  message: string;
  category: GeoDataCategory;
  /** The URL or file name as the map was given it. */
  file: string;
  /** `#<index>` of the feature: its id is the file's content. */
  feature?: string;
  /** The dotted schema path, e.g. `properties.name.en`. */
  field?: string;
}

const FIELD = /^[A-Za-z][A-Za-z0-9_]{0,40}(?:(?:\.[A-Za-z][A-Za-z0-9_]{0,40})|\[\d{1,6}\]){0,12}$/;

/**
 * The category of an lz-error detail: its own when it says one, else read from the start of the
 * problem, which is this code's fixed wording (anything quoted from a file comes after it).
 */
function categoryOf(detail: Record<string, unknown>, file: string): GeoDataCategory {
  if ((GEO_DATA_CATEGORIES as readonly unknown[]).includes(detail.category)) return detail.category as GeoDataCategory;
  if (detail.feature !== undefined || detail.field !== undefined || typeof detail.message !== 'string')
    return 'invalid-data';
  const prefix = `${file}: `;
  const problem = detail.message.startsWith(prefix) ? detail.message.slice(prefix.length) : '';
  if (/^is not valid JSON/.test(problem)) return 'not-json';
  if (/^is far too large/.test(problem)) return 'too-large';
  if (/^gave no complete answer/.test(problem)) return 'timeout';
  if (/^could not be fetched/.test(problem)) return 'fetch-failed';
  if (/^is (?:on |not an http\(s\) URL|not a URL)/.test(problem)) return 'not-allowed';
  return 'invalid-data';
}

/** The public form of an lz-error detail (or of anything): see BridgedError. Never throws. */
export function bridgeErrorDetail(detail: unknown): BridgedError {
  const d = isRecord(detail) ? detail : {};
  const file = typeof d.file === 'string' ? d.file.slice(0, 2048) : 'unknown';
  const category = categoryOf(d, file);
  const index = typeof d.feature === 'string' ? /#(\d{1,9})\)?$/.exec(d.feature)?.[1] : undefined;
  const feature = index === undefined ? undefined : `#${index}`;
  const field = typeof d.field === 'string' && FIELD.test(d.field) ? d.field : undefined;
  const where = [feature && `feature ${feature}`, field && `field ${field}`].filter(Boolean).join(', ');
  return {
    message: `${file}${where ? `, ${where}` : ''}: ${category}`,
    category,
    file,
    ...(feature !== undefined && { feature }),
    ...(field !== undefined && { field }),
  };
}
