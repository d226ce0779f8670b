import { checkDataset, type CheckResult } from './check-dataset.js';
import { recordsFromCsv, isPlacesCsv } from './csv.js';
import type { Diagnostic } from './diagnostics.js';
import { isLoadedDataset } from './loaded.js';
import { parseJson } from './safe-json.js';
import { isTimelineJsCsv, isTimelineJsJson, mayBeTimelineJsJson } from './timelinejs-detect.js';

export { isLoadedDataset };

/**
 * The one loader for JSON and CSV. Every path returns `{dataset, diagnostics}` and none throws on bad input:
 * a failed fetch, a wrong content type or unparsable text yields an empty data set and a diagnostic saying why.
 */

export type DataFormat = 'json' | 'csv';

export interface LoadOptions {
  /** Guessed from the text when not given: CSV unless it starts like JSON. */
  readonly format?: DataFormat;
  /** With an events CSV: the places CSV it refers to. */
  readonly placesCsv?: string;
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

export function loadDatasetText(input: string, options: LoadOptions = {}): CheckResult {
  // A file saved with a byte order mark loads through `src` (the decoder drops it); the same text as `data` does too.
  const text = input.replace(/^\uFEFF/, '');
  const format = options.format ?? guessFormat(text);
  if (format === 'csv') {
    if (options.placesCsv === undefined && isTimelineJsCsv(text)) return withTimelineJs((read) => read.csv(text));
    const placesFirst = options.placesCsv === undefined && isPlacesCsv(text);
    const records = placesFirst ? recordsFromCsv(undefined, text) : recordsFromCsv(text, options.placesCsv);
    const checked = checkDataset(records, { rowOf: records.rowOf });
    return records.diagnostics.length
      ? { dataset: checked.dataset, diagnostics: [...records.diagnostics, ...checked.diagnostics] }
      : checked;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return failure({ severity: 'error', code: 'invalid-json', message: `the data is not valid JSON: ${parsed.reason}` });
  }
  return checkValue(parsed.value);
}

/** A parsed value: a TimelineJS file is converted first, then checked like any data set. */
function checkValue(value: unknown): CheckResult {
  return isTimelineJsJson(value) ? withTimelineJs((read) => read.json(value)) : checkDataset(value);
}

/**
 * For values handed to an element's `data` property: a loaded data set, a data set object, or JSON text. A value that
 * throws when read (a getter, a Proxy, a revoked Proxy) is reported, never thrown.
 */
export function loadDatasetValue(value: unknown): CheckResult {
  if (isLoadedDataset(value)) return { dataset: value, diagnostics: [] };
  try {
    return typeof value === 'string' ? loadDatasetText(value) : checkValue(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure({ severity: 'error', code: 'invalid-dataset', message: `the data could not be read: ${reason}` });
  }
}

export interface FetchOptions {
  readonly placesUrl?: string | URL;
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
  return { ok: true, text, format: isCsv ? 'csv' : type.includes('json') ? 'json' : guessFormat(text) };
}

/** Loads a data set from a URL (JSON, or an events or places CSV plus an optional places CSV). */
export async function fetchDataset(url: string | URL, options: FetchOptions = {}): Promise<CheckResult> {
  const [main, places] = await Promise.all([
    fetchText(url, options),
    options.placesUrl === undefined ? undefined : fetchText(options.placesUrl, options),
  ]);
  if (!main.ok) return failure(main.diagnostic);
  if (places === undefined && needsTimelineJs(main.text, main.format)) {
    try {
      await loadTimelineJs();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return loadFailure(`could not load the TimelineJS reader for ${url}: ${reason}`);
    }
  }
  if (places && !places.ok) {
    const result = loadDatasetText(main.text, { format: main.format });
    return { dataset: result.dataset, diagnostics: [places.diagnostic, ...result.diagnostics] };
  }
  return loadDatasetText(main.text, { format: main.format, placesCsv: places?.text });
}
