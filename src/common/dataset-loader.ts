import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CheckResult } from '../data/check-dataset.js';
import {
  loadDatasetValue,
  loadDatasetValueInSlices,
  loadFailure,
  loadGeojsonSupport,
  loadTimelineJs,
  needsGeojson,
  needsTimelineJs,
  recordCountOf,
  SLICED_CHECK_ABOVE,
} from '../data/load.js';
import { fetchShared, type CheckProgress } from './shared-fetch.js';

/** How far the check of each host's data has come, while a large file is checked (see `loadProgress`). */
const progressOf = new WeakMap<ReactiveControllerHost, CheckProgress>();

/** Records checked of how many, while `host` waits for the check of a large `src`; `null` otherwise. */
export function loadProgress(host: ReactiveControllerHost): CheckProgress | null {
  return progressOf.get(host) ?? null;
}

/** How long a fetch may take before the element gives up and offers to try again, by default. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** Where an element's data comes from: its `data` property wins over its `src` URL. */
export interface DataSource {
  readonly src: string | null | undefined;
  readonly placesSrc?: string | null;
  /** Which GeoJSON properties hold what (`"name:place, date:time"` or an object). */
  readonly geojsonFields?: unknown;
  readonly data: unknown;
  /** Seconds a fetch may take (0 or less: no limit). */
  readonly timeout?: number;
}

/**
 * Loads an element's data set: parses a `data` value at once, or fetches `src` (aborting the previous fetch when the
 * source changes; views asking for the same `src` at the same time share one fetch and one check). A fetch cut short by a disconnect starts again on reconnect. Never rejects: failures come back as
 * a result with diagnostics.
 */
export class DatasetLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onLoading: (loading: boolean) => void;
  readonly #onResult: (result: CheckResult) => void;
  #source: DataSource | null = null;
  /** Stops waiting for the fetch under way (shared with other views asking for the same data). */
  #release: (() => void) | null = null;
  #interrupted = false;

  constructor(
    host: ReactiveControllerHost,
    handlers: { onLoading: (loading: boolean) => void; onResult: (result: CheckResult) => void },
  ) {
    this.#host = host;
    this.#onLoading = handlers.onLoading;
    this.#onResult = handlers.onResult;
    host.addController(this);
  }

  /** Call when `src`, `placesSrc`, `geojsonFields` or `data` changed. */
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
    if (!this.#release) return;
    this.#release();
    this.#release = null;
    this.#interrupted = true;
    this.#forgetProgress();
    this.#onLoading(false);
  }

  /** TimelineJS or GeoJSON as `data`: its reader, a chunk of its own, is fetched first (unless the data changed meanwhile). */
  #readWith(source: DataSource, reader: { load: () => Promise<void>; name: string }): void {
    this.#onLoading(true);
    const done = (result: () => CheckResult) => {
      if (this.#source !== source) return;
      this.#onLoading(false);
      this.#onResult(result());
    };
    reader.load().then(
      () => done(() => loadDatasetValue(source.data, { geojsonFields: source.geojsonFields })),
      (error: unknown) =>
        done(() =>
          loadFailure(
            `could not load the ${reader.name} reader: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ),
    );
  }

  /** A large `data` object: checked in slices with progress ("Checking 48,000 of 1,000,000 records…"). */
  #checkInSlices(data: unknown, records: number): void {
    this.#onLoading(true);
    const abort = new AbortController();
    const release = () => abort.abort();
    this.#release = release;
    progressOf.set(this.#host, { checked: 0, total: records });
    this.#host.requestUpdate();
    const onProgress = (checked: number, total: number) => {
      if (this.#release !== release) return;
      progressOf.set(this.#host, { checked, total });
      this.#host.requestUpdate();
    };
    loadDatasetValueInSlices(data, { signal: abort.signal, onProgress }).then(
      (outcome) => {
        if (this.#release !== release) return;
        this.#release = null;
        this.#forgetProgress();
        this.#onLoading(false);
        this.#onResult(outcome);
      },
      // Only an abort rejects: the data changed, or the element left the page (it checks again on return).
      () => undefined,
    );
  }

  #forgetProgress(): void {
    if (progressOf.delete(this.#host)) this.#host.requestUpdate();
  }

  #start(): void {
    if (this.#release) {
      // What was loading is not wanted any more: the element is not loading until something else starts.
      this.#release();
      this.#release = null;
      this.#onLoading(false);
    }
    this.#forgetProgress();
    const source = this.#source;
    if (!source) return;
    if (source.data !== null && source.data !== undefined) {
      const data = source.data;
      const reader = needsTimelineJs(data)
        ? { load: loadTimelineJs, name: 'TimelineJS' }
        : needsGeojson(data)
          ? { load: loadGeojsonSupport, name: 'GeoJSON' }
          : null;
      const geojsonFields = source.geojsonFields;
      if (reader) {
        this.#readWith(source, reader);
        return;
      }
      const records = recordCountOf(data);
      if (records > SLICED_CHECK_ABOVE) {
        this.#checkInSlices(data, records);
        return;
      }
      this.#onLoading(false);
      this.#onResult(loadDatasetValue(data, { geojsonFields }));
      return;
    }
    if (!source.src) return;
    this.#onLoading(true);
    const src = source.src;
    const { result, release } = fetchShared(src, source.placesSrc ?? undefined, source.geojsonFields, (progress) => {
      if (this.#release !== release) return;
      progressOf.set(this.#host, progress);
      this.#host.requestUpdate();
    });
    this.#release = release;
    const finish = (outcome: CheckResult) => {
      clearTimeout(timer);
      if (this.#release !== release) return;
      this.#release = null;
      release();
      this.#forgetProgress();
      this.#onLoading(false);
      this.#onResult(outcome);
    };
    const seconds = source.timeout ?? DEFAULT_TIMEOUT_SECONDS;
    const timer =
      seconds > 0 && Number.isFinite(seconds)
        ? setTimeout(() => finish(loadFailure(`could not load ${src}: no answer within ${seconds} s`)), seconds * 1000)
        : undefined;
    result.then(finish, () => {
      // Only an abort rejects, once no view waits for this fetch any more.
      clearTimeout(timer);
    });
  }
}
