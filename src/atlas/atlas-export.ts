import type { Feature, FeatureCollection, Point } from 'geojson';
import { eventsToCsv, placesToCsv } from '../data/csv-write.js';
import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import type { Place, RelationsEvent } from '../data/types.js';

/** What the atlas exports: the data its filters and search let through, as GeoJSON or CSV. Pure. */

/** An event as the data file has it, without what loading added (its parsed date). */
function asWritten(event: LoadedEvent): RelationsEvent {
  const { when: _when, ...written } = event;
  return written;
}

/**
 * The visible events and the places the map shows with them: a place with a visible event, or with no events at
 * all (a twinned town), as the map keeps those while filtering.
 */
export function filteredRecords(
  data: LoadedDataset,
  visible: readonly LoadedEvent[],
): { events: RelationsEvent[]; places: Place[] } {
  const everything = visible.length === data.events.length;
  const shown = new Set(visible.map((event) => event.id));
  const places = everything
    ? data.places.slice()
    : data.places.filter((place) => {
        const events = data.eventsByPlace.get(place.id) ?? [];
        return events.length === 0 || events.some((event) => shown.has(event.id));
      });
  return { events: visible.map(asWritten), places };
}

export interface PlaceProperties {
  readonly name: string;
  readonly [key: string]: unknown;
}

/**
 * The places as GeoJSON Points (`[lon, lat]`) with their fields as properties (`name` in English, `name_<lang>` for
 * each other language) and the visible events at each place listed in `events`. Reads back as places.
 */
export function toGeojson(
  data: LoadedDataset,
  visible: readonly LoadedEvent[],
): FeatureCollection<Point, PlaceProperties> {
  const { events, places } = filteredRecords(data, visible);
  const byPlace = new Map<string, RelationsEvent[]>();
  for (const event of events) {
    for (const id of new Set(event.places)) {
      let list = byPlace.get(id);
      if (!list) byPlace.set(id, (list = []));
      list.push(event);
    }
  }
  const features = places.map((place): Feature<Point, PlaceProperties> => {
    const names = typeof place.name === 'string' ? {} : place.name;
    const localNames = Object.fromEntries(
      Object.keys(names)
        .filter((lang) => lang !== 'en')
        .sort()
        .map((lang) => [`name_${lang}`, names[lang]]),
    );
    const properties: PlaceProperties = {
      name: localize(place.name, 'en'),
      ...localNames,
      ...(place.country ? { country: place.country } : {}),
      ...(place.represents ? { represents: place.represents } : {}),
      ...(place.kinds?.length ? { kinds: [...place.kinds] } : {}),
      ...(place.description ? { description: place.description } : {}),
      ...(place.source ? { source: place.source } : {}),
      events: byPlace.get(place.id) ?? [],
    };
    return {
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties,
    };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * The visible events (with the title row, the category labels and the series, so one sheet holds the set), or the
 * places shown with them, as the CSV files `src` and `places-src` read back.
 */
export function toCsv(data: LoadedDataset, visible: readonly LoadedEvent[], which: 'events' | 'places'): string {
  const { events, places } = filteredRecords(data, visible);
  return which === 'events' ? eventsToCsv(events, { meta: data.meta, series: data.series }) : placesToCsv(places);
}

/** A file name from the data set's title: "azerbaijan-lithuania-relations.geojson". */
export function exportFileName(title: string, suffix: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${base || 'relations'}${suffix}`;
}
