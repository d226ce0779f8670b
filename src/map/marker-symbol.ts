import type { Party, Place } from '../data/types.js';

/** The glyph a place is drawn with. `city` stands for plain cities and regions. */
export type MarkerSymbol = 'capital' | 'embassy' | 'consulate' | 'twin-city' | 'venue' | 'city';

/** Legend order: the article's subjects first. */
export const MARKER_SYMBOLS: readonly MarkerSymbol[] = [
  'capital',
  'embassy',
  'consulate',
  'twin-city',
  'venue',
  'city',
];

const PRIORITY: readonly MarkerSymbol[] = ['embassy', 'consulate', 'capital', 'twin-city', 'venue', 'city'];

/** A place's symbol: the most specific of its kinds (an embassy in a capital is an embassy). */
export function symbolOf(place: Pick<Place, 'kinds'>): MarkerSymbol {
  const kinds: readonly string[] = place.kinds ?? [];
  if (kinds.length === 0) return 'city';
  return PRIORITY.find((symbol) => kinds.includes(symbol)) ?? 'city';
}

/**
 * Which party a place is coloured by: 1 or 2 for the data set's first or second party, 0 for anyone else. Embassies
 * and consulates take the colour of the country they represent, so each capital shows the other's flag.
 */
export function partyOf(
  place: Pick<Place, 'country' | 'represents' | 'kinds'>,
  parties: readonly Party[] | undefined,
  symbol = symbolOf(place),
): 0 | 1 | 2 {
  const country = (
    symbol === 'embassy' || symbol === 'consulate' ? (place.represents ?? place.country) : place.country
  )?.toUpperCase();
  if (!country || !parties) return 0;
  const index = parties.findIndex((party) => party.country.toUpperCase() === country);
  return index === 0 ? 1 : index === 1 ? 2 : 0;
}

/** Larger numbers win label space and keyboard order ties. */
const BASE_PRIORITY: Readonly<Record<MarkerSymbol, number>> = {
  capital: 1000,
  'twin-city': 300,
  embassy: 200,
  consulate: 150,
  venue: 100,
  city: 120,
};

export function labelPriority(symbol: MarkerSymbol, eventCount: number): number {
  return BASE_PRIORITY[symbol] + Math.min(eventCount, 99);
}
