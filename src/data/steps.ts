/**
 * Long computations written as generators that `yield` where they may pause: run to the end at once, or in slices
 * of a few milliseconds with the main thread given back between them, so a million records never freeze the page.
 */
export type Steps<T> = Generator<void, T>;

export function runSteps<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** How long a slice works before it gives the main thread back, ms. */
export const SLICE_MS = 12;

export interface SliceOptions {
  readonly signal?: AbortSignal;
  /** ms per slice; 0 pauses at every yield. */
  readonly sliceMs?: number;
}

/** Runs `steps` in slices; rejects with the signal's reason once aborted. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  for (;;) {
    options.signal?.throwIfAborted();
    const sliceEnd = performance.now() + (options.sliceMs ?? SLICE_MS);
    let step = steps.next();
    while (!step.done && performance.now() < sliceEnd) step = steps.next();
    if (step.done) return step.value;
    await nextTask();
  }
}

/** A new task after the ones already queued (a MessageChannel message: not clamped like a nested setTimeout). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
