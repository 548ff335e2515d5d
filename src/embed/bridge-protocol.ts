/**
 * The postMessage protocol between embed.html (the map, in an iframe) and the page around it.
 * Pure: it reads and writes plain objects; the window plumbing is in iframe-bridge.ts (map side)
 * and parent-bridge.ts (page side).
 *
 * Map -> page: every `lz-*` event of the element, as `{source: 'liangzhou-map', type, detail}`, and
 * one `{source: 'liangzhou-map', type: 'lz-bridge-result', detail: {requestId, ok}}` per command.
 * Page -> map: `{source: 'liangzhou-map-host', requestId?, command, ...}` with the commands below.
 */
import { PUBLIC_EVENTS, type LzPublicEventMap, type LzPublicEventName } from '../components/events';
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

/** A command from the page, checked field by field; undefined for anything else. */
export function readHostMessage(data: unknown): HostMessage | undefined {
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
