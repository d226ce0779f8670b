import type { LoadedEvent } from '../data/loaded.js';

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
