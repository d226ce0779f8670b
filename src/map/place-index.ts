import type { LoadedDataset } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import type { Place } from '../data/types.js';
import { labelPriority, MARKER_SYMBOLS, partyOf, symbolOf, type MarkerSymbol } from './marker-symbol.js';

/** A place the map can draw: one with coordinates, with what its marker and label need. */
export interface PlaceEntry {
  readonly place: Place;
  /** Position in the data set's places, which keeps marker element ids stable. */
  readonly index: number;
  readonly symbol: MarkerSymbol;
  readonly party: 0 | 1 | 2;
  readonly name: string;
  /** Number of events at the place. */
  readonly count: number;
}

export interface PlaceIndex {
  readonly byId: ReadonlyMap<string, PlaceEntry>;
  readonly list: readonly PlaceEntry[];
  /** The symbols the legend explains, in legend order. */
  readonly symbols: readonly MarkerSymbol[];
}

export const EMPTY_PLACE_INDEX: PlaceIndex = { byId: new Map(), list: [], symbols: [] };

/** The data set's places with coordinates, named in `lang` (else any name, else the id). */
export function indexPlaces(data: LoadedDataset, lang: string): PlaceIndex {
  const byId = new Map<string, PlaceEntry>();
  const list: PlaceEntry[] = [];
  const parties = data.meta.parties;
  data.places.forEach((place, index) => {
    if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) return;
    const symbol = symbolOf(place);
    const entry: PlaceEntry = {
      place,
      index,
      symbol,
      party: partyOf(place, parties, symbol),
      name: localize(place.name, lang) || place.id,
      count: data.eventsByPlace.get(place.id)?.length ?? 0,
    };
    byId.set(place.id, entry);
    list.push(entry);
  });
  const present = new Set(list.map((entry) => entry.symbol));
  return { byId, list, symbols: MARKER_SYMBOLS.filter((symbol) => present.has(symbol)) };
}

/** Orders places most important first: capitals, then by their number of events. */
export const byImportance = (a: PlaceEntry, b: PlaceEntry): number =>
  labelPriority(b.symbol, b.count) - labelPriority(a.symbol, a.count);
