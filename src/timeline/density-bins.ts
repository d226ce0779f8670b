/**
 * Counts per lane per pixel bucket, for views too dense to draw each event: a bucket is `binPx` wide and an event
 * counts once, in the bucket of the middle of its visible part.
 */

export interface Bins {
  readonly lanes: number;
  readonly columns: number;
  readonly binPx: number;
  /** `lanes × columns`, row-major by lane. */
  readonly counts: Uint32Array;
  readonly max: number;
}

export function binEvents(
  positions: ArrayLike<number>,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  laneOf: ArrayLike<number>,
  lanes: number,
  window: { readonly start: number; readonly end: number; readonly width: number },
  binPx: number,
  includeLane: (lane: number) => boolean = () => true,
): Bins {
  const columns = Math.max(1, Math.ceil(window.width / binPx));
  const counts = new Uint32Array(lanes * columns);
  const span = window.end - window.start;
  const pxPerMs = window.width / span;
  let max = 0;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k];
    const lane = laneOf[i];
    if (!includeLane(lane)) continue;
    const a = starts[i] > window.start ? starts[i] : window.start;
    const b = ends[i] < window.end ? ends[i] : window.end;
    let column = Math.floor((((a + b) / 2 - window.start) * pxPerMs) / binPx);
    if (column < 0) column = 0;
    else if (column >= columns) column = columns - 1;
    const cell = lane * columns + column;
    const count = ++counts[cell];
    if (count > max) max = count;
  }
  return { lanes, columns, binPx, counts, max };
}
