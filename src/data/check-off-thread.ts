import type { CheckResult } from './check-dataset.js';
import type { Diagnostic } from './diagnostics.js';
import type { FetchedBody, FetchedFiles } from './load.js';
import { indexSteps, type LoadedEra, type LoadedEvent, type LoadedSeries } from './loaded.js';
import { runInSlices } from './steps.js';
import type { Metadata, Place, PlaceLink, Story } from './types.js';

/**
 * Parsing and checking a large fetched file in a module Worker (src/data/check-worker.ts, a chunk of its own), so that
 * the page's main thread never runs one long task for it: the bytes are transferred to the worker (never copied), the
 * checked records come back in batches, each message a short task, and the data set is indexed here (the brand that
 * makes it trusted as checked belongs to this thread's module).
 */

/**
 * Records per message from the worker: each message is one task on the page's thread when it arrives. Measured in
 * Chromium here, 2,000 events take 3-30 ms to arrive (5,000: 5-40 ms); the rare longer ones are the collector.
 */
export const RECORDS_PER_MESSAGE = 2000;

/** The performance mark set when the worker's records have all arrived, and the measure of indexing them here. */
export const CHECKED_MARK = 'relations-atlas:checked-in-worker';
export const INDEX_MEASURE = 'relations-atlas:index-on-main-thread';

/** The collections of a checked data set that travel in batches. */
export interface CheckedParts {
  events: LoadedEvent[];
  places: Place[];
  links: PlaceLink[];
  series: LoadedSeries[];
  eras: LoadedEra[];
  diagnostics: Diagnostic[];
}

export type PartName = keyof CheckedParts;
export const PART_NAMES: readonly PartName[] = ['events', 'places', 'links', 'series', 'eras', 'diagnostics'];

/** What the worker says, in this order: ready, progress while checking, the parts, done (or failed). */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly checked: number; readonly total: number }
  | { readonly type: 'part'; readonly name: PartName; readonly items: readonly unknown[] }
  | { readonly type: 'done'; readonly meta: Metadata; readonly story: Story | null }
  | { readonly type: 'failed'; readonly reason: string; readonly files: FetchedFiles<FetchedBody> };

export type OffThreadOutcome =
  | { readonly result: CheckResult }
  /** Why the worker could not check the files, and the files (null when they were lost with the worker). */
  | { readonly fallback: string; readonly files: FetchedFiles<FetchedBody> | null };

/** Every ArrayBuffer of the files, to transfer them. */
export function buffersOf(files: FetchedFiles<FetchedBody>): ArrayBuffer[] {
  const places = files.places;
  return places !== undefined && 'bytes' in places ? [files.main.bytes, places.bytes] : [files.main.bytes];
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

/** The Trusted Types policy that vouches for the worker's address, and nothing else. */
export const WORKER_POLICY = 'relations-atlas-worker';
let policy: ScriptUrlPolicy | null = null;

function workerUrl(): string {
  return new URL('./check-worker.js', import.meta.url).href;
}

/**
 * Starts the worker. Where the browser has Trusted Types, its address goes through a policy of ours that accepts only
 * that address (a page enforcing Trusted Types must list `relations-atlas-worker` in `trusted-types`); the second
 * form is the one bundlers recognise.
 */
function startWorker(): Worker {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (trustedTypes) {
    const expected = workerUrl();
    policy ??= trustedTypes.createPolicy(WORKER_POLICY, {
      createScriptURL(url: string): string {
        if (url !== expected) throw new TypeError(`${WORKER_POLICY} only vouches for ${expected}`);
        return url;
      },
    });
    return new Worker(policy.createScriptURL(expected) as string, { type: 'module' });
  }
  return new Worker(new URL('./check-worker.js', import.meta.url), { type: 'module' });
}

/**
 * The checked data set of the fetched files, parsed and checked in a worker; `fallback` when no worker could do it
 * (none could start, its chunk is missing, it failed), for the caller to check them here. Rejects only when `signal`
 * aborts (the worker is stopped).
 */
export function checkInWorker(
  files: FetchedFiles<FetchedBody>,
  options: { signal?: AbortSignal; onProgress?: (checked: number, total: number) => void } = {},
): Promise<OffThreadOutcome> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let worker: Worker;
    try {
      worker = startWorker();
    } catch (error) {
      resolve({ fallback: `no worker could start (${error instanceof Error ? error.message : String(error)})`, files });
      return;
    }
    let sent = false;
    const parts: CheckedParts = { events: [], places: [], links: [], series: [], eras: [], diagnostics: [] };
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      stop();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', aborted);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      const why = event.message ? `: ${event.message}` : '';
      resolve(
        sent
          ? { fallback: `the worker failed${why}`, files: null }
          : { fallback: `the worker could not start (a Content-Security-Policy without worker-src 'self', or its chunk missing)${why}`, files },
      );
    });
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerMessage>) => {
      switch (data.type) {
        case 'ready':
          sent = true;
          worker.postMessage(files, buffersOf(files));
          break;
        case 'progress':
          onProgress?.(data.checked, data.total);
          break;
        case 'part': {
          const into = parts[data.name] as unknown[];
          for (const item of data.items) into.push(item);
          break;
        }
        case 'done': {
          stop();
          // Named in the page's performance timeline (DevTools, the bench): where the records are all here, and
          // how long indexing them takes on this thread.
          performance.mark(CHECKED_MARK);
          const checkedAt = performance.now();
          // Indexed here in slices too: 100,000 events and places are a few hundred ms of work.
          const index = indexSteps({
            meta: data.meta,
            events: parts.events,
            places: parts.places,
            links: parts.links,
            series: parts.series,
            eras: parts.eras,
            story: data.story,
          });
          // An abort while indexing rejects with the signal's reason, as one during the check does.
          runInSlices(index, { signal }).then((dataset) => {
            // From the time, not the mark: a page may clear its marks meanwhile. Only a measure: never in the way.
            try {
              performance.measure(INDEX_MEASURE, { start: checkedAt });
            } catch {
              // An old browser without measure options: no measure.
            }
            resolve({ result: { dataset, diagnostics: parts.diagnostics } });
          }, reject);
          break;
        }
        case 'failed':
          stop();
          resolve({ fallback: `the worker failed: ${data.reason}`, files: data.files });
          break;
      }
    });
  });
}
