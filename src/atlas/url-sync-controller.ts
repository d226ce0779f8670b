import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';

export interface UrlSyncOptions {
  /** Whether the element keeps its state in the URL (`sync-url`). */
  enabled(): boolean;
  /** What to write: the selection, the timeline's window, the search and the hidden categories. */
  state(): UrlState;
  /** Applies a state read from the URL (on load and on `hashchange`). */
  apply(state: UrlState): void;
}

/**
 * The selection and window in the URL hash: read on load and on `hashchange` (at most once a frame), written at most
 * every 250 ms.
 */
export class UrlSyncController implements ReactiveController {
  readonly #options: UrlSyncOptions;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #frame = 0;

  constructor(host: ReactiveControllerHost, options: UrlSyncOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Applies what the URL says now. */
  read(): void {
    if (this.#options.enabled()) this.#options.apply(readUrlState(location.hash));
  }

  /** Writes the state soon (once for a burst of changes). */
  schedule(): void {
    if (!this.#options.enabled() || this.#timer !== null) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      const hash = writeUrlState(location.hash, this.#options.state());
      if (hash !== location.hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
    }, 250);
  }

  /** Puts the page's address, with the view in it, on the clipboard; false when the browser would not. */
  async copyLink(): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(location.href);
      return true;
    } catch {
      return false;
    }
  }

  /** A burst of changes (another page can fire thousands) is applied once, in the next frame, as the last one left it. */
  #onHashChange = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.read();
    });
  };
}
