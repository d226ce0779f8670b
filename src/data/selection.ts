import type { LoadedDataset } from './loaded.js';

/** What is selected or hovered: events, places, or both. A visit touches several places; a place has many events. */
export interface Selection {
  readonly eventIds: readonly string[];
  readonly placeIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = Object.freeze({ eventIds: Object.freeze([]), placeIds: Object.freeze([]) });

export function isEmptySelection(selection: Selection | null | undefined): boolean {
  return !selection || (selection.eventIds.length === 0 && selection.placeIds.length === 0);
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === b) return true;
  if (!a || !b) return isEmptySelection(a) && isEmptySelection(b);
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((id, i) => id === y[i]);
  return same(a.eventIds, b.eventIds) && same(a.placeIds, b.placeIds);
}

/** The selected events and every event at a selected place. */
export function eventIdsOf(dataset: LoadedDataset, selection: Selection): Set<string> {
  const ids = new Set(selection.eventIds.filter((id) => dataset.eventById.has(id)));
  for (const placeId of selection.placeIds) {
    for (const event of dataset.eventsByPlace.get(placeId) ?? []) ids.add(event.id);
  }
  return ids;
}

/** The selected places and every place of a selected event. */
export function placeIdsOf(dataset: LoadedDataset, selection: Selection): Set<string> {
  const ids = new Set(selection.placeIds.filter((id) => dataset.placeById.has(id)));
  for (const eventId of selection.eventIds) {
    for (const placeId of dataset.eventById.get(eventId)?.places ?? []) ids.add(placeId);
  }
  return ids;
}

/** Normalizes what callers pass to `select()`: unknown shapes become empty lists, ids become strings. */
export function toSelection(input: { eventIds?: unknown; placeIds?: unknown } | null | undefined): Selection {
  const ids = (value: unknown) => (Array.isArray(value) ? [...new Set(value.map(String))] : []);
  return { eventIds: ids(input?.eventIds), placeIds: ids(input?.placeIds) };
}
