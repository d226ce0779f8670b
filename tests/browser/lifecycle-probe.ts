/**
 * Counts what elements leave behind: event listeners, observers, pending animation frames and running intervals.
 * Installed when imported, so import it before anything that captures these functions at load (Leaflet keeps its
 * own reference to `requestAnimationFrame`). No imports here, for the same reason.
 */

// ---- event listeners ---------------------------------------------------------------------------------------------

/** Per target: `type|capture` → the listeners added and not yet removed. */
const listeners = new Map<EventTarget, Map<string, Set<unknown>>>();
const originalAdd = EventTarget.prototype.addEventListener;
const originalRemove = EventTarget.prototype.removeEventListener;

const captureOf = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

function forget(target: EventTarget, key: string, listener: unknown): void {
  const byKey = listeners.get(target);
  byKey?.get(key)?.delete(listener);
  if (byKey?.get(key)?.size === 0) byKey.delete(key);
  if (byKey?.size === 0) listeners.delete(target);
}

EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
): void {
  originalAdd.call(this, type, listener, options);
  const signal = typeof options === 'object' ? options.signal : undefined;
  if (!listener || signal?.aborted) return;
  const key = `${type}|${captureOf(options)}`;
  let byKey = listeners.get(this);
  if (!byKey) listeners.set(this, (byKey = new Map()));
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = new Set()));
  set.add(listener);
  // A `once` listener goes after it fires, a signalled one when the signal aborts: follow both without wrapping it.
  if (typeof options === 'object' && options.once) {
    originalAdd.call(this, type, () => forget(this, key, listener), { once: true, capture: captureOf(options) });
  }
  if (signal) originalAdd.call(signal, 'abort', () => forget(this, key, listener), { once: true });
};

EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
): void {
  originalRemove.call(this, type, listener, options);
  forget(this, `${type}|${captureOf(options)}`, listener);
};

function describe(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList) return `matchMedia(${target.media})`;
  // The first class only: the others come and go with state (`has-highlight`), the first names the part.
  if (target instanceof Element) return `<${target.localName}${target.classList[0] ? `.${target.classList[0]}` : ''}>`;
  if (target instanceof ShadowRoot) return `#shadow-root of <${target.host.localName}>`;
  if (target instanceof Node) return target.nodeName;
  return target.constructor?.name ?? 'EventTarget';
}

/**
 * Live listeners: those on window, document and any other object that is not a node, and those on connected nodes
 * (a node inside a removed element is garbage with its listeners). Keys are `target type`, values counts.
 */
export function liveListeners(filter: (target: EventTarget) => boolean = () => true): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [target, byKey] of listeners) {
    if (target instanceof Node && target !== document && !target.isConnected) continue;
    if (!filter(target)) continue;
    for (const [key, set] of byKey) {
      const name = `${describe(target)} ${key.split('|')[0]}${key.endsWith('true') ? ' (capture)' : ''}`;
      counts.set(name, (counts.get(name) ?? 0) + set.size);
    }
  }
  return counts;
}

/** How many listeners `target` has now. */
export function listenerCount(target: EventTarget, type?: string): number {
  let count = 0;
  for (const [key, set] of listeners.get(target) ?? []) if (!type || key.startsWith(`${type}|`)) count += set.size;
  return count;
}

// ---- observers ---------------------------------------------------------------------------------------------------

/** Observer → what it observes now. */
const observing = new Map<object, Set<Node>>();

type ObserverConstructor = new (...args: never[]) => {
  observe(target: Node, options?: unknown): void;
  disconnect(): void;
};

function track(name: 'ResizeObserver' | 'IntersectionObserver' | 'MutationObserver'): void {
  const Original = (globalThis as unknown as Record<string, ObserverConstructor>)[name];
  const Tracked = class extends Original {
    override observe(target: Node, options?: unknown): void {
      super.observe(target, options);
      let set = observing.get(this);
      if (!set) observing.set(this, (set = new Set()));
      set.add(target);
    }
    unobserve(target: Node): void {
      (Original.prototype as unknown as { unobserve(target: Node): void }).unobserve.call(this, target);
      observing.get(this)?.delete(target);
      if (observing.get(this)?.size === 0) observing.delete(this);
    }
    override disconnect(): void {
      super.disconnect();
      observing.delete(this);
    }
  };
  Object.defineProperty(Tracked, 'name', { value: name });
  (globalThis as unknown as Record<string, unknown>)[name] = Tracked;
}
track('ResizeObserver');
track('IntersectionObserver');
track('MutationObserver');

/** Observers that still observe something, by kind. */
export function liveObservers(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const observer of observing.keys()) {
    const name = observer.constructor.name;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

// ---- animation frames and intervals ------------------------------------------------------------------------------

const pendingFrames = new Set<number>();
let frameRequests = 0;
const originalRequestFrame = window.requestAnimationFrame.bind(window);
const originalCancelFrame = window.cancelAnimationFrame.bind(window);
window.requestAnimationFrame = (callback: FrameRequestCallback): number => {
  frameRequests++;
  const id = originalRequestFrame((time) => {
    pendingFrames.delete(id);
    callback(time);
  });
  pendingFrames.add(id);
  return id;
};
window.cancelAnimationFrame = (id: number): void => {
  pendingFrames.delete(id);
  originalCancelFrame(id);
};

const intervals = new Set<number>();
const originalSetInterval = window.setInterval.bind(window);
const originalClearInterval = window.clearInterval.bind(window);
const originalClearTimeout = window.clearTimeout.bind(window);
window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = originalSetInterval(handler, timeout, ...args);
  intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number): void => {
  if (id !== undefined) intervals.delete(id);
  originalClearInterval(id);
}) as typeof window.clearInterval;
// Timers share one id space, so clearTimeout also stops an interval.
window.clearTimeout = ((id?: number): void => {
  if (id !== undefined) intervals.delete(id);
  originalClearTimeout(id);
}) as typeof window.clearTimeout;

/** Animation frames requested and not yet run or cancelled; all requests so far (to spot a loop); intervals running. */
export function timers(): { pendingFrames: number; frameRequests: number; intervals: number } {
  return { pendingFrames: pendingFrames.size, frameRequests, intervals: intervals.size };
}

/** Waits without requesting animation frames, so the frame counts stay the elements' own. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
