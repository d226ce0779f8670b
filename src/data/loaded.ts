import type { EdtfDate } from './edtf.js';
import { runSteps, type Steps } from './steps.js';
import { PAUSE_MASK, timeOrderSteps } from './time-order.js';
import type { Era, LocalizedText, Metadata, Place, PlaceLink, RelationsEvent, Series, Story } from './types.js';

/** An event that passed the checks, with its date parsed. */
export interface LoadedEvent extends RelationsEvent {
  readonly category: string;
  readonly when: EdtfDate;
}

export interface LoadedSeriesPoint {
  readonly date: string;
  readonly value: number;
  readonly when: EdtfDate;
}

export interface LoadedSeries extends Omit<Series, 'points'> {
  readonly points: readonly LoadedSeriesPoint[];
}

/** An era that passed the checks: its interval parsed, with a known start and end. */
export interface LoadedEra extends Era {
  readonly when: EdtfDate;
}

export interface Category {
  readonly id: string;
  readonly label: LocalizedText;
}

/**
 * A checked data set with the indexes the views need. Treat it as immutable: several elements may share one.
 * `events` are sorted by start time, then end, then id.
 */
export interface LoadedDataset {
  readonly meta: Metadata;
  readonly events: readonly LoadedEvent[];
  readonly places: readonly Place[];
  readonly links: readonly PlaceLink[];
  readonly series: readonly LoadedSeries[];
  /** In order of start. */
  readonly eras: readonly LoadedEra[];
  readonly categories: readonly Category[];
  readonly eventById: ReadonlyMap<string, LoadedEvent>;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly eventsByPlace: ReadonlyMap<string, readonly LoadedEvent[]>;
  /** The story, its steps checked: ids that name nothing are left out, bad steps skipped. `null` when there is none. */
  readonly story: Story | null;
  /** [first start, last end) over events with known ends, UTC ms; `null` when there are no events. */
  readonly extent: readonly [number, number] | null;
  /** `events[i].when.start` and `.end` in one typed array each (UTC ms, ±Infinity for open ends). */
  readonly eventStarts: Float64Array;
  readonly eventEnds: Float64Array;
  /**
   * The events at each place, in time order, as positions into `events` (compressed rows: place `p`'s are
   * `positions[offsets[p]]` up to `offsets[p + 1]`, `p` a position in `places`). An event naming a place twice is there
   * once; a place id that names no place is not indexed.
   */
  readonly placeEvents: { readonly offsets: Int32Array; readonly positions: Int32Array };
  /** `events[i]`'s category as a position in `categories`. */
  readonly eventCategory: Int32Array;
  /** Whether any event's date has a time of day (minute or second precision at either end). */
  readonly timesOfDay: boolean;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function humanize(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1).replace(/[-_]/g, ' ');
}

function timeExtent(starts: Float64Array, ends: Float64Array): readonly [number, number] | null {
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const e = ends[i];
    if (s > -Infinity) start = Math.min(start, s);
    else if (e < Infinity) start = Math.min(start, e);
    if (e < Infinity) end = Math.max(end, e);
    else if (s > -Infinity) end = Math.max(end, s);
  }
  return start <= end ? [start, end] : null;
}

/**
 * Events in order of start, then end, then id. The times are read once into typed arrays: most files list events in
 * time order already (one pass says so); others are ordered by `timeOrder`, not by a comparator over the records.
 */
function* byTime(input: readonly LoadedEvent[]): Steps<TimeOrdered> {
  const n = input.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let timesOfDay = false;
  for (let i = 0; i < n; i++) {
    const { when } = input[i];
    starts[i] = when.start;
    ends[i] = when.end;
    if (!timesOfDay && (isTimeOfDay(when.from?.precision) || isTimeOfDay(when.to?.precision))) timesOfDay = true;
    if ((i & PAUSE_MASK) === 0) yield;
  }
  // NaN (-Infinity minus -Infinity) is falsy: equal open starts fall through to the next key, as equal starts do.
  const compare = (a: number, b: number) =>
    starts[a] - starts[b] || ends[a] - ends[b] || compareIds(input[a].id, input[b].id);
  let inOrder = true;
  for (let i = 1; i < n && inOrder; i++) {
    if (compare(i - 1, i) > 0) inOrder = false;
    if ((i & PAUSE_MASK) === 0) yield;
  }
  if (inOrder) return { events: input.slice(), starts, ends, timesOfDay };
  yield;
  const order = yield* timeOrderSteps(
    starts,
    ends,
    input.map((event) => event.id),
  );
  const events = new Array<LoadedEvent>(n);
  const sortedStarts = new Float64Array(n);
  const sortedEnds = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const from = order[i];
    events[i] = input[from];
    sortedStarts[i] = starts[from];
    sortedEnds[i] = ends[from];
    if ((i & PAUSE_MASK) === 0) yield;
  }
  return { events, starts: sortedStarts, ends: sortedEnds, timesOfDay };
}

function isTimeOfDay(precision: string | undefined): boolean {
  return precision === 'minute' || precision === 'second';
}

interface TimeOrdered {
  readonly events: readonly LoadedEvent[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly timesOfDay: boolean;
}

type PlaceEvents = LoadedDataset['placeEvents'];

/**
 * `placeEvents` in two passes over the events (count, then fill), with no array per place. The same place twice in one
 * event (a round trip) counts once.
 */
function* placeEventsOf(events: readonly LoadedEvent[], places: readonly Place[]): Steps<PlaceEvents> {
  const placeIndex = new Map<string, number>();
  for (let p = 0; p < places.length; p++) placeIndex.set(places[p].id, p);
  const counts = new Int32Array(places.length + 1);
  // Each event's place positions, distinct, in one flat list: the fill pass then needs no lookups.
  let flat = new Int32Array(Math.max(16, events.length * 2));
  let flatLength = 0;
  const eventEnd = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const ids = events[i].places;
    const from = flatLength;
    for (let j = 0; j < ids.length; j++) {
      const p = placeIndex.get(ids[j]);
      if (p === undefined) continue;
      let k = from;
      while (k < flatLength && flat[k] !== p) k++;
      if (k < flatLength) continue;
      if (flatLength === flat.length) {
        const grown = new Int32Array(flat.length * 2);
        grown.set(flat);
        flat = grown;
      }
      flat[flatLength++] = p;
      counts[p + 1]++;
    }
    eventEnd[i] = flatLength;
    if ((i & PAUSE_MASK) === 0) yield;
  }
  for (let p = 1; p <= places.length; p++) counts[p] += counts[p - 1];
  const offsets = counts;
  const fill = offsets.slice(0, places.length);
  const positions = new Int32Array(flatLength);
  for (let i = 0, k = 0; i < events.length; i++) {
    for (; k < eventEnd[i]; k++) positions[fill[flat[k]]++] = i;
    if ((i & PAUSE_MASK) === 0) yield;
  }
  return { offsets, positions };
}

/** Each place's events in time order (from `placeEvents`); built on first use (the timeline never asks). */
function indexByPlace(
  events: readonly LoadedEvent[],
  places: readonly Place[],
  { offsets, positions }: PlaceEvents,
): Map<string, LoadedEvent[]> {
  const eventsByPlace = new Map<string, LoadedEvent[]>();
  for (let p = 0; p < places.length; p++) {
    const from = offsets[p];
    const to = offsets[p + 1];
    if (from === to) continue;
    const list = new Array<LoadedEvent>(to - from);
    for (let k = from; k < to; k++) list[k - from] = events[positions[k]];
    eventsByPlace.set(places[p].id, list);
  }
  return eventsByPlace;
}

/** A checked data set whose maps are built when a view first asks for them, so a view pays only for what it reads. */
class CheckedDataset implements LoadedDataset {
  readonly meta: Metadata;
  readonly events: readonly LoadedEvent[];
  readonly places: readonly Place[];
  readonly links: readonly PlaceLink[];
  readonly series: readonly LoadedSeries[];
  readonly eras: readonly LoadedEra[];
  readonly categories: readonly Category[];
  readonly story: Story | null;
  readonly extent: readonly [number, number] | null;
  readonly eventStarts: Float64Array;
  readonly eventEnds: Float64Array;
  readonly eventCategory: Int32Array;
  readonly timesOfDay: boolean;
  readonly placeEvents: PlaceEvents;
  #eventById: ReadonlyMap<string, LoadedEvent> | undefined;
  #placeById: ReadonlyMap<string, Place> | undefined;
  #eventsByPlace: ReadonlyMap<string, readonly LoadedEvent[]> | undefined;

  constructor(
    parts: IndexParts,
    { events, starts, ends, timesOfDay }: TimeOrdered,
    grouped: ByCategory,
    placeEvents: PlaceEvents,
  ) {
    this.meta = parts.meta;
    this.placeEvents = placeEvents;
    this.events = events;
    this.eventStarts = starts;
    this.eventEnds = ends;
    this.timesOfDay = timesOfDay;
    this.eventCategory = grouped.eventCategory;
    this.places = parts.places;
    this.links = parts.links;
    this.series = parts.series;
    this.eras = (parts.eras ?? []).slice().sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end);
    this.categories = grouped.categories;
    this.story = parts.story ?? null;
    this.extent = timeExtent(starts, ends);
    this.#eventById = parts.eventById;
    this.#placeById = parts.placeById;
  }

  get eventById(): ReadonlyMap<string, LoadedEvent> {
    return (this.#eventById ??= new Map(this.events.map((event) => [event.id, event])));
  }

  get placeById(): ReadonlyMap<string, Place> {
    return (this.#placeById ??= new Map(this.places.map((place) => [place.id, place])));
  }

  get eventsByPlace(): ReadonlyMap<string, readonly LoadedEvent[]> {
    return (this.#eventsByPlace ??= indexByPlace(this.events, this.places, this.placeEvents));
  }
}

interface ByCategory {
  readonly categories: readonly Category[];
  readonly eventCategory: Int32Array;
}

/** The categories (those `meta` labels first, then in order of first use) and each event's position among them. */
function* categoriesOf(meta: Metadata, events: readonly LoadedEvent[]): Steps<ByCategory> {
  const labels = meta.categories ?? {};
  const positionOf = new Map<string, number>();
  for (const id of Object.keys(labels)) positionOf.set(id, positionOf.size);
  const eventCategory = new Int32Array(events.length);
  let previous: string | undefined;
  let previousPosition = -1;
  for (let i = 0; i < events.length; i++) {
    const id = events[i].category;
    if (id !== previous) {
      let position = positionOf.get(id);
      if (position === undefined) positionOf.set(id, (position = positionOf.size));
      previous = id;
      previousPosition = position;
    }
    eventCategory[i] = previousPosition;
    if ((i & PAUSE_MASK) === 0) yield;
  }
  const categories = [...positionOf.keys()].map((id) => ({
    id,
    label: Object.hasOwn(labels, id) ? labels[id] : humanize(id),
  }));
  return { categories, eventCategory };
}

export interface IndexParts {
  meta: Metadata;
  events: readonly LoadedEvent[];
  places: readonly Place[];
  links: readonly PlaceLink[];
  series: readonly LoadedSeries[];
  eras?: readonly LoadedEra[];
  story?: Story | null;
  /** The id maps the check built already (each must hold exactly `events` / `places`). */
  eventById?: ReadonlyMap<string, LoadedEvent>;
  placeById?: ReadonlyMap<string, Place>;
}

export function indexDataset(parts: IndexParts): LoadedDataset {
  return runSteps(indexSteps(parts));
}

/** `indexDataset` as steps, to run in slices (`runInSlices`) when there are very many events. */
export function* indexSteps(parts: IndexParts): Steps<LoadedDataset> {
  const ordered = yield* byTime(parts.events);
  yield;
  const grouped = yield* categoriesOf(parts.meta, ordered.events);
  yield;
  const placeEvents = yield* placeEventsOf(ordered.events, parts.places);
  yield;
  const dataset = new CheckedDataset(parts, ordered, grouped, placeEvents);
  checked.add(dataset);
  return dataset;
}

/** The data sets this module built: only these are trusted as checked, whatever else looks like one. */
const checked = new WeakSet<object>();

/** True for a data set that was loaded and checked here (a composite hands one to its views), never for a look-alike. */
export function isLoadedDataset(value: unknown): value is LoadedDataset {
  return typeof value === 'object' && value !== null && checked.has(value);
}
