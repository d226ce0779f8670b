import type { Collection, Diagnostic } from './diagnostics.js';
import { unneutralise } from './csv-formula.js';
import type { LocalizedText } from './types.js';

/**
 * Records from the spreadsheets editors keep: an events CSV (id, date, title, description, category, places, actors,
 * source_section, source_quote) and a places CSV (id, name, name_<lang>..., country, represents, lat, lon, kinds,
 * description). List cells (places, actors, kinds) separate items with ";" or "|".
 *
 * One sheet can carry the whole story: an events CSV's optional `type` column marks a `title` row (the data set's
 * title and description) and `series` rows (one point each: `id` the series, `title`, `unit`, `date`, `value`), and
 * `category_label` / `category_label_<lang>` name an event's category.
 */

export interface CsvRecords {
  readonly events: Record<string, unknown>[];
  readonly places: Record<string, unknown>[];
  /** From a `title` row and the category labels; absent when the sheet has neither. */
  readonly meta?: Record<string, unknown>;
  readonly series?: Record<string, unknown>[];
  /** From `step` rows, in their order; absent when the sheet has none. */
  readonly story?: Record<string, unknown>;
  /** The CSV row (1 = header) each record came from. */
  readonly rowOf: (collection: Collection, index: number) => number | undefined;
  /** What the files themselves got wrong: an unclosed quote, unknown or repeated columns. */
  readonly diagnostics: readonly Diagnostic[];
}

type Row = ReadonlyMap<string, string>;

const EVENT_COLUMN_NAMES = new Set([
  'id',
  'date',
  'title',
  'description',
  'category',
  'places',
  'actors',
  'source_section',
  'source_quote',
  'type',
  'value',
  'unit',
  'category_label',
  'events',
  'map_fit',
]);
const PLACE_COLUMN_NAMES = new Set(['id', 'name', 'country', 'represents', 'lat', 'lon', 'kinds', 'description']);
/** `name_az`, `name_zh-Hant`, `name_sr-Latn-RS`: a place's name in a language (any BCP 47 tag). */
const LOCAL_NAME = /^name_([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$/i;
/** `category_label_az`: a category's label in a language. */
const LOCAL_CATEGORY_LABEL = /^category_label_([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$/i;
/** What a row of an events CSV holds, by its `type` cell (empty: an event). */
const ROW_TYPES = ['event', 'title', 'series', 'step'] as const;

/**
 * The separator a spreadsheet used: a `sep=;` first line (Excel writes it), else whichever of comma, semicolon and
 * tab the header line has most of (outside quotes). European Excel writes `;`.
 */
export function detectDelimiter(text: string): { delimiter: string; body: string } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { delimiter: sep[1], body: text.slice(sep[0].length) };
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { delimiter: best, body: text };
}

/**
 * The rows of a delimited text as RFC 4180 has them (quoted cells, `""` for a quote inside one, CRLF, LF or CR line
 * ends), and the line on which a quote opened that never closed (every row after it is then one cell), or null.
 * Written here rather than taken from a library: small, and no code generated at run time (strict CSP pages).
 */
export function parseDelimited(
  text: string,
  delimiter: string,
): { rows: string[][]; unclosedQuoteLine: number | null; lines: number[] } {
  const rows: string[][] = [];
  /** The line each row starts on (a quoted cell may hold line breaks), for editors' tools that name lines. */
  const lines: number[] = [];
  let rowStart = 1;
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let i = 0;
  let openedOn: number | null = null;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    lines.push(rowStart);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && cell === '') {
      openedOn = line;
      i++;
      while (i < text.length) {
        const inside = text[i];
        if (inside === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        } else if (inside === '\n') line++;
        cell += text[i];
        i++;
      }
      if (i >= text.length) break;
      openedOn = null;
      i++;
      continue;
    }
    if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowStart = line;
    } else cell += char;
    i++;
  }
  if (cell !== '' || row.length > 0 || openedOn !== null) endRow();
  return { rows, unclosedQuoteLine: openedOn, lines };
}

function rowsOf(
  input: string,
  collection: 'events' | 'places',
  diagnostics: Diagnostic[],
): { rows: Row[]; rowNumbers: number[] } {
  const { delimiter, body: text } = detectDelimiter(input.replace(/^\uFEFF/, ''));
  const file = `${collection}.csv`;
  const { rows: parsed, unclosedQuoteLine: unclosed } = parseDelimited(text, delimiter);
  if (unclosed !== null) {
    diagnostics.push({
      severity: 'error',
      code: 'invalid-csv',
      collection,
      row: unclosed,
      message: `a quote opens on line ${unclosed} of ${file} and never closes: every row after it is read into one cell; close the quote (or double it, "")`,
    });
  }
  const [header = [], ...body] = parsed;
  const names = header.map((name) => name.trim().toLowerCase());
  const known = collection === 'events' ? EVENT_COLUMN_NAMES : PLACE_COLUMN_NAMES;
  const seen = new Set<string>();
  names.forEach((name, column) => {
    if (seen.has(name)) {
      diagnostics.push({
        severity: 'warning',
        code: 'unknown-field',
        collection,
        row: 1,
        message: `the column "${header[column].trim()}" appears twice in ${file}; the first is read`,
      });
    } else if (name && !known.has(name) && !(collection === 'places' ? LOCAL_NAME : LOCAL_CATEGORY_LABEL).test(name)) {
      diagnostics.push({
        severity: 'warning',
        code: 'unknown-field',
        collection,
        row: 1,
        message: `unknown column "${header[column].trim()}" in ${file} ignored (known: ${[...known].join(', ')}, ${collection === 'places' ? 'name_<language>' : 'category_label_<language>'})`,
      });
    }
    seen.add(name);
  });
  const rows: Row[] = [];
  const rowNumbers: number[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row = new Map<string, string>();
    // The first of repeated columns wins.
    names.forEach((name, column) => {
      if (!row.has(name)) row.set(name, unneutralise((cells[column] ?? '').trim()));
    });
    rows.push(row);
    rowNumbers.push(index + 2);
  });
  return { rows, rowNumbers };
}

export function isPlacesCsv(text: string): boolean {
  const { delimiter, body } = detectDelimiter(text.slice(0, 2000).replace(/^\uFEFF/, ''));
  const [header = []] = parseDelimited(body.split(/\r?\n/, 1)[0] ?? '', delimiter).rows;
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
    const tag = LOCAL_NAME.exec(column)?.[1];
    const lang = tag && canonicalTag(tag);
    if (lang && value && !Object.hasOwn(localNames, lang)) localNames[lang] = value;
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

/** `zh-hant` (header names are read in lower case) as `zh-Hant`; null for a tag Intl rejects. */
function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Labels by language from a row's `<column>` and `<column>_<lang>` cells: a string when there is only the one. */
function localLabel(row: Row, column: string, pattern: RegExp): LocalizedText | undefined {
  const labels: Record<string, string> = {};
  for (const [name, value] of row) {
    const tag = pattern.exec(name)?.[1];
    const lang = tag && canonicalTag(tag);
    if (lang && value && !Object.hasOwn(labels, lang)) labels[lang] = value;
  }
  const label = row.get(column) ?? '';
  if (!Object.keys(labels).length) return label || undefined;
  return label ? { en: label, ...labels } : labels;
}

function sameLabel(a: LocalizedText, b: LocalizedText): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface SheetParts {
  readonly events: Record<string, unknown>[];
  readonly eventRows: number[];
  readonly meta?: Record<string, unknown>;
  readonly series: Record<string, unknown>[];
  readonly seriesRows: number[];
  readonly steps: Record<string, unknown>[];
  readonly stepRows: number[];
  /** The title row's title, which is the story's too. */
  readonly storyTitle?: string;
}

/** The rows of an events CSV sorted by their `type`: events, the title row, series points, category labels. */
function sheetParts(rows: readonly Row[], rowNumbers: readonly number[], diagnostics: Diagnostic[]): SheetParts {
  const events: Record<string, unknown>[] = [];
  const eventRows: number[] = [];
  const series = new Map<string, { record: Record<string, unknown>; points: Record<string, unknown>[] }>();
  const seriesRows: number[] = [];
  const categories = new Map<string, LocalizedText>();
  const steps: Record<string, unknown>[] = [];
  const stepRows: number[] = [];
  let title: { title?: string; description?: string } | undefined;
  const warn = (severity: Diagnostic['severity'], row: number, message: string, collection: Collection = 'events') =>
    diagnostics.push({ severity, code: 'invalid-csv', collection, row, message });
  rows.forEach((row, index) => {
    const at = rowNumbers[index];
    const type = (row.get('type') ?? '').toLowerCase() || 'event';
    if (!(ROW_TYPES as readonly string[]).includes(type)) {
      warn('error', at, `row ${at} of events.csv has the type "${row.get('type')}"; it is read as one of ${ROW_TYPES.join(', ')} (or empty for an event) and was skipped`);
      return;
    }
    if (type === 'title') {
      if (title) warn('warning', at, `row ${at} of events.csv is a second title row; the first is read`, 'meta');
      else title = { title: text(row.get('title')), description: text(row.get('description')) };
      return;
    }
    if (type === 'step') {
      const listed = (column: string) => {
        const items = list(row.get(column));
        return items.length ? items : undefined;
      };
      const fit = listed('map_fit');
      steps.push(
        withoutUndefined({
          id: row.get('id'),
          title: row.get('title'),
          text: text(row.get('description')),
          events: listed('events'),
          places: listed('places'),
          window: text(row.get('date')),
          categories: listed('category'),
          map: fit ? { fit } : undefined,
        }),
      );
      stepRows.push(at);
      return;
    }
    if (type === 'series') {
      const id = row.get('id') ?? '';
      let entry = series.get(id);
      if (!entry) {
        entry = {
          record: { id, title: row.get('title') || id, unit: row.get('unit') ?? '' },
          points: [],
        };
        series.set(id, entry);
        seriesRows.push(at);
      }
      const value = row.get('value') ?? '';
      entry.points.push({ date: row.get('date'), value: value === '' ? undefined : Number(value) });
      return;
    }
    const category = row.get('category');
    const label = localLabel(row, 'category_label', LOCAL_CATEGORY_LABEL);
    if (category && label !== undefined) {
      const known = categories.get(category);
      if (known === undefined) categories.set(category, label);
      else if (!sameLabel(known, label)) {
        warn('warning', at, `row ${at} of events.csv names the category "${category}" differently from an earlier row; the first label is read`);
      }
    }
    events.push(withoutUndefined(eventRecord(row)));
    eventRows.push(at);
  });
  const hasMeta = title !== undefined || categories.size > 0;
  const meta = hasMeta
    ? withoutUndefined({
        title: title?.title ?? 'Untitled data set',
        description: title?.description,
        categories: categories.size ? Object.fromEntries(categories) : undefined,
      })
    : undefined;
  return {
    events,
    eventRows,
    meta,
    series: [...series.values()].map(({ record, points }) => ({ ...record, points })),
    seriesRows,
    steps,
    stepRows,
    storyTitle: title?.title,
  };
}

export function recordsFromCsv(eventsCsv: string | undefined, placesCsv: string | undefined): CsvRecords {
  const diagnostics: Diagnostic[] = [];
  const events = eventsCsv === undefined ? { rows: [], rowNumbers: [] } : rowsOf(eventsCsv, 'events', diagnostics);
  const places = placesCsv === undefined ? { rows: [], rowNumbers: [] } : rowsOf(placesCsv, 'places', diagnostics);
  const sheet = sheetParts(events.rows, events.rowNumbers, diagnostics);
  return {
    diagnostics,
    events: sheet.events,
    places: places.rows.map((row) => withoutUndefined(placeRecord(row))),
    ...(sheet.meta ? { meta: sheet.meta } : {}),
    ...(sheet.series.length ? { series: sheet.series } : {}),
    ...(sheet.steps.length ? { story: withoutUndefined({ title: sheet.storyTitle, steps: sheet.steps }) } : {}),
    rowOf: (collection, index) =>
      collection === 'events'
        ? sheet.eventRows[index]
        : collection === 'places'
          ? places.rowNumbers[index]
          : collection === 'series'
            ? sheet.seriesRows[index]
            : collection === 'story'
              ? sheet.stepRows[index]
              : undefined,
  };
}
