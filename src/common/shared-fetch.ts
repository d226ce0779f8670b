import type { CheckResult } from '../data/check-dataset.js';
import { fetchDataset } from '../data/load.js';

/** How far the check of a large file has come: records checked, of how many. */
export interface CheckProgress {
  readonly checked: number;
  readonly total: number;
}

type ProgressListener = (progress: CheckProgress) => void;

interface InFlight {
  readonly result: Promise<CheckResult>;
  readonly abort: AbortController;
  readonly listeners: Set<ProgressListener>;
  /** The last progress reported, for a view that joins while the check is under way. */
  progress: CheckProgress | null;
  users: number;
}

/**
 * Files larger than this are parsed and checked in a worker. Measured in Chromium on this machine (bench/dataset.js,
 * about 180 bytes an event): checking on the main thread costs ~60 ms a MB, so 1 MB is where it alone would exceed
 * the 50 ms of a long task, while the worker adds ~25-40 ms before the first record is checked (its start, its chunk).
 */
export const OFF_THREAD_BYTES = 1_000_000;

/** Fetches under way, by address: views asking for the same data at the same time share one fetch and one check. */
const inFlight = new Map<string, InFlight>();

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * The checked data set at `src` (and `placesSrc`): one fetch and one check for every view that asks while it is under
 * way (a timeline and a map with the same `src` on one page), and `onProgress` hears how its check goes (large files). `release` says a view no longer waits; the fetch is
 * aborted when none does. Settled fetches are not kept (nothing outlives the views that asked).
 */
export function fetchShared(
  src: string,
  placesSrc: string | undefined,
  geojsonFields?: unknown,
  onProgress?: ProgressListener,
): { readonly result: Promise<CheckResult>; readonly release: () => void } {
  const fields = geojsonFields === undefined || geojsonFields === null ? '' : JSON.stringify(geojsonFields);
  const key = `${absolute(src)}\n${placesSrc === undefined ? '' : absolute(placesSrc)}\n${fields}`;
  let entry = inFlight.get(key);
  if (!entry) {
    const abort = new AbortController();
    const listeners = new Set<ProgressListener>();
    const report = (checked: number, total: number) => {
      created.progress = { checked, total };
      for (const listener of listeners) listener(created.progress);
    };
    const created: InFlight = {
      result: fetchDataset(src, {
        signal: abort.signal,
        placesUrl: placesSrc,
        geojsonFields,
        offThreadAbove: OFF_THREAD_BYTES,
        onProgress: report,
      }),
      abort,
      listeners,
      progress: null,
      users: 0,
    };
    const forget = () => {
      if (inFlight.get(key) === created) inFlight.delete(key);
    };
    created.result.then(forget, forget);
    inFlight.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.users++;
  let released = false;
  if (onProgress) {
    shared.listeners.add(onProgress);
    // A view that joins late hears where the check is, once it holds its `release`.
    queueMicrotask(() => {
      if (!released && shared.progress) onProgress(shared.progress);
    });
  }
  return {
    result: shared.result,
    release: () => {
      if (released) return;
      released = true;
      if (onProgress) shared.listeners.delete(onProgress);
      if (--shared.users > 0) return;
      shared.abort.abort();
      if (inFlight.get(key) === shared) inFlight.delete(key);
    },
  };
}
