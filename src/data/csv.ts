import { csvParseRows } from 'd3-dsv';
import type { Collection } from './diagnostics.js';
import { localize } from './localize.js';
import type { Place, RelationsEvent } from './types.js';

/**
 * Records from the spreadsheets editors keep: an events CSV (id, date, title, description, category, places, actors,
 * source_section, source_quote) and a places CSV (id, name, name_<lang>..., country, represents, lat, lon, kinds,
 * description). List cells (places, actors, kinds) separate items with ";" or "|". Uses `csvParseRows`, which does not
 * compile code at run time as `csvParse` does, so it works on strict-CSP pages.
 */

export interface CsvRecords {
  readonly events: Record<string, unknown>[];
  readonly places: Record<string, unknown>[];
  /** The CSV row (1 = header) each record came from. */
  readonly rowOf: (collection: Collection, index: number) => number | undefined;
}

type Row = ReadonlyMap<string, string>;

function rowsOf(text: string): { rows: Row[]; rowNumbers: number[] } {
  const [header = [], ...body] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const names = header.map((name) => name.trim().toLowerCase());
  const rows: Row[] = [];
  const rowNumbers: number[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push(new Map(names.map((name, column) => [name, unneutralise((cells[column] ?? '').trim())])));
    rowNumbers.push(index + 2);
  });
  return { rows, rowNumbers };
}

export function isPlacesCsv(text: string): boolean {
  const [header = []] = csvParseRows(text.slice(0, 2000).split(/\r?\n/, 1)[0] ?? '');
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return names.has('lat') && names.has('lon');
}

/** Items of a list cell, split at ";" or "|"; a backslash keeps the next character (`Smith\; Jones` is one item). */
function list(cell: string | undefined): string[] {
  const items: string[] = [];
  let item = '';
  const text = cell ?? '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length) {
      item += text[++i];
    } else if (char === ';' || char === '|') {
      items.push(item);
      item = '';
    } else {
      item += char;
    }
  }
  items.push(item);
  return items.map((entry) => entry.trim()).filter(Boolean);
}

/** A list cell `list` reads back item for item: separators and backslashes inside an item are escaped. */
function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\;|]/g, (char) => `\\${char}`)).join(';');
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a formula: such a cell is
 * written with a leading apostrophe (OWASP's advice for CSV injection), except a plain number such as "-12.5".
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i;

function neutralise(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** What `neutralise` wrote, read back as it was. */
function unneutralise(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function text(cell: string | undefined): string | undefined {
  return cell ? cell : undefined;
}

function coordinate(cell: string | undefined): number | undefined {
  return cell ? Number(cell) : undefined;
}

function eventRecord(row: Row): Record<string, unknown> {
  const section = text(row.get('source_section'));
  const quote = text(row.get('source_quote'));
  const actors = list(row.get('actors'));
  return {
    id: row.get('id'),
    date: row.get('date'),
    title: row.get('title'),
    description: text(row.get('description')),
    category: text(row.get('category')),
    places: list(row.get('places')),
    actors: actors.length ? actors : undefined,
    source: section ? { section, ...(quote ? { quote } : {}) } : undefined,
  };
}

function placeRecord(row: Row): Record<string, unknown> {
  const localNames: Record<string, string> = {};
  for (const [column, value] of row) {
    const lang = /^name_([a-z]{2,3})$/.exec(column)?.[1];
    if (lang && value) localNames[lang] = value;
  }
  const name = row.get('name') ?? '';
  const kinds = list(row.get('kinds'));
  return {
    id: row.get('id'),
    name: Object.keys(localNames).length ? { en: name, ...localNames } : name,
    country: text(row.get('country')),
    represents: text(row.get('represents')),
    lat: coordinate(row.get('lat')),
    lon: coordinate(row.get('lon')),
    kinds: kinds.length ? kinds : undefined,
    description: text(row.get('description')),
  };
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export function recordsFromCsv(eventsCsv: string | undefined, placesCsv: string | undefined): CsvRecords {
  const events = eventsCsv === undefined ? { rows: [], rowNumbers: [] } : rowsOf(eventsCsv);
  const places = placesCsv === undefined ? { rows: [], rowNumbers: [] } : rowsOf(placesCsv);
  return {
    events: events.rows.map((row) => withoutUndefined(eventRecord(row))),
    places: places.rows.map((row) => withoutUndefined(placeRecord(row))),
    rowOf: (collection, index) =>
      collection === 'events' ? events.rowNumbers[index] : collection === 'places' ? places.rowNumbers[index] : undefined,
  };
}

function cell(raw: string): string {
  const value = neutralise(raw);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes rows as CSV (RFC 4180 quoting, formulas neutralised), for exporting a data set to a spreadsheet. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

const EVENT_COLUMNS = ['id', 'date', 'title', 'description', 'category', 'places', 'actors', 'source_section', 'source_quote'];

/** The events of a data set as an events CSV that `recordsFromCsv` reads back. */
export function eventsToCsv(events: readonly RelationsEvent[]): string {
  return formatCsv(
    EVENT_COLUMNS,
    events.map((event) => [
      event.id,
      event.date,
      event.title,
      event.description ?? '',
      event.category ?? '',
      joinList(event.places),
      joinList(event.actors ?? []),
      event.source?.section ?? '',
      event.source?.quote ?? '',
    ]),
  );
}

/** The places of a data set as a places CSV, with a `name_<lang>` column per language used. */
export function placesToCsv(places: readonly Place[]): string {
  const langs = [...new Set(places.flatMap((place) => (typeof place.name === 'string' ? [] : Object.keys(place.name))))]
    .filter((lang) => lang !== 'en')
    .sort();
  const header = ['id', 'name', ...langs.map((lang) => `name_${lang}`), 'country', 'represents', 'lat', 'lon', 'kinds', 'description'];
  return formatCsv(
    header,
    places.map((place) => [
      place.id,
      localize(place.name, 'en'),
      ...langs.map((lang) => (typeof place.name === 'string' ? '' : (place.name[lang] ?? ''))),
      place.country ?? '',
      place.represents ?? '',
      String(place.lat),
      String(place.lon),
      joinList(place.kinds ?? []),
      place.description ?? '',
    ]),
  );
}
