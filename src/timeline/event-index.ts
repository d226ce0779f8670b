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
  /**
   * The position of an event id, -1 when it is not indexed: a binary search by its start while there are few lookups
   * (a selection in a million events builds no map), `positionOf` once there are many.
   */
  positionOfId(id: string): number;
}

/** Lookups by search before `positionOfId` builds the map. */
const SEARCHES_BEFORE_MAP = 256;

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
  const shown = hidden || matches ? shownPositions(dataset, hidden, matches) : null;
  const events = shown ? Array.from(shown, (p) => dataset.events[p]) : dataset.events;
  const n = events.length;
  // All events: the data set's own time arrays (read only here), a million of them not copied again.
  const starts = shown ? pick(dataset.eventStarts, shown) : dataset.eventStarts;
  const ends = shown ? pick(dataset.eventEnds, shown) : dataset.eventEnds;
  const { laneOf, lanes } = groupBy === 'category' ? categoryLanes(dataset, shown, lang) : fieldLanes(events, groupBy);
  const isLong = new Uint8Array(n);
  let longCount = 0;
  for (let i = 0; i < n; i++) {
    if (!(ends[i] - starts[i] <= LONG_SPAN)) {
      isLong[i] = 1;
      longCount++;
    }
  }
  const long = new Int32Array(longCount);
  for (let i = 0, l = 0; l < longCount; i++) if (isLong[i]) long[l++] = i;
  const counts = new Int32Array(lanes.length);
  for (let i = 0; i < n; i++) counts[laneOf[i]]++;
  const byLane = lanes.map((_, lane) => new Int32Array(counts[lane]));
  const fill = new Int32Array(lanes.length);
  for (let i = 0; i < n; i++) byLane[laneOf[i]][fill[laneOf[i]]++] = i;
  let positionOf: Map<string, number> | null = null;
  let searches = 0;
  return {
    events,
    starts,
    ends,
    laneOf,
    lanes,
    byLane,
    long,
    isLong,
    get positionOf() {
      if (!positionOf) {
        positionOf = new Map();
        for (let i = 0; i < n; i++) positionOf.set(events[i].id, i);
      }
      return positionOf;
    },
    positionOfId(id) {
      if (positionOf || ++searches > SEARCHES_BEFORE_MAP) return this.positionOf.get(id) ?? -1;
      const event = dataset.eventById.get(id);
      if (!event || hidden?.has(event.category) || (matches && !matches.has(id))) return -1;
      return positionByStart(events, starts, event);
    },
  };
}

/** Positions (into `dataset.events`) of the events neither in a hidden category nor left out by a search. */
function shownPositions(
  dataset: LoadedDataset,
  hidden: ReadonlySet<string> | null,
  matches: ReadonlySet<string> | null,
): Int32Array {
  const { events, eventCategory, categories } = dataset;
  // A narrow search: its matches found by their starts, not a million ids looked up in it.
  if (matches && matches.size < events.length / 4) return matchedPositions(dataset, hidden, matches);
  const hiddenCategory = new Uint8Array(categories.length);
  if (hidden) categories.forEach((category, k) => (hiddenCategory[k] = hidden.has(category.id) ? 1 : 0));
  const out = new Int32Array(events.length);
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    if (hiddenCategory[eventCategory[i]] || (matches && !matches.has(events[i].id))) continue;
    out[count++] = i;
  }
  return out.subarray(0, count);
}

/** The positions of `matches` in no hidden category, ascending. */
function matchedPositions(
  dataset: LoadedDataset,
  hidden: ReadonlySet<string> | null,
  matches: ReadonlySet<string>,
): Int32Array {
  const { events, eventStarts } = dataset;
  const out = new Int32Array(matches.size);
  let count = 0;
  for (const id of matches) {
    const event = dataset.eventById.get(id);
    if (!event || (hidden && hidden.has(event.category))) continue;
    const p = positionByStart(events, eventStarts, event);
    if (p >= 0) out[count++] = p;
  }
  return out.subarray(0, count).sort();
}

/** Where `event` is in `events` (in start order, `starts` their starts): a binary search, then its equal starts. */
function positionByStart(events: readonly LoadedEvent[], starts: Float64Array, event: LoadedEvent): number {
  const start = event.when.start;
  for (let i = lowerBound(starts, start); i < events.length && starts[i] === start; i++)
    if (events[i] === event) return i;
  return -1;
}

function pick(values: Float64Array, positions: Int32Array): Float64Array {
  const out = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = values[positions[i]];
  return out;
}

/** Lanes by category, in the data set's category order, only those with events; no string read per event. */
function categoryLanes(
  dataset: LoadedDataset,
  shown: Int32Array | null,
  lang: string,
): { laneOf: Int32Array; lanes: Lane[] } {
  const { eventCategory, categories } = dataset;
  const n = shown ? shown.length : eventCategory.length;
  const used = new Uint8Array(categories.length);
  for (let i = 0; i < n; i++) used[eventCategory[shown ? shown[i] : i]] = 1;
  const laneOfCategory = new Int32Array(categories.length);
  const lanes: Lane[] = [];
  categories.forEach((category, k) => {
    if (!used[k]) return;
    laneOfCategory[k] = lanes.length;
    lanes.push({ id: category.id, label: localize(category.label, lang) });
  });
  const laneOf = new Int32Array(n);
  for (let i = 0; i < n; i++) laneOf[i] = laneOfCategory[eventCategory[shown ? shown[i] : i]];
  return { laneOf, lanes };
}

/** Lanes by another field, in order of first use. */
function fieldLanes(events: readonly LoadedEvent[], groupBy: string): { laneOf: Int32Array; lanes: Lane[] } {
  const laneOf = new Int32Array(events.length);
  const laneIds = new Map<string, number>();
  const lanes: Lane[] = [];
  for (let i = 0; i < events.length; i++) {
    const key = laneKey(events[i], groupBy);
    let lane = laneIds.get(key);
    if (lane === undefined) {
      lane = lanes.length;
      laneIds.set(key, lane);
      lanes.push({ id: key, label: key });
    }
    laneOf[i] = lane;
  }
  return { laneOf, lanes };
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

/**
 * What the view needs of a window without a list of every visible position: the visible events per lane, and their
 * counts in `binPx` columns of the plot (each event once, in the column of the middle of its visible part, as
 * `binEvents` counts them). One pass over each lane's events that start in reach of the window (a binary search
 * finds them), its long events apart, and no array as long as the visible events.
 */
export interface WindowCounts {
  /** Visible events per lane. */
  readonly laneCounts: Int32Array;
  readonly total: number;
  readonly columns: number;
  /** `lanes × columns`, row-major by lane. */
  readonly counts: Uint32Array;
}

export function countWindow(
  index: EventIndex,
  window: { readonly start: number; readonly end: number; readonly width: number },
  binPx: number,
): WindowCounts {
  const { starts, ends, isLong, long, laneOf, byLane } = index;
  const { start, end, width } = window;
  const laneCount = Math.max(1, index.lanes.length);
  const columns = Math.max(1, Math.ceil(width / binPx));
  const counts = new Uint32Array(laneCount * columns);
  const laneCounts = new Int32Array(laneCount);
  // Column of a visible part's middle: ((middle - start) * pxPerMs) / binPx, floored, written out in both loops
  // below (a shared closure costs a call and its captured variables per event, a million times a frame).
  const pxPerMs = width / (end - start);
  for (let lane = 0; lane < byLane.length; lane++) {
    const positions = byLane[lane];
    const row = lane * columns;
    let visible = 0;
    // Short events start at most LONG_SPAN before the window to reach into it.
    for (let k = lowerPosition(positions, starts, start - LONG_SPAN); k < positions.length; k++) {
      const i = positions[k];
      const s = starts[i];
      if (s >= end) break;
      const e = ends[i];
      if (isLong[i] || e <= start) continue;
      let column = Math.floor(((((s > start ? s : start) + (e < end ? e : end)) / 2 - start) * pxPerMs) / binPx);
      if (column < 0) column = 0;
      else if (column >= columns) column = columns - 1;
      counts[row + column]++;
      visible++;
    }
    laneCounts[lane] += visible;
  }
  for (let l = 0; l < long.length; l++) {
    const i = long[l];
    const s = starts[i];
    const e = ends[i];
    if (!(s < end && e > start)) continue;
    let column = Math.floor(((((s > start ? s : start) + (e < end ? e : end)) / 2 - start) * pxPerMs) / binPx);
    if (column < 0) column = 0;
    else if (column >= columns) column = columns - 1;
    counts[laneOf[i] * columns + column]++;
    laneCounts[laneOf[i]]++;
  }
  let total = 0;
  for (let lane = 0; lane < laneCount; lane++) total += laneCounts[lane];
  return { laneCounts, total, columns, counts };
}

/** The visible positions of one lane, ascending. */
export function laneVisiblePositions(index: EventIndex, lane: number, start: number, end: number): number[] {
  const { starts, ends, isLong, long, laneOf } = index;
  const positions = index.byLane[lane];
  const out: number[] = [];
  for (let k = lowerPosition(positions, starts, start - LONG_SPAN); k < positions.length; k++) {
    const i = positions[k];
    if (starts[i] >= end) break;
    if (!isLong[i] && ends[i] > start) out.push(i);
  }
  let added = false;
  for (let l = 0; l < long.length; l++) {
    const i = long[l];
    if (laneOf[i] === lane && starts[i] < end && ends[i] > start) {
      out.push(i);
      added = true;
    }
  }
  return added ? out.sort((a, b) => a - b) : out;
}

/** The first of `positions` (ascending, so in start order) whose start is ≥ `value`. */
function lowerPosition(positions: Int32Array, starts: Float64Array, value: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[positions[mid]] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The earliest of `ids` when none of them overlaps `window` (to bring into view); -1 when one does or none is known. */
export function firstIfNoneVisible(
  index: EventIndex,
  ids: Iterable<string>,
  window: { start: number; end: number },
): number {
  let first = -1;
  for (const id of ids) {
    const p = index.positionOfId(id);
    if (p < 0) continue;
    if (index.ends[p] > window.start && index.starts[p] < window.end) return -1;
    if (first < 0 || p < first) first = p;
  }
  return first;
}
