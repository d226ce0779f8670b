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

/** The view the map opens with: all places, or one place at city scale, or the region of the bundled data. */
export function defaultView(places: readonly LatLon[]): FittedView {
  if (places.length === 0) return EMPTY_VIEW;
  if (places.length === 1) return { kind: 'centre', centre: [places[0].lat, places[0].lon], zoom: SINGLE_PLACE_ZOOM };
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lat, lon } of places) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
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
