import type { EdtfDate } from './edtf.js';
import { timeOrder } from './time-order.js';
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
function byTime(input: readonly LoadedEvent[]): { events: LoadedEvent[]; starts: Float64Array; ends: Float64Array } {
  const n = input.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { when } = input[i];
    starts[i] = when.start;
    ends[i] = when.end;
  }
  // NaN (-Infinity minus -Infinity) is falsy: equal open starts fall through to the next key, as equal starts do.
  const compare = (a: number, b: number) =>
    starts[a] - starts[b] || ends[a] - ends[b] || compareIds(input[a].id, input[b].id);
  let inOrder = true;
  for (let i = 1; i < n && inOrder; i++) if (compare(i - 1, i) > 0) inOrder = false;
  if (inOrder) return { events: input.slice(), starts, ends };
  const order = timeOrder(
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
  }
  return { events, starts: sortedStarts, ends: sortedEnds };
}

/** Each place's events in time order, a round trip's place once; built on first use (the timeline never asks). */
function indexByPlace(events: readonly LoadedEvent[]): Map<string, LoadedEvent[]> {
  const eventsByPlace = new Map<string, LoadedEvent[]>();
  for (const event of events) {
    // The same place twice in one event (a round trip) counts once; a Set only for long lists (most have one or two).
    const places = event.places.length > 8 ? [...new Set(event.places)] : event.places;
    for (let i = 0; i < places.length; i++) {
      const placeId = places[i];
      if (places.length <= 8 && places.indexOf(placeId) !== i) continue;
      let list = eventsByPlace.get(placeId);
      if (!list) eventsByPlace.set(placeId, (list = []));
      list.push(event);
    }
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
  #eventById: ReadonlyMap<string, LoadedEvent> | undefined;
  #placeById: ReadonlyMap<string, Place> | undefined;
  #eventsByPlace: ReadonlyMap<string, readonly LoadedEvent[]> | undefined;

  constructor(parts: IndexParts) {
    const { events, starts, ends } = byTime(parts.events);
    this.meta = parts.meta;
    this.events = events;
    this.eventStarts = starts;
    this.eventEnds = ends;
    this.places = parts.places;
    this.links = parts.links;
    this.series = parts.series;
    this.eras = (parts.eras ?? []).slice().sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end);
    this.categories = categoriesOf(parts.meta, events);
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
    return (this.#eventsByPlace ??= indexByPlace(this.events));
  }
}

function categoriesOf(meta: Metadata, events: readonly LoadedEvent[]): Category[] {
  const labels = meta.categories ?? {};
  const categoryIds = new Set(Object.keys(labels));
  for (const event of events) categoryIds.add(event.category);
  return [...categoryIds].map((id) => ({
    id,
    label: Object.hasOwn(labels, id) ? labels[id] : humanize(id),
  }));
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
  const dataset = new CheckedDataset(parts);
  checked.add(dataset);
  return dataset;
}

/** The data sets this module built: only these are trusted as checked, whatever else looks like one. */
const checked = new WeakSet<object>();

/** True for a data set that was loaded and checked here (a composite hands one to its views), never for a look-alike. */
export function isLoadedDataset(value: unknown): value is LoadedDataset {
  return typeof value === 'object' && value !== null && checked.has(value);
}
