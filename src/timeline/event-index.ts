import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { localize } from '../data/localize.js';

/**
 * The events of a data set as flat typed arrays, in start order, with the lane of each, for culling, binning and
 * keyboard moves without touching the event objects. Events longer than `LONG_SPAN` (or open-ended) are kept on a
 * short side list, so a window query is two binary searches plus that list.
 */

/** Events spanning more than this (ms, about two years) are "long" and checked one by one. */
export const LONG_SPAN = 2 * 366 * 86_400_000;

export interface Lane {
  readonly id: string;
  readonly label: string;
}

export interface EventIndex {
  readonly events: readonly LoadedEvent[];
  /** UTC ms; `-Infinity` for an open start. */
  readonly starts: Float64Array;
  /** UTC ms, exclusive; `Infinity` for an open end. */
  readonly ends: Float64Array;
  readonly laneOf: Int32Array;
  readonly lanes: readonly Lane[];
  /** Per lane, the positions (into `events`) of its events, in start order. */
  readonly byLane: readonly Int32Array[];
  /** Positions of the long events, ascending. */
  readonly long: Int32Array;
  readonly isLong: Uint8Array;
  /** Event id → position; built on first use (a first render of bins needs none: 100,000 map entries saved). */
  readonly positionOf: ReadonlyMap<string, number>;
}

/** The lane key of an event: a top-level field (an array gives its first item), `other` when missing. */
export function laneKey(event: LoadedEvent, groupBy: string): string {
  // The usual lanes by a named read, which stays fast whatever shape the event objects have.
  const value = groupBy === 'category' ? event.category : (event as unknown as Record<string, unknown>)[groupBy];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string' && first.trim() !== '') return first;
  if (typeof first === 'number') return String(first);
  return 'other';
}

export interface IndexOptions {
  readonly groupBy?: string;
  readonly lang?: string;
  /** Hidden categories; `null` for none. */
  readonly hidden?: ReadonlySet<string> | null;
  /** Events a search matched (only these are indexed); `null` for all. */
  readonly matches?: ReadonlySet<string> | null;
}

export function buildEventIndex(dataset: LoadedDataset, options: IndexOptions = {}): EventIndex {
  const groupBy = options.groupBy || 'category';
  const lang = options.lang || 'en';
  const hidden = options.hidden?.size ? options.hidden : null;
  const matches = options.matches ?? null;
  const events =
    hidden || matches
      ? dataset.events.filter((e) => (!hidden || !hidden.has(e.category)) && (!matches || matches.has(e.id)))
      : dataset.events;
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const laneOf = new Int32Array(n);
  const isLong = new Uint8Array(n);
  const laneIds = new Map<string, number>();
  const lanes: Lane[] = [];
  if (groupBy === 'category') {
    // Lanes in the data set's category order, but only those with events.
    const used = new Set(events.map((e) => e.category));
    for (const category of dataset.categories) {
      if (!used.has(category.id)) continue;
      laneIds.set(category.id, lanes.length);
      lanes.push({ id: category.id, label: localize(category.label, lang) });
    }
  }
  const long: number[] = [];
  for (let i = 0; i < n; i++) {
    const event = events[i];
    starts[i] = event.when.start;
    ends[i] = event.when.end;
    const key = laneKey(event, groupBy);
    let lane = laneIds.get(key);
    if (lane === undefined) {
      lane = lanes.length;
      laneIds.set(key, lane);
      lanes.push({ id: key, label: key });
    }
    laneOf[i] = lane;
    if (!(ends[i] - starts[i] <= LONG_SPAN)) {
      isLong[i] = 1;
      long.push(i);
    }
  }
  const counts = new Int32Array(lanes.length);
  for (let i = 0; i < n; i++) counts[laneOf[i]]++;
  const byLane = lanes.map((_, lane) => new Int32Array(counts[lane]));
  const fill = new Int32Array(lanes.length);
  for (let i = 0; i < n; i++) byLane[laneOf[i]][fill[laneOf[i]]++] = i;
  let positionOf: Map<string, number> | null = null;
  return {
    events,
    starts,
    ends,
    laneOf,
    lanes,
    byLane,
    long: Int32Array.from(long),
    isLong,
    get positionOf() {
      if (!positionOf) {
        positionOf = new Map();
        for (let i = 0; i < n; i++) positionOf.set(events[i].id, i);
      }
      return positionOf;
    },
  };
}

/** First position whose value is ≥ `value` in an ascending array. */
export function lowerBound(values: ArrayLike<number>, value: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions of the events overlapping `[start, end)`, ascending (so in time order). */
export function visiblePositions(index: EventIndex, start: number, end: number): Int32Array {
  const { starts, ends, isLong, long } = index;
  const from = lowerBound(starts, start - LONG_SPAN);
  const to = lowerBound(starts, end);
  const out = new Int32Array(to - from + long.length);
  let count = 0;
  let l = 0;
  for (let i = from; i < to; i++) {
    // Merge the long ones that come before i, so the output stays in order.
    while (l < long.length && long[l] < i) {
      const p = long[l++];
      if (starts[p] < end && ends[p] > start) out[count++] = p;
    }
    if (isLong[i]) continue;
    if (ends[i] > start) out[count++] = i;
  }
  for (; l < long.length; l++) {
    const p = long[l];
    if (starts[p] < end && ends[p] > start) out[count++] = p;
  }
  return out.subarray(0, count);
}

/** The earliest of `ids` when none of them overlaps `window` (to bring into view); -1 when one does or none is known. */
export function firstIfNoneVisible(
  index: EventIndex,
  ids: Iterable<string>,
  window: { start: number; end: number },
): number {
  let first = -1;
  for (const id of ids) {
    const p = index.positionOf.get(id);
    if (p === undefined) continue;
    if (index.ends[p] > window.start && index.starts[p] < window.end) return -1;
    if (first < 0 || p < first) first = p;
  }
  return first;
}
