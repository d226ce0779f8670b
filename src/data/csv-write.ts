// Writing CSV, apart from reading it (csv.ts): only the atlas's Download menu and exportCsv() write, so a page with a
// timeline or a map alone does not load this.
import { neutralise } from './csv-formula.js';
import { localize } from './localize.js';
import type { Metadata, Place, RelationsEvent, Series } from './types.js';

/** A list cell `list` reads back item for item: separators and backslashes inside an item are escaped. */
function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\;|]/g, (char) => `\\${char}`)).join(';');
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

/** What besides the events an events CSV can carry: the title row, category labels and series rows. */
export interface SheetExtras {
  readonly meta?: Metadata;
  readonly series?: readonly Series[];
}

/**
 * The events of a data set as an events CSV that `recordsFromCsv` reads back; with `meta` and `series`, a `type`
 * column, a title row, `category_label` columns and one row per series point, so the one sheet holds the whole set.
 */
export function eventsToCsv(events: readonly RelationsEvent[], extras: SheetExtras = {}): string {
  const categories = extras.meta?.categories ?? {};
  const labelLangs = [
    ...new Set(Object.values(categories).flatMap((label) => (typeof label === 'string' ? [] : Object.keys(label)))),
  ]
    .filter((lang) => lang !== 'en')
    .sort();
  const series = extras.series ?? [];
  const withType = extras.meta !== undefined || series.length > 0;
  const withLabels = Object.keys(categories).length > 0;
  const header = [
    ...(withType ? ['type'] : []),
    ...EVENT_COLUMNS,
    ...(withLabels ? ['category_label', ...labelLangs.map((lang) => `category_label_${lang}`)] : []),
    ...(series.length ? ['value', 'unit'] : []),
  ];
  const row = (values: Readonly<Record<string, string>>) => header.map((column) => values[column] ?? '');
  const labelCells = (category: string | undefined): Record<string, string> => {
    const label = category !== undefined && Object.hasOwn(categories, category) ? categories[category] : undefined;
    if (label === undefined) return {};
    if (typeof label === 'string') return { category_label: label };
    return Object.fromEntries([
      ['category_label', Object.hasOwn(label, 'en') ? label.en : ''],
      ...labelLangs.map((lang) => [`category_label_${lang}`, Object.hasOwn(label, lang) ? label[lang] : '']),
    ]);
  };
  const rows: string[][] = [];
  if (extras.meta) rows.push(row({ type: 'title', title: extras.meta.title, description: extras.meta.description ?? '' }));
  for (const event of events) {
    rows.push(
      row({
        type: 'event',
        id: event.id,
        date: event.date,
        title: event.title,
        description: event.description ?? '',
        category: event.category ?? '',
        places: joinList(event.places),
        actors: joinList(event.actors ?? []),
        source_section: event.source?.section ?? '',
        source_quote: event.source?.quote ?? '',
        ...labelCells(event.category),
      }),
    );
  }
  for (const one of series) {
    for (const point of one.points) {
      rows.push(
        row({ type: 'series', id: one.id, title: one.title, unit: one.unit, date: point.date, value: String(point.value) }),
      );
    }
  }
  return formatCsv(header, rows);
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
