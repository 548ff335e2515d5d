/**
 * The map side of the iframe bridge (embed.html): re-sends the element's events to the embedding
 * page and runs that page's commands. Only the parent window, and only from an allowed origin, is
 * heard; events go to allowed origins only, never to `*`. Protocol: bridge-protocol.ts.
 * `lz-error` leaves as its public form (bridgeErrorDetail): a category, never the file's words.
 */
import type { LiangzhouMap } from '../components/liangzhou-map';
import {
  BRIDGE_DATA_ATTRIBUTES,
  BRIDGED_EVENTS,
  bridgeErrorDetail,
  eventMessage,
  HOST_SOURCE,
  postTargets,
  readHostMessage,
  requestIdOf,
  resultMessage,
  type BridgeCommand,
} from './bridge-protocol';

export interface IframeBridgeOptions {
  /** Origins allowed to command the map and receive its events. */
  origins: readonly string[];
  /** The embedding window. Default: `window.parent`. */
  parent?: Window;
  /** The parent's origin when the browser says it (`location.ancestorOrigins[0]`). Default: read from `location`. */
  parentOrigin?: string | null;
  /** The window whose `message` events carry the commands. Default: `window`. */
  self?: Window;
  /** Whether commands may set `src` and `tiles` (the deployment's `liangzhou-bridge-data`). Default false. */
  bridgeData?: boolean;
  /** Where a refused command is reported on the map's side. Default: `console.warn`. */
  warn?: (message: string) => void;
}

function run(map: LiangzhouMap, command: BridgeCommand): boolean {
  switch (command.command) {
    case 'showSite':
      return map.showSite(command.id);
    case 'setLayerVisible':
      return map.setLayerVisible(command.id, command.visible);
    case 'fitTo':
      return map.fitTo(command.id);
    case 'setAttribute':
      if (command.value === null) map.removeAttribute(command.name);
      else map.setAttribute(command.name, command.value);
      return true;
  }
}

/**
 * Starts the bridge for `map`. Commands that arrive before the map has drawn wait for `lz-ready`.
 * Call before the element's first render so that `lz-ready` is heard. Returns a function that stops it.
 */
export function startIframeBridge(map: LiangzhouMap, options: IframeBridgeOptions): () => void {
  const self = options.self ?? window;
  const parent = options.parent ?? self.parent;
  const parentOrigin = options.parentOrigin === undefined ? self.location.ancestorOrigins?.[0] : options.parentOrigin;
  const allowed = [...options.origins];
  const targets = postTargets(allowed, parentOrigin);
  const undo: Array<() => void> = [];
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const warned = new Set<string>();
  /** Once per origin and reason: a misconfigured page can post often. */
  const warnOnce = (key: string, message: string) => {
    if (warned.has(key) || warned.size > 50) return;
    warned.add(key);
    warn(message);
  };

  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  for (const type of BRIDGED_EVENTS) {
    const forward = (e: Event) => {
      if (type === 'lz-ready') markReady();
      // Details are plain data (events.ts), so they survive structured cloning.
      const detail = (e as CustomEvent).detail;
      const message = eventMessage(type, type === 'lz-error' ? bridgeErrorDetail(detail) : detail);
      for (const origin of targets) parent.postMessage(message, origin);
    };
    map.addEventListener(type, forward);
    undo.push(() => map.removeEventListener(type, forward));
  }

  const onMessage = async (e: MessageEvent) => {
    if (e.source !== parent) return;
    const claimsCommand = typeof e.data === 'object' && e.data !== null && e.data.source === HOST_SOURCE;
    if (!allowed.includes(e.origin)) {
      // Not executed and not answered (the page must learn nothing), but said here, where the bureau looks.
      if (claimsCommand)
        warnOnce(
          `origin ${e.origin}`,
          `liangzhou-map embed: ignored a command from ${String(e.origin).slice(0, 200)}, which is not in origins (${allowed.join(' ')})`,
        );
      return;
    }
    const requestId = requestIdOf(e.data);
    const message = readHostMessage(e.data, { bridgeData: options.bridgeData });
    if (!message) {
      if (
        claimsCommand &&
        e.data.command === 'setAttribute' &&
        BRIDGE_DATA_ATTRIBUTES.includes(e.data.name) &&
        !options.bridgeData
      )
        warnOnce(
          `data ${e.data.name}`,
          `liangzhou-map embed: refused setAttribute ${e.data.name} over the bridge: this deployment does not allow it (meta liangzhou-bridge-data)`,
        );
      if (requestId !== undefined) parent.postMessage(resultMessage(requestId, false), e.origin);
      return;
    }
    await ready;
    const ok = run(map, message);
    if (requestId !== undefined) parent.postMessage(resultMessage(requestId, ok), e.origin);
  };
  self.addEventListener('message', onMessage);
  undo.push(() => self.removeEventListener('message', onMessage));

  return () => undo.forEach((f) => f());
}
