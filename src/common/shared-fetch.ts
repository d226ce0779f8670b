import type { CheckResult } from '../data/check-dataset.js';
import { fetchDataset } from '../data/load.js';

interface InFlight {
  readonly result: Promise<CheckResult>;
  readonly abort: AbortController;
  users: number;
}

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
 * way (a timeline and a map with the same `src` on one page). `release` says a view no longer waits; the fetch is
 * aborted when none does. Settled fetches are not kept (nothing outlives the views that asked).
 */
export function fetchShared(
  src: string,
  placesSrc: string | undefined,
  geojsonFields?: unknown,
): { readonly result: Promise<CheckResult>; readonly release: () => void } {
  const fields = geojsonFields === undefined || geojsonFields === null ? '' : JSON.stringify(geojsonFields);
  const key = `${absolute(src)}\n${placesSrc === undefined ? '' : absolute(placesSrc)}\n${fields}`;
  let entry = inFlight.get(key);
  if (!entry) {
    const abort = new AbortController();
    const created: InFlight = {
      result: fetchDataset(src, { signal: abort.signal, placesUrl: placesSrc, geojsonFields }),
      abort,
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
  return {
    result: shared.result,
    release: () => {
      if (released) return;
      released = true;
      if (--shared.users > 0) return;
      shared.abort.abort();
      if (inFlight.get(key) === shared) inFlight.delete(key);
    },
  };
}
