import type { LoadedDataset } from '../data/loaded.js';
import type { Selection } from '../data/selection.js';
import type { Place } from '../data/types.js';
import { distanceKm } from './arc.js';

/** One leg of a visit: from one of an event's places to the next. */
export interface VisitLeg {
  readonly from: Place;
  readonly to: Place;
  readonly category: string;
}

/** Legs shorter than this are inside one city: an arrow there would only hide the markers. */
const SHORTEST_LEG_KM = 30;
/** At most this many legs are drawn for a selection (an event at 5,000 places would draw thousands of arcs). */
export const MAX_LEGS = 200;

/**
 * The legs of the selected events, in order, each pair of places once, the first `MAX_LEGS` of them; legs to or from
 * a place the map does not draw, and legs within one city, are left out.
 */
export function visitLegs(
  data: LoadedDataset,
  selection: Selection,
  placeById: (id: string) => Place | undefined,
): VisitLeg[] {
  const legs: VisitLeg[] = [];
  const seen = new Set<string>();
  for (const eventId of selection.eventIds) {
    const event = data.eventById.get(eventId);
    if (!event) continue;
    for (let i = 0; i + 1 < event.places.length; i++) {
      const from = placeById(event.places[i]);
      const to = placeById(event.places[i + 1]);
      if (!from || !to || from === to) continue;
      const key = `${from.id}>${to.id}`;
      if (seen.has(key) || distanceKm([from.lat, from.lon], [to.lat, to.lon]) < SHORTEST_LEG_KM) continue;
      seen.add(key);
      legs.push({ from, to, category: event.category });
      if (legs.length === MAX_LEGS) return legs;
    }
  }
  return legs;
}
