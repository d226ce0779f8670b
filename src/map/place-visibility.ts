import type { LoadedEvent } from '../data/loaded.js';

type PlaceEvent = Pick<LoadedEvent, 'category' | 'when'>;

/**
 * Hidden by the category filter: the place has events and none is in a visible category. Places without events
 * (a twinned town) stay, as does everything while all categories are visible (`null`).
 */
export function isFilteredOut(events: readonly PlaceEvent[], categories: readonly string[] | null): boolean {
  if (!categories) return false;
  return events.length > 0 && !events.some((event) => categories.includes(event.category));
}

/** Faded by the visible time range: the place has events and none of the visible ones overlaps [start, end). */
export function isOutOfRange(
  events: readonly PlaceEvent[],
  categories: readonly string[] | null,
  range: { readonly start: number; readonly end: number } | null,
): boolean {
  if (!range || events.length === 0) return false;
  return !events.some(
    (event) => (!categories || categories.includes(event.category)) && event.when.start < range.end && event.when.end > range.start,
  );
}
