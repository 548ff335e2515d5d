/**
 * The page side of the iframe bridge: talk to a `<iframe src=".../embed.html?origins=...">` as if it
 * were the element. Built as `dist-lib/liangzhou-frame.js` for pages that embed the iframe only.
 *
 * ```js
 * import { connectFrame } from './liangzhou-frame.js';
 * const frame = connectFrame(document.querySelector('iframe'));
 * frame.on('lz-site-select', ({ id }) => console.log(id));
 * await frame.showSite('tiantishan-grottoes');
 * ```
 *
 * Messages are heard only from that iframe's window and origin, and sent to that origin only.
 */
import type { LzEventMap, LzEventName } from '../components/events';
import { HOST_SOURCE, RESULT_TYPE, readFrameMessage, type BridgeCommand } from './bridge-protocol';
import type { EmbedAttribute } from './embed-params';

export interface LiangzhouFrame {
  /** The map frame's origin: the only one heard and posted to. */
  readonly origin: string;
  /** Listens to one of the element's events; returns a function that stops listening. */
  on<K extends LzEventName>(type: K, listener: (detail: LzEventMap[K]) => void): () => void;
  /** As the element's methods; resolve to their return value once the map has drawn. */
  showSite(id: string): Promise<boolean>;
  setLayerVisible(id: string, visible: boolean): Promise<boolean>;
  fitTo(id: string): Promise<boolean>;
  /** Sets (or with `null` removes) one of the element's attributes; false when the value was refused. */
  setAttribute(name: EmbedAttribute, value: string | null): Promise<boolean>;
  /** Stops listening; pending commands reject. */
  destroy(): void;
}

export interface ConnectFrameOptions {
  /** The frame's origin. Default: the origin of the iframe's `src`. */
  origin?: string;
  /** How long a command waits for its answer. Default: 15000 ms (the map answers after it has drawn). */
  timeoutMs?: number;
}

export function connectFrame(iframe: HTMLIFrameElement, options: ConnectFrameOptions = {}): LiangzhouFrame {
  const origin = options.origin ?? new URL(iframe.src, document.baseURI).origin;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const listeners = new Map<string, Set<(detail: never) => void>>();
  const pending = new Map<number, { resolve: (ok: boolean) => void; reject: (err: Error) => void; timer: number }>();
  let nextId = 1;

  const onMessage = (e: MessageEvent) => {
    if (e.source !== iframe.contentWindow || e.origin !== origin) return;
    const message = readFrameMessage(e.data);
    if (!message) return;
    if (message.type === RESULT_TYPE) {
      const request = pending.get(message.detail.requestId);
      if (!request) return;
      pending.delete(message.detail.requestId);
      window.clearTimeout(request.timer);
      request.resolve(message.detail.ok);
      return;
    }
    for (const listener of listeners.get(message.type) ?? []) (listener as (d: unknown) => void)(message.detail);
  };
  window.addEventListener('message', onMessage);

  const send = (command: BridgeCommand): Promise<boolean> =>
    new Promise((resolve, reject) => {
      const target = iframe.contentWindow;
      if (!target) return reject(new Error('liangzhou-map frame: the iframe is not in the document'));
      const requestId = nextId++;
      const timer = window.setTimeout(() => {
        pending.delete(requestId);
        reject(new Error(`liangzhou-map frame: no answer to ${command.command} within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(requestId, { resolve, reject, timer });
      target.postMessage({ source: HOST_SOURCE, requestId, ...command }, origin);
    });

  return {
    origin,
    on(type, listener) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener as (detail: never) => void);
      return () => listeners.get(type)?.delete(listener as (detail: never) => void);
    },
    showSite: (id) => send({ command: 'showSite', id }),
    setLayerVisible: (id, visible) => send({ command: 'setLayerVisible', id, visible }),
    fitTo: (id) => send({ command: 'fitTo', id }),
    setAttribute: (name, value) => send({ command: 'setAttribute', name, value }),
    destroy() {
      window.removeEventListener('message', onMessage);
      for (const request of pending.values()) {
        window.clearTimeout(request.timer);
        request.reject(new Error('liangzhou-map frame: disconnected'));
      }
      pending.clear();
      listeners.clear();
    },
  };
}
