import { checkDataset, type CheckResult, type RecordOrigin } from './check-dataset.js';
import type { Diagnostic } from './diagnostics.js';
import { isFeatureCollection, parseGeojsonFields, recordsFromGeojson, type GeojsonRecords } from './geojson.js';
import { parseJson } from './safe-json.js';

/**
 * The loader's GeoJSON half: GeoJSON files read and checked together with the data they come with. Kept apart from
 * `load.ts` so that a page whose data is no GeoJSON never downloads it (the elements import it on first use).
 */

export { recordsFromGeojson };

/** Which GeoJSON properties hold what: `"name:place, date:time"` or `{name: 'place', date: 'time'}`. */
type Fields = unknown;

/** GeoJSON text as records; a file that is JSON but no FeatureCollection is reported. */
export function geojsonFromText(text: string, fields: Fields): GeojsonRecords | Diagnostic {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { severity: 'error', code: 'invalid-json', message: `the GeoJSON is not valid JSON: ${parsed.reason}` };
  if (!isFeatureCollection(parsed.value)) {
    return { severity: 'error', code: 'invalid-dataset', message: 'the GeoJSON is not a FeatureCollection ({"type": "FeatureCollection", "features": […]})' };
  }
  return recordsFromGeojson(parsed.value, parseGeojsonFields(fields).fields);
}

/**
 * A data set (parsed JSON or CSV records) with a GeoJSON file's places and events after its own, checked together;
 * their diagnostics point at the features they came from.
 */
export function checkWithGeojson(
  base: Record<string, unknown>,
  geo: GeojsonRecords,
  rowOf: RecordOrigin['rowOf'],
  geojsonFields: Fields,
): CheckResult {
  const events = Array.isArray(base.events) ? base.events : [];
  const places = Array.isArray(base.places) ? base.places : [];
  const input = {
    ...base,
    ...(base.meta === undefined && geo.title ? { meta: { title: geo.title } } : {}),
    events: [...events, ...geo.events],
    places: [...places, ...geo.places],
  };
  const checked = checkDataset(input, {
    rowOf,
    locate: (collection, index) => {
      if (collection === 'events' && index >= events.length)
        return { collection: 'features', index: geo.eventFeature[index - events.length] };
      if (collection === 'places' && index >= places.length)
        return { collection: 'features', index: geo.placeFeature[index - places.length] };
      return undefined;
    },
  });
  const fields = parseGeojsonFields(geojsonFields).diagnostics;
  return { dataset: checked.dataset, diagnostics: [...fields, ...geo.diagnostics, ...checked.diagnostics] };
}

/** Two GeoJSON files' records as one (the `src` file's first). */
export function mergeGeojson(a: GeojsonRecords, b: GeojsonRecords): GeojsonRecords {
  return {
    title: a.title ?? b.title,
    places: [...a.places, ...b.places],
    events: [...a.events, ...b.events],
    placeFeature: [...a.placeFeature, ...b.placeFeature],
    eventFeature: [...a.eventFeature, ...b.eventFeature],
    diagnostics: [...a.diagnostics, ...b.diagnostics],
  };
}


/** A FeatureCollection value, with the places file's records if there is one. */
export function checkFeatureCollection(value: unknown, geo: GeojsonRecords | null, geojsonFields: Fields): CheckResult {
  const own = recordsFromGeojson(value, parseGeojsonFields(geojsonFields).fields);
  return checkWithGeojson({}, geo ? mergeGeojson(own, geo) : own, undefined, geojsonFields);
}

export { isFeatureCollection };
export type { GeojsonRecords };
