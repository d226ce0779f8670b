import type { EdtfDate } from './edtf.js';
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
}

function compareEvents(a: LoadedEvent, b: LoadedEvent): number {
  return a.when.start - b.when.start || a.when.end - b.when.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function humanize(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1).replace(/[-_]/g, ' ');
}

function timeExtent(events: readonly LoadedEvent[]): readonly [number, number] | null {
  let start = Infinity;
  let end = -Infinity;
  for (const { when } of events) {
    if (Number.isFinite(when.start)) start = Math.min(start, when.start);
    else if (Number.isFinite(when.end)) start = Math.min(start, when.end);
    if (Number.isFinite(when.end)) end = Math.max(end, when.end);
    else if (Number.isFinite(when.start)) end = Math.max(end, when.start);
  }
  return start <= end ? [start, end] : null;
}

function isInOrder(events: readonly LoadedEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (compareEvents(events[i - 1], events[i]) > 0) return false;
  return true;
}

export function indexDataset(parts: {
  meta: Metadata;
  events: LoadedEvent[];
  places: Place[];
  links: PlaceLink[];
  series: LoadedSeries[];
  eras?: LoadedEra[];
  story?: Story | null;
}): LoadedDataset {
  // Most files list events in time order already: checking is one pass, sorting 100,000 is not.
  const events = isInOrder(parts.events) ? parts.events.slice() : parts.events.slice().sort(compareEvents);
  const eventById = new Map(events.map((event) => [event.id, event]));
  const placeById = new Map(parts.places.map((place) => [place.id, place]));
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
  const labels = parts.meta.categories ?? {};
  const categoryIds = new Set(Object.keys(labels));
  for (const event of events) categoryIds.add(event.category);
  const categories = [...categoryIds].map((id) => ({
    id,
    label: Object.hasOwn(labels, id) ? labels[id] : humanize(id),
  }));
  const dataset: LoadedDataset = {
    meta: parts.meta,
    events,
    places: parts.places,
    links: parts.links,
    series: parts.series,
    eras: (parts.eras ?? []).slice().sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end),
    categories,
    eventById,
    placeById,
    eventsByPlace,
    story: parts.story ?? null,
    extent: timeExtent(events),
  };
  checked.add(dataset);
  return dataset;
}

/** The data sets this module built: only these are trusted as checked, whatever else looks like one. */
const checked = new WeakSet<object>();

/** True for a data set that was loaded and checked here (a composite hands one to its views), never for a look-alike. */
export function isLoadedDataset(value: unknown): value is LoadedDataset {
  return typeof value === 'object' && value !== null && checked.has(value);
}
