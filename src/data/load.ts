import { checkDataset, type CheckResult, type RecordOrigin } from './check-dataset.js';
import { recordsFromCsv, isPlacesCsv } from './csv.js';
import type { Diagnostic } from './diagnostics.js';
import { isFeatureCollection, parseGeojsonFields, recordsFromGeojson, type GeojsonRecords } from './geojson.js';
import { isLoadedDataset } from './loaded.js';
import { isRecord, parseJson } from './safe-json.js';

export { isLoadedDataset };

/**
 * The one loader for JSON, CSV and GeoJSON. Every path returns `{dataset, diagnostics}` and none throws on bad input:
 * a failed fetch, a wrong content type or unparsable text yields an empty data set and a diagnostic saying why.
 */

export type DataFormat = 'json' | 'csv' | 'geojson';

export interface LoadOptions {
  /** Guessed from the text when not given: CSV unless it starts like JSON; a FeatureCollection is GeoJSON. */
  readonly format?: DataFormat;
  /** The places the data refers to: a places CSV, or a GeoJSON FeatureCollection (whose dated features add events). */
  readonly placesCsv?: string;
  /** The format of `placesCsv`, guessed from its text when not given. */
  readonly placesFormat?: DataFormat;
  /** Which GeoJSON properties hold what: `"name:place, date:time"` or `{name: 'place', date: 'time'}`. */
  readonly geojsonFields?: unknown;
}

function failure(diagnostic: Diagnostic): CheckResult {
  const empty = checkDataset({ events: [], places: [] });
  return { dataset: empty.dataset, diagnostics: [diagnostic] };
}

/** The result of a load that could not fetch its data, with the message an editor reads. */
export function loadFailure(message: string): CheckResult {
  return failure({ severity: 'error', code: 'fetch-failed', message });
}

function guessFormat(text: string): DataFormat {
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** GeoJSON text as records; a file that is JSON but no FeatureCollection is reported. */
function geojsonFromText(text: string, fields: LoadOptions['geojsonFields']): GeojsonRecords | Diagnostic {
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
function checkWithGeojson(
  base: Record<string, unknown>,
  geo: GeojsonRecords,
  rowOf: RecordOrigin['rowOf'],
  options: LoadOptions,
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
  const fields = parseGeojsonFields(options.geojsonFields).diagnostics;
  return { dataset: checked.dataset, diagnostics: [...fields, ...geo.diagnostics, ...checked.diagnostics] };
}

function isGeojsonPlaces(options: LoadOptions): boolean {
  if (options.placesCsv === undefined || options.placesFormat === 'csv') return false;
  return options.placesFormat === 'geojson' || options.placesFormat === 'json' || guessFormat(options.placesCsv) === 'json';
}

export function loadDatasetText(input: string, options: LoadOptions = {}): CheckResult {
  // A file saved with a byte order mark loads through `src` (the decoder drops it); the same text as `data` does too.
  const text = input.replace(/^\uFEFF/, '');
  const format = options.format ?? guessFormat(text);
  let geo: GeojsonRecords | null = null;
  if (isGeojsonPlaces(options)) {
    const places = geojsonFromText(options.placesCsv!, options.geojsonFields);
    if ('severity' in places) {
      const rest = loadDatasetText(text, { format, geojsonFields: options.geojsonFields });
      return { dataset: rest.dataset, diagnostics: [{ ...places, message: `places: ${places.message}` }, ...rest.diagnostics] };
    }
    geo = places;
  }
  if (format === 'csv') {
    const placesFirst = options.placesCsv === undefined && isPlacesCsv(text);
    const placesCsv = geo ? undefined : options.placesCsv;
    const records = placesFirst ? recordsFromCsv(undefined, text) : recordsFromCsv(text, placesCsv);
    const checked = geo
      ? checkWithGeojson({ events: records.events, places: records.places }, geo, records.rowOf, options)
      : checkDataset(records, { rowOf: records.rowOf });
    return records.diagnostics.length
      ? { dataset: checked.dataset, diagnostics: [...records.diagnostics, ...checked.diagnostics] }
      : checked;
  }
  if (format === 'geojson') {
    const own = geojsonFromText(text, options.geojsonFields);
    if ('severity' in own) return failure(own);
    return checkWithGeojson({}, geo ? mergeGeojson(own, geo) : own, undefined, options);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return failure({ severity: 'error', code: 'invalid-json', message: `the data is not valid JSON: ${parsed.reason}` });
  }
  return checkValue(parsed.value, geo, options);
}

/** Two GeoJSON files' records as one (the `src` file's first). */
function mergeGeojson(a: GeojsonRecords, b: GeojsonRecords): GeojsonRecords {
  return {
    title: a.title ?? b.title,
    places: [...a.places, ...b.places],
    events: [...a.events, ...b.events],
    placeFeature: [...a.placeFeature, ...b.placeFeature],
    eventFeature: [...a.eventFeature, ...b.eventFeature],
    diagnostics: [...a.diagnostics, ...b.diagnostics],
  };
}

function checkValue(value: unknown, geo: GeojsonRecords | null, options: LoadOptions): CheckResult {
  if (isFeatureCollection(value)) {
    const own = recordsFromGeojson(value, parseGeojsonFields(options.geojsonFields).fields);
    return checkWithGeojson({}, geo ? mergeGeojson(own, geo) : own, undefined, options);
  }
  if (geo && isRecord(value)) return checkWithGeojson(value, geo, undefined, options);
  return checkDataset(value);
}

/**
 * For values handed to an element's `data` property: a loaded data set, a data set object, a GeoJSON
 * FeatureCollection, or JSON text. A value that throws when read (a getter, a Proxy, a revoked Proxy) is reported,
 * never thrown.
 */
export function loadDatasetValue(value: unknown, options: Pick<LoadOptions, 'geojsonFields'> = {}): CheckResult {
  if (isLoadedDataset(value)) return { dataset: value, diagnostics: [] };
  try {
    return typeof value === 'string' ? loadDatasetText(value, options) : checkValue(value, null, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure({ severity: 'error', code: 'invalid-dataset', message: `the data could not be read: ${reason}` });
  }
}

export interface FetchOptions {
  /** A places CSV or GeoJSON file for the data at the URL. */
  readonly placesUrl?: string | URL;
  /** See `LoadOptions.geojsonFields`. */
  readonly geojsonFields?: unknown;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
}

type TextResult = { ok: true; text: string; format: DataFormat } | { ok: false; diagnostic: Diagnostic };

async function fetchText(url: string | URL, options: FetchOptions): Promise<TextResult> {
  const fetcher = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetcher(url, { signal: options.signal, credentials: 'same-origin' });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, diagnostic: { severity: 'error', code: 'fetch-failed', message: `could not load ${url}: ${reason}` } };
  }
  if (!response.ok) {
    const message = `could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim();
    return { ok: false, diagnostic: { severity: 'error', code: 'fetch-failed', message } };
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type.startsWith('image/')) {
    const message = `${url} is ${type}, not JSON or CSV data`;
    return { ok: false, diagnostic: { severity: 'error', code: 'wrong-content-type', message } };
  }
  const text = await response.text();
  const isCsv = type === 'text/csv' || /\.csv(?:[?#]|$)/i.test(String(url));
  const isGeojson = type === 'application/geo+json' || /\.geojson(?:[?#]|$)/i.test(String(url));
  const format = isCsv ? 'csv' : isGeojson ? 'geojson' : type.includes('json') ? 'json' : guessFormat(text);
  return { ok: true, text, format };
}

/** Loads a data set from a URL (JSON, GeoJSON, or an events or places CSV) plus an optional places CSV or GeoJSON. */
export async function fetchDataset(url: string | URL, options: FetchOptions = {}): Promise<CheckResult> {
  const [main, places] = await Promise.all([
    fetchText(url, options),
    options.placesUrl === undefined ? undefined : fetchText(options.placesUrl, options),
  ]);
  if (!main.ok) return failure(main.diagnostic);
  if (places && !places.ok) {
    const result = loadDatasetText(main.text, { format: main.format, geojsonFields: options.geojsonFields });
    return { dataset: result.dataset, diagnostics: [places.diagnostic, ...result.diagnostics] };
  }
  return loadDatasetText(main.text, {
    format: main.format,
    placesCsv: places?.text,
    placesFormat: places?.format,
    geojsonFields: options.geojsonFields,
  });
}
