import { detectDelimiter, parseDelimited } from './csv.js';
import { isRecord } from './safe-json.js';

/**
 * Whether a file is a TimelineJS3 one, from its content: small, and on every page, while the reader itself
 * (timelinejs.ts) is fetched only when a file is one.
 */

/** The template's columns (lower case), and the v1 sheet's `Start Date`, `End Date` and `Tag`. */
export const CSV_COLUMNS = new Set([
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'alt text',
  'type',
  'group',
  'tag',
  'background',
  'start date',
  'end date',
]);

/** A TimelineJS JSON value: events that are objects with `start_date`, or a title slide with `text`. */
export function isTimelineJsJson(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const { events, title } = value;
  // The first few slides tell; an array claiming billions of items is never walked.
  if (Array.isArray(events) && events.slice(0, 20).some((event) => isRecord(event) && 'start_date' in event)) return true;
  return isRecord(title) && isRecord(title.text);
}

function csvHeader(text: string): string[] {
  const { delimiter, body } = detectDelimiter(text.slice(0, 4000).replace(/^\uFEFF/, ''));
  const [header = []] = parseDelimited(body.split(/\r?\n|\r/, 1)[0] ?? '', delimiter).rows;
  return header.map((name) => name.trim().toLowerCase());
}

/** A CSV exported from the TimelineJS sheet: its header has `Headline`, a `Year` (or v1 `Start Date`) and one more of its columns. */
export function isTimelineJsCsv(text: string): boolean {
  const names = new Set(csvHeader(text));
  if (!names.has('headline') || !(names.has('year') || names.has('start date'))) return false;
  return [...names].filter((name) => CSV_COLUMNS.has(name)).length >= 3;
}

/**
 * Whether JSON text may be a TimelineJS file, before it is parsed: it names a `start_date` or has a `title` object.
 * Only decides whether to fetch the reader; the parsed value decides the rest.
 */
export function mayBeTimelineJsJson(text: string): boolean {
  return /"start_date"|"title"\s*:\s*\{/.test(text);
}
