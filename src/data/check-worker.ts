import { PART_NAMES, RECORDS_PER_MESSAGE, buffersOf, type CheckedParts, type WorkerMessage } from './check-off-thread.js';
import { checkFetched, decodeFiles, type FetchedBody, type FetchedFiles } from './load.js';

/**
 * The module Worker that parses and checks a large fetched file (see check-off-thread.ts): it says it is ready, takes
 * the files (their bytes transferred), reports progress while checking, and sends the checked records back in batches.
 */

interface WorkerScope {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FetchedFiles<FetchedBody>>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', ({ data: files }) => {
  void check(files);
});
scope.postMessage({ type: 'ready' });

async function check(files: FetchedFiles<FetchedBody>): Promise<void> {
  let result;
  try {
    result = await checkFetched(decodeFiles(files), (checked, total) =>
      scope.postMessage({ type: 'progress', checked, total }),
    );
  } catch (error) {
    // Back to the page with the bytes, which checks them itself.
    const reason = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'failed', reason, files }, buffersOf(files));
    return;
  }
  const { dataset, diagnostics } = result;
  const parts: { readonly [K in keyof CheckedParts]: readonly unknown[] } = {
    events: dataset.events,
    places: dataset.places,
    links: dataset.links,
    series: dataset.series,
    eras: dataset.eras,
    diagnostics,
  };
  for (const name of PART_NAMES) {
    const items = parts[name];
    for (let i = 0; i < items.length; i += RECORDS_PER_MESSAGE)
      scope.postMessage({ type: 'part', name, items: items.slice(i, i + RECORDS_PER_MESSAGE) });
  }
  scope.postMessage({ type: 'done', meta: dataset.meta, story: dataset.story });
}
