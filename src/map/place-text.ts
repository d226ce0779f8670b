import { t, type MessageKey } from '../common/i18n.js';
import type { MarkerSymbol } from './marker-symbol.js';

/** What the legend, tooltips and screen readers call each kind of place, and the map's other words, in `lang`. */

const SYMBOL_KEYS: Readonly<Record<MarkerSymbol, MessageKey>> = {
  capital: 'capital',
  embassy: 'embassy',
  consulate: 'consulate',
  'twin-city': 'twinCity',
  venue: 'venue',
  city: 'city',
};

export function symbolName(symbol: MarkerSymbol, lang = 'en'): string {
  return t(lang, SYMBOL_KEYS[symbol]);
}

/** The English names (as `symbolName(symbol)`), for callers that need them as a table. */
export const SYMBOL_NAMES: Readonly<Record<MarkerSymbol, string>> = Object.fromEntries(
  Object.keys(SYMBOL_KEYS).map((symbol) => [symbol, symbolName(symbol as MarkerSymbol)]),
) as Record<MarkerSymbol, string>;

export interface DescribedPlace {
  readonly name: string;
  readonly symbol: MarkerSymbol;
  readonly count: number;
}

export const eventCount = (count: number, lang = 'en'): string => t(lang, 'events', { n: count });
export const placeCount = (count: number, lang = 'en'): string => t(lang, 'places', { n: count });

/** A marker's accessible name, also announced when the keyboard focus reaches it. */
export function describePlace(place: DescribedPlace, lang = 'en'): string {
  return `${place.name} (${symbolName(place.symbol, lang).toLocaleLowerCase(lang)}), ${eventCount(place.count, lang)}`;
}

/** The second line of a place's tooltip. */
export function tooltipDetail(place: DescribedPlace, lang = 'en'): string {
  return `${symbolName(place.symbol, lang)} · ${eventCount(place.count, lang)}`;
}

export function selectedAnnouncement(place: DescribedPlace | null, lang = 'en'): string {
  return place
    ? t(lang, 'selectedPlace', { name: place.name, events: eventCount(place.count, lang) })
    : t(lang, 'selectionCleared');
}

/** The map's accessible name: what it shows and which keys work. */
export function mapLabel(places: number | null, grouped: boolean, lang = 'en'): string {
  if (places === null) return t(lang, 'map');
  return t(lang, 'mapLabel', { places: placeCount(places, lang) }) + (grouped ? t(lang, 'mapGroups') : '');
}

export function zoomedInOn(places: number, lang = 'en'): string {
  return t(lang, 'zoomedInOn', { places: placeCount(places, lang) });
}
