import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CheckResult } from '../data/check-dataset.js';
import { fetchDataset, loadDatasetValue, loadFailure } from '../data/load.js';

/** How long a fetch may take before the element gives up and offers to try again, by default. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** Where an element's data comes from: its `data` property wins over its `src` URL. */
export interface DataSource {
  readonly src: string | null | undefined;
  readonly placesSrc?: string | null;
  readonly data: unknown;
  /** Seconds a fetch may take (0 or less: no limit). */
  readonly timeout?: number;
}

/**
 * Loads an element's data set: parses a `data` value at once, or fetches `src` (aborting the previous fetch when the
 * source changes). A fetch cut short by a disconnect starts again on reconnect. Never rejects: failures come back as
 * a result with diagnostics.
 */
export class DatasetLoader implements ReactiveController {
  readonly #onLoading: (loading: boolean) => void;
  readonly #onResult: (result: CheckResult) => void;
  #source: DataSource | null = null;
  #abort: AbortController | null = null;
  #interrupted = false;

  constructor(
    host: ReactiveControllerHost,
    handlers: { onLoading: (loading: boolean) => void; onResult: (result: CheckResult) => void },
  ) {
    this.#onLoading = handlers.onLoading;
    this.#onResult = handlers.onResult;
    host.addController(this);
  }

  /** Call when `src`, `placesSrc` or `data` changed. */
  load(source: DataSource): void {
    this.#source = source;
    this.#start();
  }

  /** Loads the same source again (the reader pressed Retry). */
  reload(): void {
    this.#start();
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.#start();
  }

  hostDisconnected(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = null;
    this.#interrupted = true;
    this.#onLoading(false);
  }

  #start(): void {
    this.#abort?.abort();
    this.#abort = null;
    const source = this.#source;
    if (!source) return;
    if (source.data !== null && source.data !== undefined) {
      this.#onLoading(false);
      this.#onResult(loadDatasetValue(source.data));
      return;
    }
    if (!source.src) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.#onLoading(true);
    const seconds = source.timeout ?? DEFAULT_TIMEOUT_SECONDS;
    let timedOut = false;
    const timer =
      seconds > 0 && Number.isFinite(seconds)
        ? setTimeout(() => {
            timedOut = true;
            abort.abort();
          }, seconds * 1000)
        : undefined;
    const src = source.src;
    fetchDataset(src, { signal: abort.signal, placesUrl: source.placesSrc ?? undefined }).then(
      (result) => {
        clearTimeout(timer);
        if (abort.signal.aborted) return;
        this.#abort = null;
        this.#onLoading(false);
        this.#onResult(result);
      },
      () => {
        clearTimeout(timer);
        // Otherwise only an abort rejects: a newer source or a disconnect replaced this fetch.
        if (!timedOut || this.#abort !== abort) return;
        this.#abort = null;
        this.#onLoading(false);
        this.#onResult(loadFailure(`could not load ${src}: no answer within ${seconds} s`));
      },
    );
  }
}
