import { checkDataset, checkDatasetInSlices, MAX_RECORDS, type CheckResult } from './check-dataset.js';
import { recordsFromCsv, isPlacesCsv } from './csv.js';
import type { Diagnostic } from './diagnostics.js';
import type * as GeojsonLoader from './load-geojson.js';
import type { GeojsonRecords } from './geojson.js';
import type { OffThreadOutcome } from './check-off-thread.js';
import { isLoadedDataset } from './loaded.js';
import { isRecord, parseJson } from './safe-json.js';
import { isTimelineJsCsv, isTimelineJsJson, mayBeTimelineJsJson } from './timelinejs-detect.js';

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
  /** Called while records are checked (JSON and CSV data), every few thousand, with how many were, of how many. */
  readonly onProgress?: (checked: number, total: number) => void;
}

type TimelineJsReader = (typeof import('./timelinejs.js'))['timelineJsReader'];
let timelineJs: TimelineJsReader | null = null;

/**
 * Fetches the TimelineJS reader, a chunk of its own that most pages never need. The elements and `fetchDataset` call
 * it when they meet a TimelineJS file; call it once before handing one to `loadDatasetText` or `loadDatasetValue`.
 */
export async function loadTimelineJs(): Promise<void> {
  timelineJs ??= (await import('./timelinejs.js')).timelineJsReader;
}

/** True when the value is (or may be) a TimelineJS file and the reader is not loaded yet: `loadTimelineJs()` first. */
export function needsTimelineJs(value: unknown, format?: DataFormat): boolean {
  if (timelineJs) return false;
  if (typeof value !== 'string') return isTimelineJsJson(value);
  const text = value.replace(/^\uFEFF/, '');
  return (format ?? guessFormat(text)) === 'csv' ? isTimelineJsCsv(text) : mayBeTimelineJsJson(text);
}

function withTimelineJs(read: (reader: TimelineJsReader) => CheckResult): CheckResult {
  if (timelineJs) return read(timelineJs);
  return failure({
    severity: 'error',
    code: 'invalid-dataset',
    message: 'this is a TimelineJS file, and the TimelineJS reader is not loaded: call loadTimelineJs() first',
  });
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

let geojson: typeof GeojsonLoader | null = null;

/**
 * Makes GeoJSON readable by the synchronous loaders. The `relations-atlas/data` entry point does it as it loads; the
 * elements call `loadGeojsonSupport()` when their data turns out to be GeoJSON, so other pages never download it.
 */
export function useGeojson(loader: typeof GeojsonLoader): void {
  geojson = loader;
}

/** Loads the GeoJSON reader (a chunk of its own in the drop-in bundle) once. */
export async function loadGeojsonSupport(): Promise<void> {
  geojson ??= await import('./load-geojson.js');
}

const isFeatureCollection = (value: unknown) => isRecord(value) && value.type === 'FeatureCollection';

/**
 * True when loading `value` (with `placesText`) needs the GeoJSON reader that is not loaded yet: a FeatureCollection,
 * JSON text that names one, a `.geojson` format, or a places file in JSON. A cheap look, never a parse.
 */
export function needsGeojson(
  value: unknown,
  places?: { readonly text?: string; readonly format?: DataFormat; },
  format?: DataFormat,
): boolean {
  if (geojson) return false;
  if (format === 'geojson' || isFeatureCollection(value)) return true;
  if (typeof value === 'string' && guessFormat(value) === 'json' && /"FeatureCollection"/.test(value)) return true;
  return places?.text !== undefined && places.format !== 'csv' && (places.format !== undefined || guessFormat(places.text) === 'json');
}

function geojsonMissing(): Diagnostic {
  return {
    severity: 'error',
    code: 'invalid-dataset',
    message: 'the data is GeoJSON, and the GeoJSON reader is not loaded: import relations-atlas/data (or call loadGeojsonSupport())',
  };
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
    if (!geojson) return failure(geojsonMissing());
    const places = geojson.geojsonFromText(options.placesCsv!, options.geojsonFields);
    if ('severity' in places) {
      const rest = loadDatasetText(text, { format, geojsonFields: options.geojsonFields });
      return { dataset: rest.dataset, diagnostics: [{ ...places, message: `places: ${places.message}` }, ...rest.diagnostics] };
    }
    geo = places;
  }
  if (format === 'csv') {
    if (options.placesCsv === undefined && isTimelineJsCsv(text)) return withTimelineJs((read) => read.csv(text));
    const placesFirst = options.placesCsv === undefined && isPlacesCsv(text);
    const placesCsv = geo ? undefined : options.placesCsv;
    const records = placesFirst ? recordsFromCsv(undefined, text) : recordsFromCsv(text, placesCsv);
    const checked =
      geo && geojson
        ? geojson.checkWithGeojson(
            { events: records.events, places: records.places },
            geo,
            records.rowOf,
            options.geojsonFields,
          )
        : checkDataset(records, { rowOf: records.rowOf, onProgress: options.onProgress });
    return records.diagnostics.length
      ? { dataset: checked.dataset, diagnostics: [...records.diagnostics, ...checked.diagnostics] }
      : checked;
  }
  if (format === 'geojson') {
    if (!geojson) return failure(geojsonMissing());
    const own = geojson.geojsonFromText(text, options.geojsonFields);
    if ('severity' in own) return failure(own);
    return geojson.checkWithGeojson({}, geo ? geojson.mergeGeojson(own, geo) : own, undefined, options.geojsonFields);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return failure({ severity: 'error', code: 'invalid-json', message: `the data is not valid JSON: ${parsed.reason}` });
  }
  return checkValue(parsed.value, geo, options);
}

function checkValue(value: unknown, geo: GeojsonRecords | null, options: LoadOptions): CheckResult {
  if (isFeatureCollection(value)) {
    return geojson ? geojson.checkFeatureCollection(value, geo, options.geojsonFields) : failure(geojsonMissing());
  }
  if (geo && geojson && isRecord(value)) return geojson.checkWithGeojson(value, geo, undefined, options.geojsonFields);
  return isTimelineJsJson(value) ? withTimelineJs((read) => read.json(value)) : checkDataset(value, { onProgress: options.onProgress });
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

/**
 * `data` objects with more records than this (places and events together) are checked in slices of a few ms, so the
 * page stays responsive while a million records are checked. Measured in Chromium on this machine: the check costs
 * about 6 µs a record on the main thread, so 20,000 records are where one task would pass 100 ms.
 */
export const SLICED_CHECK_ABOVE = 20_000;

/** Places and events in a plain data set object, read defensively (0 for anything else, or what throws when read). */
export function recordCountOf(value: unknown): number {
  try {
    if (!isRecord(value) || isFeatureCollection(value) || isLoadedDataset(value)) return 0;
    const length = (list: unknown) => (Array.isArray(list) ? Math.min(list.length, MAX_RECORDS) : 0);
    const timelineJs: boolean = isTimelineJsJson(value);
    return timelineJs ? 0 : length(value.events) + length(value.places);
  } catch {
    return 0;
  }
}

/**
 * `loadDatasetValue` for a data set object large enough to check in slices (`recordCountOf(value)` above
 * `SLICED_CHECK_ABOVE`): the same result and diagnostics, with the main thread given back every few ms. Rejects only
 * when `signal` aborts.
 */
export async function loadDatasetValueInSlices(
  value: unknown,
  options: { signal?: AbortSignal; onProgress?: (checked: number, total: number) => void } = {},
): Promise<CheckResult> {
  try {
    return await checkDatasetInSlices(value, options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
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
  /**
   * Files larger than this (bytes as served, data and places together) are parsed and checked in a module Worker, so
   * the page stays responsive; where no Worker can start, on this thread, with a console warning. Never by default.
   */
  readonly offThreadAbove?: number;
  /** Called while records are checked, every few thousand, with how many places and events were checked, of how many. */
  readonly onProgress?: (checked: number, total: number) => void;
}

/** A response's body, still bytes: decoded here, or handed to a worker whole (transferred, never copied). */
export interface FetchedBody {
  readonly bytes: ArrayBuffer;
  /** The media type, lower case, without parameters. */
  readonly type: string;
  readonly url: string;
}

type BodyResult = ({ ok: true } & FetchedBody) | { ok: false; diagnostic: Diagnostic };

async function fetchBody(url: string | URL, options: FetchOptions): Promise<BodyResult> {
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
  return { ok: true, bytes: await response.arrayBuffer(), type, url: String(url) };
}

/** A fetched file's text (UTF-8, as `Response.text()` reads it) and its format, by media type, address or text. */
export interface FetchedText {
  readonly text: string;
  readonly format: DataFormat;
}

export function decodeBody(body: FetchedBody): FetchedText {
  const text = new TextDecoder().decode(body.bytes);
  const isCsv = body.type === 'text/csv' || /\.csv(?:[?#]|$)/i.test(body.url);
  const isGeojson = body.type === 'application/geo+json' || /\.geojson(?:[?#]|$)/i.test(body.url);
  const format = isCsv ? 'csv' : isGeojson ? 'geojson' : body.type.includes('json') ? 'json' : guessFormat(text);
  return { text, format };
}

/** What a fetch brought: the data's body, and the places file's body or why it could not be fetched. */
export interface FetchedFiles<T> {
  readonly url: string;
  readonly main: T;
  readonly places?: T | Diagnostic;
  readonly geojsonFields?: unknown;
}

const isDiagnostic = (value: object): value is Diagnostic => 'severity' in value;

/** Reads and checks fetched files (the readers for TimelineJS and GeoJSON fetched first where needed). */
export async function checkFetched(
  files: FetchedFiles<FetchedText>,
  onProgress?: (checked: number, total: number) => void,
): Promise<CheckResult> {
  const { url, main, places, geojsonFields } = files;
  const placesText = places === undefined || isDiagnostic(places) ? undefined : places;
  if (places === undefined && needsTimelineJs(main.text, main.format)) {
    try {
      await loadTimelineJs();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return loadFailure(`could not load the TimelineJS reader for ${url}: ${reason}`);
    }
  }
  if (needsGeojson(main.text, placesText, main.format)) {
    try {
      await loadGeojsonSupport();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure({ severity: 'error', code: 'fetch-failed', message: `could not load the GeoJSON reader: ${reason}` });
    }
  }
  if (places !== undefined && isDiagnostic(places)) {
    const result = loadDatasetText(main.text, { format: main.format, geojsonFields, onProgress });
    return { dataset: result.dataset, diagnostics: [places, ...result.diagnostics] };
  }
  return loadDatasetText(main.text, {
    format: main.format,
    placesCsv: placesText?.text,
    placesFormat: placesText?.format,
    geojsonFields,
    onProgress,
  });
}

/** Checks the files in a worker; the code that starts it is a chunk of its own, fetched for large files only. */
async function offThread(files: FetchedFiles<FetchedBody>, options: FetchOptions): Promise<OffThreadOutcome> {
  let client: typeof import('./check-off-thread.js');
  try {
    client = await import('./check-off-thread.js');
  } catch (error) {
    return { fallback: `its chunk could not be loaded (${error instanceof Error ? error.message : String(error)})`, files };
  }
  return client.checkInWorker(files, { signal: options.signal, onProgress: options.onProgress });
}

/** Loads a data set from a URL (JSON, GeoJSON, or an events or places CSV) plus an optional places CSV or GeoJSON. */
export async function fetchDataset(url: string | URL, options: FetchOptions = {}): Promise<CheckResult> {
  const [main, places] = await Promise.all([
    fetchBody(url, options),
    options.placesUrl === undefined ? undefined : fetchBody(options.placesUrl, options),
  ]);
  if (!main.ok) return failure(main.diagnostic);
  const files: FetchedFiles<FetchedBody> = {
    url: String(url),
    main,
    places: places === undefined ? undefined : places.ok ? places : places.diagnostic,
    geojsonFields: options.geojsonFields,
  };
  const size = main.bytes.byteLength + (places?.ok ? places.bytes.byteLength : 0);
  if (options.offThreadAbove !== undefined && size > options.offThreadAbove) {
    const checked = await offThread(files, options);
    if ('result' in checked) return checked.result;
    console.warn(
      `relations-atlas: ${files.url} is checked on the page's main thread, which may stall it: ${checked.fallback}`,
    );
    if (!checked.files) return fetchDataset(url, { ...options, offThreadAbove: undefined });
    return checkFetched(decodeFiles(checked.files), options.onProgress);
  }
  return checkFetched(decodeFiles(files), options.onProgress);
}

/** The files' text, decoded. */
export function decodeFiles(files: FetchedFiles<FetchedBody>): FetchedFiles<FetchedText> {
  const { places } = files;
  return {
    ...files,
    main: decodeBody(files.main),
    places: places === undefined || isDiagnostic(places) ? places : decodeBody(places),
  };
}
