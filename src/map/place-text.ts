import type { MarkerSymbol } from './marker-symbol.js';

/** What the legend, tooltips and screen readers call each kind of place. */
export const SYMBOL_NAMES: Readonly<Record<MarkerSymbol, string>> = {
  capital: 'Capital',
  embassy: 'Embassy',
  consulate: 'Consulate',
  'twin-city': 'Twinned place',
  venue: 'Venue',
  city: 'City or region',
};

export interface DescribedPlace {
  readonly name: string;
  readonly symbol: MarkerSymbol;
  readonly count: number;
}

export const eventCount = (count: number): string => (count === 1 ? '1 event' : `${count} events`);
export const placeCount = (count: number): string => (count === 1 ? '1 place' : `${count} places`);

/** A marker's accessible name, also announced when the keyboard focus reaches it. */
export function describePlace(place: DescribedPlace): string {
  return `${place.name} (${SYMBOL_NAMES[place.symbol].toLowerCase()}), ${eventCount(place.count)}`;
}

/** The second line of a place's tooltip. */
export function tooltipDetail(place: DescribedPlace): string {
  return `${SYMBOL_NAMES[place.symbol]} · ${eventCount(place.count)}`;
}

export function selectedAnnouncement(place: DescribedPlace | null): string {
  return place ? `Selected ${place.name}: ${eventCount(place.count)}.` : 'Selection cleared.';
}

/** The map's accessible name: what it shows and which keys work. */
export function mapLabel(places: number | null, grouped: boolean): string {
  if (places === null) return 'Map';
  const groups = grouped ? ' Where places are grouped, Enter zooms in on the group nearest the centre.' : '';
  return `Map of ${placeCount(places)}. Arrow keys move between places, Enter selects, plus and minus zoom, Escape clears.${groups}`;
}
