/** Which view fits a set of places, and how much room the legend takes from it: numbers only, no Leaflet. */

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

export type FittedView =
  | { readonly kind: 'centre'; readonly centre: readonly [lat: number, lon: number]; readonly zoom: number }
  | {
      readonly kind: 'bounds';
      readonly south: number;
      readonly west: number;
      readonly north: number;
      readonly east: number;
    };

/** With no places: Europe and the Caucasus, where the bundled data sets are. */
export const EMPTY_VIEW: FittedView = { kind: 'centre', centre: [48, 30], zoom: 3 };
/** A lone place is shown at city-and-surroundings scale. */
const SINGLE_PLACE_ZOOM = 6;

/** West, south, east, north in degrees; east may pass 180 for a country across the antimeridian. */
export type DegreeBounds = readonly [west: number, south: number, east: number, north: number];

/** Places closer together than this (in degrees, both ways) are one city: a map of them shows a city, not a story. */
const ONE_CITY = 0.5;
/** Up to this many places, the parties' countries are shown around them. */
const FEW_PLACES = 2;

/** How many places there are and the box around them (empty: south and west Infinity, north and east -Infinity). */
export interface PlaceSpread {
  readonly count: number;
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

/** The count of places and the box around them: one pass, no object per place. */
export function placeSpread(places: readonly LatLon[]): PlaceSpread {
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < places.length; i++) {
    const { lat, lon } = places[i];
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
  }
  return { count: places.length, south, west, north, east };
}

const spreadOf = (places: readonly LatLon[] | PlaceSpread): PlaceSpread =>
  'count' in places ? places : placeSpread(places);

/** Whether the parties' countries belong in the default view: few places, or all of them in one city. */
export function showsParties(places: readonly LatLon[] | PlaceSpread): boolean {
  const { count, south, west, north, east } = spreadOf(places);
  if (count <= FEW_PLACES) return true;
  return north - south < ONE_CITY && east - west < ONE_CITY;
}

/**
 * The view the map opens with: all places, or one place at city scale, or the region of the bundled data; with few
 * places (or all in one city) the parties' countries too, when their bounds are known. `places` may be given as
 * their spread (what a large data set computes once).
 */
export function defaultView(
  places: readonly LatLon[] | PlaceSpread,
  parties: readonly DegreeBounds[] = [],
): FittedView {
  const spread = spreadOf(places);
  const withParties = parties.length > 0 && showsParties(spread);
  if (spread.count === 0 && !withParties) return EMPTY_VIEW;
  if (spread.count === 1 && !withParties)
    return { kind: 'centre', centre: [spread.south, spread.west], zoom: SINGLE_PLACE_ZOOM };
  let { south, west, north, east } = spread;
  if (withParties) {
    for (const [w, s, e, n] of parties) {
      south = Math.min(south, s);
      north = Math.max(north, n);
      west = Math.min(west, w);
      east = Math.max(east, e);
    }
  }
  return { kind: 'bounds', south, west, north, east };
}

/**
 * The closest zoom a fit may reach: `closest` for several places; for one, never out from where the reader is, and
 * no closer than city scale unless `closest` allows less.
 */
export function fitMaxZoom(places: number, currentZoom: number, closest: number): number {
  return places === 1 ? Math.max(currentZoom, Math.min(SINGLE_PLACE_ZOOM, closest)) : closest;
}

/**
 * The extra room (right, bottom) a fit leaves for the legend: beside it, or below the places when the legend is a
 * strip across a narrow map (wider than half the frame).
 */
export function legendRoom(
  legend: { readonly width: number; readonly height: number },
  frameWidth: number,
): [number, number] {
  return legend.width > frameWidth / 2 ? [0, legend.height] : [legend.width + 8, 0];
}
