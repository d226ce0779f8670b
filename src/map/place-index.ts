import type { LoadedDataset } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import type { Place } from '../data/types.js';
import { placeSpread, type PlaceSpread } from './fit-view.js';
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

/**
 * What the map knows of a data set's places before it draws, the same for every map and language: numbers in typed
 * arrays, one slot per drawable place (one with coordinates, in data order), and no object per place.
 */
export interface PlaceFacts {
  /** Number of places with coordinates. */
  readonly size: number;
  /** The places with coordinates, in data order: the data set's own array when every place has them. */
  readonly drawable: readonly Place[];
  /** Events at each drawable place (an event naming a place twice counts once there); counted on first use. */
  readonly counts: Int32Array;
  /** The symbols present, in legend order. */
  readonly symbols: readonly MarkerSymbol[];
  /** Where the places lie, for the default view. */
  readonly spread: PlaceSpread;
  /** Some event names a place (markers then carry count badges). */
  readonly eventsHavePlaces: boolean;
  /** Some event names two different places or more (a selected visit is drawn as arrows). */
  readonly hasVisits: boolean;
  /** The drawable slot of a place id, or -1. */
  slotOf(id: string): number;
  /** The index in `data.places` of a drawable slot. */
  dataIndexOf(slot: number): number;
}

export interface PlaceIndex {
  readonly facts: PlaceFacts;
  /** Number of drawable places. */
  readonly size: number;
  /** The entry of a drawable slot, made on first use and kept. */
  entry(slot: number): PlaceEntry;
  /** The entry of a place id, if it is drawable. */
  get(id: string): PlaceEntry | undefined;
  /** Every entry, in data order: makes all of them (a keyboard tour, a test), which the first paint never needs. */
  readonly list: readonly PlaceEntry[];
  readonly byId: ReadonlyMap<string, PlaceEntry>;
  /** The symbols the legend explains, in legend order. */
  readonly symbols: readonly MarkerSymbol[];
}

const facts = new WeakMap<LoadedDataset, PlaceFacts>();

/** Whether events name places, and whether one names two different places: one pass, no lookups, stops when both. */
function eventFacts(data: LoadedDataset): { eventsHavePlaces: boolean; hasVisits: boolean } {
  let eventsHavePlaces = false;
  for (const { places } of data.events) {
    const n = places.length;
    if (n === 0) continue;
    eventsHavePlaces = true;
    for (let i = 1; i < n; i++) if (places[i] !== places[0]) return { eventsHavePlaces, hasVisits: true };
  }
  return { eventsHavePlaces, hasVisits: false };
}

/** Each drawable place's slot by id, and its events counted (from the data set's places-to-events rows). */
function countEvents(data: LoadedDataset, dataIndex: Int32Array | null, size: number) {
  const slots = new Map<string, number>();
  const counts = new Int32Array(size);
  const { offsets } = data.placeEvents;
  for (let slot = 0; slot < size; slot++) {
    const p = dataIndex ? dataIndex[slot] : slot;
    slots.set(data.places[p].id, slot);
    counts[slot] = offsets[p + 1] - offsets[p];
  }
  return { slots, counts };
}

/**
 * The data set's place facts, computed once per data set and shared by every map that draws it. The counts (and
 * the lookup by id they need) are made on first use: a first paint of dots and groups needs neither.
 */
export function placeFacts(data: LoadedDataset): PlaceFacts {
  let known = facts.get(data);
  if (known) return known;
  const all = data.places;
  let size = 0;
  for (const place of all) if (Number.isFinite(place.lat) && Number.isFinite(place.lon)) size++;
  // Only when some place has no coordinates do slots and data indices differ (and the drawable ones are a copy).
  const dataIndex = size === all.length ? null : new Int32Array(size);
  const drawable = dataIndex ? new Array<Place>(size) : all;
  const present = new Set<MarkerSymbol>();
  let slot = 0;
  for (let i = 0; i < all.length; i++) {
    const place = all[i];
    if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) continue;
    if (dataIndex) {
      dataIndex[slot] = i;
      (drawable as Place[])[slot] = place;
    }
    present.add(symbolOf(place));
    slot++;
  }
  let counted: { slots: Map<string, number>; counts: Int32Array } | null = null;
  const count = () => (counted ??= countEvents(data, dataIndex, size));
  known = {
    size,
    drawable,
    get counts() {
      return count().counts;
    },
    symbols: MARKER_SYMBOLS.filter((symbol) => present.has(symbol)),
    spread: placeSpread(drawable),
    ...eventFacts(data),
    slotOf: (id) => count().slots.get(id) ?? -1,
    dataIndexOf: (i) => (dataIndex ? dataIndex[i] : i),
  };
  facts.set(data, known);
  return known;
}

const NO_FACTS: PlaceFacts = {
  size: 0,
  drawable: [],
  counts: new Int32Array(0),
  symbols: [],
  spread: placeSpread([]),
  eventsHavePlaces: false,
  hasVisits: false,
  slotOf: () => -1,
  dataIndexOf: (i) => i,
};

class LazyPlaceIndex implements PlaceIndex {
  readonly facts: PlaceFacts;
  readonly #data: LoadedDataset | null;
  readonly #lang: string;
  readonly #made = new Map<number, PlaceEntry>();
  #list: readonly PlaceEntry[] | null = null;
  #byId: ReadonlyMap<string, PlaceEntry> | null = null;

  constructor(data: LoadedDataset | null, lang: string) {
    this.#data = data;
    this.#lang = lang;
    this.facts = data ? placeFacts(data) : NO_FACTS;
  }

  get size(): number {
    return this.facts.size;
  }

  get symbols(): readonly MarkerSymbol[] {
    return this.facts.symbols;
  }

  entry(slot: number): PlaceEntry {
    let entry = this.#made.get(slot);
    if (entry) return entry;
    const data = this.#data!;
    const index = this.facts.dataIndexOf(slot);
    const place = data.places[index];
    const symbol = symbolOf(place);
    entry = {
      place,
      index,
      symbol,
      party: partyOf(place, data.meta.parties, symbol),
      name: localize(place.name, this.#lang) || place.id,
      count: this.facts.counts[slot],
    };
    this.#made.set(slot, entry);
    return entry;
  }

  get(id: string): PlaceEntry | undefined {
    const slot = this.facts.slotOf(id);
    return slot < 0 ? undefined : this.entry(slot);
  }

  get list(): readonly PlaceEntry[] {
    this.#list ??= Array.from({ length: this.size }, (_, slot) => this.entry(slot));
    return this.#list;
  }

  get byId(): ReadonlyMap<string, PlaceEntry> {
    this.#byId ??= new Map(this.list.map((entry) => [entry.place.id, entry]));
    return this.#byId;
  }
}

export const EMPTY_PLACE_INDEX: PlaceIndex = new LazyPlaceIndex(null, 'en');

/** The data set's places with coordinates, named in `lang` (else any name, else the id). */
export function indexPlaces(data: LoadedDataset, lang: string): PlaceIndex {
  return new LazyPlaceIndex(data, lang);
}

/** Orders places most important first: capitals, then by their number of events. */
export const byImportance = (a: PlaceEntry, b: PlaceEntry): number =>
  labelPriority(b.symbol, b.count) - labelPriority(a.symbol, a.count);
