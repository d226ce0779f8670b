import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';

type PlaceEvent = Pick<LoadedEvent, 'category' | 'when'> & { readonly id?: string };

/** Visible: not in a hidden category and, while a search is on, matched by it. */
function shown(event: PlaceEvent, hidden: ReadonlySet<string> | null, matches: ReadonlySet<string> | null): boolean {
  return (!hidden || !hidden.has(event.category)) && (!matches || (event.id !== undefined && matches.has(event.id)));
}

/**
 * Hidden by the category filter or a search: the place has events and none is visible. Places without events
 * (a twinned town) stay, as does everything while no category is hidden (`null`) and nothing is searched.
 */
export function isFilteredOut(
  events: readonly PlaceEvent[],
  hidden: ReadonlySet<string> | null,
  matches: ReadonlySet<string> | null = null,
): boolean {
  if (!hidden && !matches) return false;
  return events.length > 0 && !events.some((event) => shown(event, hidden, matches));
}

/** Faded by the visible time range: the place has events and none of the visible ones overlaps [start, end). */
export function isOutOfRange(
  events: readonly PlaceEvent[],
  hidden: ReadonlySet<string> | null,
  range: { readonly start: number; readonly end: number } | null,
  matches: ReadonlySet<string> | null = null,
): boolean {
  if (!range || events.length === 0) return false;
  return !events.some(
    (event) => shown(event, hidden, matches) && event.when.start < range.end && event.when.end > range.start,
  );
}

const placePositions = new WeakMap<LoadedDataset, Map<string, number>>();

function placePositionsOf(data: LoadedDataset): Map<string, number> {
  let positions = placePositions.get(data);
  if (!positions) {
    positions = new Map(data.places.map((place, p) => [place.id, p]));
    placePositions.set(data, positions);
  }
  return positions;
}

/**
 * For each place (a position in `data.places`), 1 when it has a visible event (in no hidden category, matched while a
 * search is on) that, given a `range`, overlaps it. The same answers as `isFilteredOut` and `isOutOfRange` for all
 * places at once: a narrow search is walked from its matches (a few among a million events cost a few lookups);
 * otherwise each place's events are read from the data set's typed rows until one is visible.
 */
export function placesWithVisibleEvents(
  data: LoadedDataset,
  hidden: ReadonlySet<string> | null,
  matches: ReadonlySet<string> | null,
  range: { readonly start: number; readonly end: number } | null,
): Uint8Array {
  const { events, places, eventCategory, categories, eventStarts, eventEnds } = data;
  const out = new Uint8Array(places.length);
  const overlaps = (start: number, end: number) => !range || (start < range.end && end > range.start);
  if (matches && matches.size < events.length / 4) {
    const positions = placePositionsOf(data);
    for (const id of matches) {
      const event = data.eventById.get(id);
      if (!event || (hidden && hidden.has(event.category)) || !overlaps(event.when.start, event.when.end)) continue;
      for (const placeId of event.places) {
        const p = positions.get(placeId);
        if (p !== undefined) out[p] = 1;
      }
    }
    return out;
  }
  const hiddenCategory = new Uint8Array(categories.length);
  if (hidden) categories.forEach((category, k) => (hiddenCategory[k] = hidden.has(category.id) ? 1 : 0));
  const { offsets, positions } = data.placeEvents;
  for (let p = 0; p < places.length; p++) {
    for (let k = offsets[p]; k < offsets[p + 1]; k++) {
      const i = positions[k];
      if (hiddenCategory[eventCategory[i]] || !overlaps(eventStarts[i], eventEnds[i])) continue;
      if (matches && !matches.has(events[i].id)) continue;
      out[p] = 1;
      break;
    }
  }
  return out;
}

/** Whether the place at position `p` of `data.places` has events at all. */
export function placeHasEvents(data: LoadedDataset, p: number): boolean {
  const { offsets } = data.placeEvents;
  return offsets[p + 1] > offsets[p];
}
