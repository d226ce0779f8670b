import { checkDataset, MAX_RECORDS, type CheckResult } from './check-dataset.js';
import { detectDelimiter, parseDelimited } from './csv.js';
import { CSV_COLUMNS } from './timelinejs-detect.js';
import type { Collection, Diagnostic } from './diagnostics.js';
import { daysInMonth } from './edtf.js';
import { indexDataset } from './loaded.js';
import { isRecord } from './safe-json.js';
import type { Dataset, Era, Media, Metadata, Place, RelationsEvent, Story, StoryStep } from './types.js';

export { isTimelineJsCsv, isTimelineJsJson } from './timelinejs-detect.js';

/**
 * TimelineJS3 files as their authors have them: its JSON (`{title, events, eras}`) and the CSV its Google Sheets
 * template exports (`Year, Month, Day, Time, …, Headline, Text, Media, …, Type, Group, Background`), read the way
 * TimelineJS reads them (src/js/core/ConfigFactory.js, src/js/date/DateUtil.js) and turned into this project's data
 * set. What cannot be kept is reported once per kind, not once per slide.
 */

/** A converted file: the data set (still to be checked), what the conversion reported, and where each record was. */
export interface TimelineJsConversion {
  readonly dataset: Dataset;
  readonly diagnostics: readonly Diagnostic[];
  /** Per converted event and era, its position in the file: a CSV row (1 = header) or an index in the JSON list. */
  readonly origin: { readonly events: readonly number[]; readonly eras: readonly number[] };
  readonly format: 'json' | 'csv';
}

type Raw = Record<string, unknown>;

/** A TimelineJS date object, `{year, month, day, hour, minute, second, millisecond, display_date}`, as read. */
interface SlideDate {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
  readonly second?: unknown;
  readonly millisecond?: unknown;
  readonly display_date?: unknown;
}

/** A slide (event, title or era) as both formats give it, before it becomes a record. */
interface Slide {
  readonly start?: SlideDate;
  readonly end?: SlideDate;
  readonly headline: string;
  readonly text: string;
  readonly displayDate: string;
  readonly group: string;
  readonly uniqueId: string;
  readonly media: Raw | null;
  readonly location: unknown;
  /** Fields present that are not kept, by kind ("background", "location.zoom"). */
  readonly ignored: readonly string[];
}

const SLIDE_FIELDS = new Set(['start_date', 'end_date', 'text', 'display_date', 'group', 'unique_id', 'media', 'location', 'type']);
const DATE_FIELDS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'display_date']);
const MEDIA_FIELDS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt']);
const LOCATION_FIELDS = new Set(['lat', 'lon', 'name']);

/** What was left out and why, per kind, in an editor's words; any other kind is a field "not used here". */
const IGNORED_WORDS: Readonly<Record<string, string>> = {
  background: 'TimelineJS "background" ignored: slide backgrounds are not drawn',
  autolink: 'TimelineJS "autolink" ignored: links are kept as they are written',
  scale: 'TimelineJS "scale" ignored: the timeline chooses its own scale',
  'title.media': 'the title slide\'s media ignored: the title has no picture here',
  'title.background': 'the title slide\'s "background" ignored: slide backgrounds are not drawn',
  'start_date.millisecond': 'milliseconds ignored: times are kept to the second',
  'end_date.millisecond': 'milliseconds ignored: times are kept to the second',
  'location.zoom': 'TimelineJS "location.zoom" ignored: the map fits its own view',
  'location.icon': 'TimelineJS "location.icon" ignored: places are drawn with the map\'s own markers',
  'location.line': 'TimelineJS "location.line" ignored: the map draws no lines between slides',
  headline: 'HTML in headlines ignored: a headline is shown as plain text',
  'media.html': 'media written as HTML (a blockquote, an iframe, an embed code) left out: only media addresses are kept',
  'media.scheme': 'media left out: only http: and https: addresses are kept',
  'media.relative': 'media with a relative address left out: only absolute http: and https: addresses are kept',
};

/** Plain text of a little HTML: tags (and what scripts and style sheets hold) left out, the common entities read, white space collapsed. For names and labels. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/h\d|\/blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#39);/gi, (_, entity: string) => {
      const lower = entity.toLowerCase();
      if (lower.startsWith('#x')) return codePoint(parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return codePoint(Number(lower.slice(1)));
      return ENTITIES[lower] ?? '';
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** A lower-case id from a name: `Social Media` → `social-media`, `Hannibal, Missouri` → `hannibal-missouri`. */
export function slug(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** A cell or a JSON value as a trimmed string ('' for nothing). */
function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A whole number as TimelineJS reads one (spaces and thousands commas dropped), `null` for none, NaN for a bad one. */
function integer(value: unknown): number | null {
  const text = str(value).replace(/[\s,]+/g, '');
  if (text === '') return null;
  return /^[-+]?\d+$/.test(text) ? Number(text) : NaN;
}

/** An EDTF year: four digits with a sign (`-0044`, `0650`), or the `Y` form beyond four digits (`Y-13800000000`). */
export function edtfYear(year: number | string): string {
  // From the text when given: a year of more digits than a double holds exactly (-13800000000 is fine, 10²³ is not).
  const text =
    typeof year === 'number' ? (Number.isFinite(year) ? BigInt(Math.trunc(year)).toString() : String(year)) : year.replace(/[\s,]+/g, '');
  const digits = text.replace(/^[-+]/, '').replace(/^0+(?=\d)/, '');
  const sign = text.startsWith('-') && digits !== '0' ? '-' : '';
  if (digits.length > 4) return `Y${sign}${digits}`;
  return `${sign}${digits.padStart(4, '0')}`;
}

const two = (n: number) => String(n).padStart(2, '0');

type DateResult = { readonly ok: true; readonly text: string; readonly dropped: readonly string[] } | { readonly ok: false; readonly reason: string };

/** A TimelineJS date at the precision given as EDTF: `1815`, `1815-12`, `1815-12-10`, `1815-12-10T14:30(:05)`. */
export function edtfFromSlideDate(date: SlideDate, which: 'start_date' | 'end_date'): DateResult {
  const fields = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
  const n: Partial<Record<(typeof fields)[number], number>> = {};
  for (const field of fields) {
    const value = integer(date[field]);
    if (Number.isNaN(value)) return { ok: false, reason: `${which} ${field} "${str(date[field])}" is not a whole number` };
    if (value !== null) n[field] = value;
  }
  const { year, month, day, hour, minute, second } = n;
  if (year === undefined) return { ok: false, reason: `${which} has no year` };
  const dropped: string[] = [];
  if (str(date.millisecond) !== '') dropped.push(`${which}.millisecond`);
  let text = edtfYear(str(date.year));
  if (month === undefined) return { ok: true, text, dropped };
  if (month < 1 || month > 12) return { ok: false, reason: `${which} month ${month} is not 1–12` };
  text += `-${two(month)}`;
  if (day === undefined) return { ok: true, text, dropped };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { ok: false, reason: `${which} day ${day} is not 1–${last} in that month` };
  text += `-${two(day)}`;
  if (hour === undefined) return { ok: true, text, dropped };
  if (hour < 0 || hour > 23) return { ok: false, reason: `${which} hour ${hour} is not 0–23` };
  if (minute !== undefined && (minute < 0 || minute > 59)) return { ok: false, reason: `${which} minute ${minute} is not 0–59` };
  if (second !== undefined && (second < 0 || second > 59)) return { ok: false, reason: `${which} second ${second} is not 0–59` };
  text += `T${two(hour)}:${two(minute ?? 0)}${second === undefined ? '' : `:${two(second)}`}`;
  return { ok: true, text, dropped };
}

/**
 * A time of day as the sheet's `Time` column holds it, read as TimelineJS's `parseTime` does: `10:30 PM`, `22:30`,
 * `10:30:15`, `1030`, `10.30`, `9 am`. Fractions of a second are dropped.
 */
export function parseSheetTime(text: string): { hour: number; minute?: number; second?: number } | null {
  let rest = text.trim();
  const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(rest);
  if (period) rest = rest.slice(0, period.index).trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(rest);
  let parts = compact ? compact.slice(1) : rest.split(':');
  if (!compact && parts.length === 1) parts = rest.split('.');
  if (parts.length > 3 || !parts.every((part, i) => (i === 2 ? /^\d{1,2}([.,]\d+)?$/ : /^\d{1,2}$/).test(part))) return null;
  let hour = Number(parts[0]);
  if (period) {
    if (hour < 1 || hour > 12) return null;
    const pm = period[1].toLowerCase() === 'p';
    if (pm && hour !== 12) hour += 12;
    else if (!pm && hour === 12) hour = 0;
  }
  const minute = parts.length > 1 ? Number(parts[1]) : undefined;
  const second = parts.length > 2 ? Math.trunc(Number(parts[2].replace(',', '.'))) : undefined;
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return null;
  return { hour, ...(minute === undefined ? {} : { minute }), ...(second === undefined ? {} : { second }) };
}

/** Counts of what was left out, by kind, so each kind is reported once. */
class Ignored {
  readonly #counts = new Map<string, number>();
  add(kind: string): void {
    this.#counts.set(kind, (this.#counts.get(kind) ?? 0) + 1);
  }
  diagnostics(): Diagnostic[] {
    return [...this.#counts].map(([kind, count]) => ({
      severity: 'warning' as const,
      code: 'unknown-field' as const,
      field: kind,
      message: `${IGNORED_WORDS[kind] ?? `TimelineJS "${kind}" ignored: it is not used here`}${count > 1 ? ` (${count} times)` : ''}`,
    }));
  }
}

/** Ids handed out so far; a taken one gets `-2`, `-3`… */
class Ids {
  readonly #used = new Set<string>();
  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#used.has(id); n++) id = `${wanted.slice(0, 120)}-${n}`;
    this.#used.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.#used.has(id);
  }
}

/** An id made from a name and a date (`ada-lovelace-1815-12-10_1852-11-27`): the same file gives the same ids. */
function madeUpId(name: string, date: string, fallback: string): string {
  const base = slug(name) || fallback;
  const when = date.replace(/\//g, '_').replace(/[^A-Za-z0-9._:-]/g, '');
  return `${base}-${when}`.slice(0, 128).replace(/[^A-Za-z0-9]+$/, '');
}

/** The first words of a text, for a title where a slide has no headline. */
function firstWords(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

interface Builder {
  readonly events: RelationsEvent[];
  readonly places: Place[];
  readonly eras: Era[];
  readonly diagnostics: Diagnostic[];
  readonly ignored: Ignored;
  readonly origin: { events: number[]; eras: number[] };
  readonly categories: Map<string, string>;
  readonly placeByCoordinates: Map<string, string>;
  readonly placeIds: Ids;
  readonly format: 'json' | 'csv';
}

function where(builder: Builder, collection: Collection, position: number): Pick<Diagnostic, 'collection' | 'row' | 'index'> {
  return builder.format === 'csv' ? { collection, row: position } : { collection, index: position };
}

function dateOf(slide: Slide): DateResult {
  if (!slide.start) return { ok: false, reason: 'the slide has no start_date' };
  const start = edtfFromSlideDate(slide.start, 'start_date');
  if (!start.ok || !slide.end) return start;
  const end = edtfFromSlideDate(slide.end, 'end_date');
  if (!end.ok) return end;
  return { ok: true, text: `${start.text}/${end.text}`, dropped: [...start.dropped, ...end.dropped] };
}

function displayDateOf(slide: Slide): string {
  if (slide.displayDate) return slide.displayDate;
  const start = str(slide.start?.display_date);
  const end = str(slide.end?.display_date);
  return start && end ? `${start} – ${end}` : start;
}

function categoryOf(builder: Builder, html: string): string | undefined {
  const group = plainText(html);
  if (!group) return undefined;
  const known = [...builder.categories].find(([, label]) => label === group);
  if (known) return known[0];
  const base = slug(group) || `group-${builder.categories.size + 1}`;
  let id = base;
  for (let n = 2; builder.categories.has(id) || id === 'other'; n++) id = `${base}-${n}`;
  builder.categories.set(id, group);
  return id;
}

/**
 * A media address as TimelineJS would load it, protocol-relative `//host/…` as https; HTML (TimelineJS's blockquote and
 * iframe "media"), relative addresses and any scheme but http and https are left out.
 */
function mediaAddress(builder: Builder, value: unknown): string | undefined {
  const url = str(value);
  if (!url) return undefined;
  if (url.startsWith('<')) builder.ignored.add('media.html');
  else if (url.startsWith('//')) return `https:${url}`;
  else if (/^https?:\/\//i.test(url)) return url;
  else if (/^[a-z][a-z0-9+.-]*:/i.test(url)) builder.ignored.add('media.scheme');
  // A relative address is relative to the page TimelineJS ran on, which this file does not name.
  else builder.ignored.add('media.relative');
  return undefined;
}

function mediaOf(builder: Builder, media: Raw | null): Media | undefined {
  if (!media) return undefined;
  for (const key of Object.keys(media)) if (!MEDIA_FIELDS.has(key) && str(media[key])) builder.ignored.add(`media.${key}`);
  const url = mediaAddress(builder, media.url);
  if (!url) return undefined;
  const optional = (key: string) => str(media[key]) || undefined;
  return compact({
    url,
    caption: optional('caption'),
    credit: optional('credit'),
    thumbnail: str(media.thumbnail) ? mediaAddress(builder, media.thumbnail) : undefined,
    alt: optional('alt'),
  });
}

function placeOf(builder: Builder, location: unknown, fallbackName: string, position: number, id: string): string | undefined {
  if (!isRecord(location)) return undefined;
  for (const key of Object.keys(location)) {
    if (!LOCATION_FIELDS.has(key) && location[key] !== '' && location[key] !== undefined && location[key] !== null) {
      builder.ignored.add(`location.${key}`);
    }
  }
  const lat = typeof location.lat === 'number' ? location.lat : Number(str(location.lat) || NaN);
  const lon = typeof location.lon === 'number' ? location.lon : Number(str(location.lon) || NaN);
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
    builder.diagnostics.push({
      severity: 'warning',
      code: 'invalid-coordinates',
      ...where(builder, 'events', position),
      id,
      field: 'location',
      message: 'the location left out: "lat" must be a number from −90 to 90 and "lon" from −180 to 180; the event is kept',
    });
    return undefined;
  }
  const key = `${lat},${lon}`;
  const known = builder.placeByCoordinates.get(key);
  if (known) return known;
  const name = plainText(str(location.name)) || fallbackName || `${lat}, ${lon}`;
  const placeId = builder.placeIds.take(slug(name) || 'place');
  builder.placeByCoordinates.set(key, placeId);
  builder.places.push({ id: placeId, name, lat, lon });
  return placeId;
}

function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** Events first take the ids their files give; made-up ids come after, so they never take a given one. */
function addEvents(builder: Builder, slides: readonly { slide: Slide; position: number }[]): void {
  const ids = new Ids();
  const given = slides.map(({ slide, position }) => {
    if (!slide.uniqueId) return null;
    const wanted = ID.test(slide.uniqueId) ? slide.uniqueId : slug(slide.uniqueId, 120);
    if (!wanted) return null;
    const taken = ids.has(wanted);
    const id = ids.take(wanted);
    if (id !== slide.uniqueId) {
      builder.diagnostics.push({
        severity: 'warning',
        code: taken ? 'duplicate-id' : 'invalid-record',
        ...where(builder, 'events', position),
        id,
        field: 'unique_id',
        message: taken
          ? `unique_id "${slide.uniqueId}" is used by an earlier slide: this one gets the id "${id}"`
          : `unique_id "${slide.uniqueId}" is not a valid id: it becomes "${id}"`,
      });
    }
    return id;
  });
  let untitled = 0;
  slides.forEach(({ slide, position }, i) => {
    const date = dateOf(slide);
    const headline = plainText(slide.headline);
    if (headline !== slide.headline && headline) builder.ignored.add('headline');
    const words = plainText(slide.text) || plainText(str(slide.media?.caption));
    if (!headline && words) untitled++;
    const title = headline || firstWords(words) || plainText(displayDateOf(slide));
    const id = given[i] ?? ids.take(madeUpId(title, date.ok ? date.text : '', 'event'));
    if (!date.ok) {
      builder.diagnostics.push({
        severity: 'error',
        code: 'invalid-date',
        ...where(builder, 'events', position),
        id,
        field: 'start_date',
        message: `${date.reason}; the slide is skipped`,
      });
      return;
    }
    for (const kind of date.dropped) builder.ignored.add(kind);
    for (const kind of slide.ignored) builder.ignored.add(kind);
    const place = placeOf(builder, slide.location, headline, position, id);
    builder.events.push(
      compact({
        id,
        date: date.text,
        title: title || undefined,
        description: slide.text || undefined,
        category: categoryOf(builder, slide.group),
        places: place ? [place] : [],
        displayDate: displayDateOf(slide) || undefined,
        media: mediaOf(builder, slide.media),
      }) as RelationsEvent,
    );
    builder.origin.events.push(position);
  });
  if (untitled > 0) {
    builder.diagnostics.push({
      severity: 'warning',
      code: 'missing-field',
      collection: 'events',
      field: 'headline',
      message: `${untitled} ${untitled === 1 ? 'slide has' : 'slides have'} no headline: the first words of the text (or of the media caption) are the title`,
    });
  }
}

function addEras(builder: Builder, slides: readonly { slide: Slide; position: number }[]): void {
  const ids = new Ids();
  slides.forEach(({ slide, position }) => {
    const date = dateOf(slide);
    const title = plainText(slide.headline) || firstWords(plainText(slide.text));
    const id = ids.take(ID.test(slide.uniqueId) ? slide.uniqueId : madeUpId(title, date.ok ? date.text : '', 'era'));
    const problem = !date.ok
      ? { code: 'invalid-date' as const, reason: date.reason }
      : !slide.end
        ? { code: 'invalid-date' as const, reason: 'an era needs an end_date' }
        : !title
          ? { code: 'missing-field' as const, reason: 'the era has no headline' }
          : null;
    if (problem || !date.ok) {
      builder.diagnostics.push({
        severity: 'error',
        code: problem?.code ?? 'invalid-date',
        ...where(builder, 'eras', position),
        id,
        message: `${problem?.reason ?? ''}; the era is skipped`,
      });
      return;
    }
    builder.eras.push({ id, title, date: date.text });
    builder.origin.eras.push(position);
  });
}

function metaOf(builder: Builder, title: Slide | null): Metadata | undefined {
  if (!title) return undefined;
  const headline = plainText(title.headline);
  const text = plainText(title.text);
  for (const kind of title.ignored) builder.ignored.add(kind.startsWith('title.') ? kind : `title.${kind}`);
  if (title.media && str(title.media.url)) builder.ignored.add('title.media');
  if (!headline && !text) return undefined;
  // The header shows the description as a line of text, so the title slide's markup is read, not kept.
  return compact({ title: headline || firstWords(text), description: text || undefined });
}

function finish(builder: Builder, title: Slide | null): TimelineJsConversion {
  const meta = metaOf(builder, title);
  const categories = Object.fromEntries(builder.categories);
  const dataset: Dataset = {
    ...(meta ? { meta: builder.categories.size ? { ...meta, categories } : meta } : builder.categories.size ? { meta: { title: 'Untitled data set', categories } } : {}),
    events: builder.events,
    places: builder.places,
    ...(builder.eras.length ? { eras: builder.eras } : {}),
    ...(builder.events.length ? { story: storyOf(builder, meta?.title) } : {}),
  };
  return {
    dataset,
    diagnostics: [...builder.diagnostics, ...builder.ignored.diagnostics()],
    origin: builder.origin,
    format: builder.format,
  };
}

/** A TimelineJS file is read slide by slide: its slides, in the file's order, are a story for `<relations-story>`. */
function storyOf(builder: Builder, title: string | undefined): Story {
  const steps: StoryStep[] = builder.events.map((event) =>
    compact({
      id: event.id,
      title: event.title,
      text: event.description,
      events: [event.id],
      places: event.places.length ? event.places : undefined,
    }),
  );
  return title ? { title, steps } : { steps };
}

function newBuilder(format: 'json' | 'csv'): Builder {
  return {
    events: [],
    places: [],
    eras: [],
    diagnostics: [],
    ignored: new Ignored(),
    origin: { events: [], eras: [] },
    categories: new Map(),
    placeByCoordinates: new Map(),
    placeIds: new Ids(),
    format,
  };
}

function slideDate(value: unknown, which: string, ignored: string[]): SlideDate | undefined {
  if (!isRecord(value)) return undefined;
  for (const key of Object.keys(value)) if (!DATE_FIELDS.has(key) && key !== 'millisecond' && str(value[key])) ignored.push(`${which}.${key}`);
  return value;
}

function jsonSlide(value: Raw): Slide {
  const ignored: string[] = [];
  for (const key of Object.keys(value)) if (!SLIDE_FIELDS.has(key) && value[key] !== undefined && value[key] !== '') ignored.push(key);
  const text = isRecord(value.text) ? value.text : {};
  return {
    start: slideDate(value.start_date, 'start_date', ignored),
    end: slideDate(value.end_date, 'end_date', ignored),
    headline: str(text.headline),
    text: str(text.text),
    displayDate: str(value.display_date),
    group: str(value.group),
    uniqueId: str(value.unique_id),
    media: isRecord(value.media) ? value.media : null,
    location: value.location,
    ignored,
  };
}

/** A TimelineJS3 JSON value as a data set (to be checked with `checkDataset`). */
export function timelineJsJsonToDataset(value: Raw): TimelineJsConversion {
  const builder = newBuilder('json');
  for (const key of Object.keys(value)) {
    if (!['title', 'events', 'eras'].includes(key) && value[key] !== undefined) builder.ignored.add(key);
  }
  const list = (field: string): unknown[] => {
    const items = value[field];
    if (!Array.isArray(items)) return [];
    if (items.length > MAX_RECORDS) {
      builder.diagnostics.push({
        severity: 'error',
        code: 'invalid-dataset',
        collection: field === 'eras' ? 'eras' : 'events',
        message: `"${field}" has ${items.length} items; only the first ${MAX_RECORDS} are read`,
      });
    }
    return items.slice(0, MAX_RECORDS) as unknown[];
  };
  const events: { slide: Slide; position: number }[] = [];
  list('events').forEach((event, position) => {
    if (isRecord(event)) events.push({ slide: jsonSlide(event), position });
    else {
      builder.diagnostics.push({ severity: 'error', code: 'invalid-record', collection: 'events', index: position, message: 'the slide is not an object' });
    }
  });
  const eras: { slide: Slide; position: number }[] = [];
  list('eras').forEach((era, position) => {
    if (isRecord(era)) eras.push({ slide: jsonSlide(era), position });
    else builder.diagnostics.push({ severity: 'error', code: 'invalid-record', collection: 'eras', index: position, message: 'the era is not an object' });
  });
  addEvents(builder, events);
  addEras(builder, eras);
  return finish(builder, isRecord(value.title) ? jsonSlide(value.title) : null);
}

/** A v1 sheet's `Start Date` (`1815-12-10`, `1815`, `12/10/1815`) as a TimelineJS date. */
function v1Date(text: string): SlideDate | undefined {
  if (!text) return undefined;
  const iso = /^([-+]?\d+)(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (iso) return { year: iso[1].replace('+', ''), month: iso[2], day: iso[3] };
  const us = /^(\d{1,2})\/(\d{1,2})\/(-?\d+)$/.exec(text);
  if (us) return { year: us[3], month: us[1], day: us[2] };
  return { year: text };
}

/** The sheet's Year/Month/Day/Time columns (or End …) as a TimelineJS date, or a reason it cannot be one. */
function sheetDate(row: ReadonlyMap<string, string>, prefix: '' | 'end '): SlideDate | string | undefined {
  const year = row.get(`${prefix}year`) ?? '';
  const time = row.get(`${prefix}time`) ?? '';
  if (!year) return time ? `${prefix ? 'End Time' : 'Time'} "${time}" is given without a ${prefix ? 'End Year' : 'Year'}` : undefined;
  const date: SlideDate = { year, month: row.get(`${prefix}month`), day: row.get(`${prefix}day`) };
  if (!time) return date;
  const parsed = parseSheetTime(time);
  if (!parsed) return `${prefix ? 'End Time' : 'Time'} "${time}" is not a time such as 10:30 PM, 22:30 or 22:30:15`;
  return { ...date, ...parsed };
}

/** A CSV exported from the TimelineJS Google Sheets template as a data set (to be checked with `checkDataset`). */
export function timelineJsCsvToDataset(input: string): TimelineJsConversion {
  const builder = newBuilder('csv');
  const { delimiter, body } = detectDelimiter(input.replace(/^\uFEFF/, ''));
  const { rows, unclosedQuoteLine } = parseDelimited(body, delimiter);
  if (unclosedQuoteLine !== null) {
    builder.diagnostics.push({
      severity: 'error',
      code: 'invalid-csv',
      collection: 'events',
      row: unclosedQuoteLine,
      message: `a quote opens on line ${unclosedQuoteLine} and never closes: every row after it is read into one cell; close the quote (or double it, "")`,
    });
  }
  const [header = [], ...data] = rows;
  const names = header.map((name) => name.trim().toLowerCase());
  names.forEach((name, column) => {
    if (name && !CSV_COLUMNS.has(name)) {
      builder.diagnostics.push({
        severity: 'warning',
        code: 'unknown-field',
        collection: 'events',
        row: 1,
        message: `unknown column "${header[column].trim()}" ignored (not a column of the TimelineJS sheet)`,
      });
    }
  });
  let title: Slide | null = null;
  const events: { slide: Slide; position: number }[] = [];
  const eras: { slide: Slide; position: number }[] = [];
  data.forEach((cells, index) => {
    if (cells.every((value) => value.trim() === '')) return;
    const position = index + 2;
    const row = new Map<string, string>();
    names.forEach((name, column) => {
      if (!row.has(name)) row.set(name, (cells[column] ?? '').trim());
    });
    const ignored: string[] = [];
    if (row.get('background')) ignored.push('background');
    const v1 = names.includes('start date') || names.includes('end date');
    const start = v1 ? v1Date(row.get('start date') ?? '') : sheetDate(row, '');
    const end = v1 ? v1Date(row.get('end date') ?? '') : sheetDate(row, 'end ');
    const type = (row.get('type') ?? '').toLowerCase();
    const problem = typeof start === 'string' ? start : typeof end === 'string' ? end : null;
    if (problem) {
      builder.diagnostics.push({ severity: 'error', code: 'invalid-date', collection: type === 'era' ? 'eras' : 'events', row: position, field: 'time', message: `${problem}; the row is skipped` });
      return;
    }
    const slide: Slide = {
      start: start as SlideDate | undefined,
      end: end as SlideDate | undefined,
      headline: row.get('headline') ?? '',
      text: row.get('text') ?? '',
      displayDate: row.get('display date') ?? '',
      group: row.get('group') || row.get('tag') || '',
      uniqueId: '',
      media: {
        url: row.get('media') ?? '',
        caption: row.get('media caption') ?? '',
        credit: row.get('media credit') ?? '',
        thumbnail: row.get('media thumbnail') ?? '',
        alt: row.get('alt text') ?? '',
      },
      location: undefined,
      ignored,
    };
    if (type === 'title' && !title) title = slide;
    else if (type === 'era') eras.push({ slide, position });
    else {
      if (type === 'title') {
        builder.diagnostics.push({ severity: 'warning', code: 'invalid-record', collection: 'events', row: position, field: 'type', message: 'a second title row is read as an event' });
      }
      events.push({ slide, position });
    }
  });
  addEvents(builder, events);
  addEras(builder, eras);
  return finish(builder, title);
}

/**
 * Checks a conversion like any data set and puts every diagnostic where the editor finds it in the TimelineJS file:
 * its CSV row, or its index in the JSON `events` and `eras`.
 */
export function checkTimelineJs(conversion: TimelineJsConversion): CheckResult {
  const { origin } = conversion;
  const positionOf = (collection: Collection, index: number): number | undefined =>
    collection === 'events' ? origin.events[index] : collection === 'eras' ? origin.eras[index] : undefined;
  const csv = conversion.format === 'csv';
  const { story, ...rest } = conversion.dataset;
  const checked = withSlideStory(checkDataset(rest, csv ? { rowOf: positionOf } : {}), story);
  const diagnostics = csv
    ? checked.diagnostics
    : checked.diagnostics.map((d) => {
        const index = d.collection !== undefined && d.index !== undefined ? positionOf(d.collection, d.index) : undefined;
        return index === undefined ? d : { ...d, index };
      });
  return { dataset: checked.dataset, diagnostics: [...conversion.diagnostics, ...diagnostics] };
}

/** The slides' story, less the slides the checks rejected (each reported already, as an event). */
function withSlideStory(checked: CheckResult, story: Story | undefined): CheckResult {
  const data = checked.dataset;
  const steps = story?.steps.filter((step) => step.events?.every((id) => data.eventById.has(id))) ?? [];
  if (!story || steps.length === 0) return checked;
  const dataset = indexDataset({
    meta: data.meta,
    events: data.events.slice(),
    places: data.places.slice(),
    links: data.links.slice(),
    series: data.series.slice(),
    eras: data.eras.slice(),
    story: { ...story, steps },
  });
  return { dataset, diagnostics: checked.diagnostics };
}

/** What `load.ts` calls once this module is loaded (it is a chunk of its own: most pages never read TimelineJS). */
export const timelineJsReader = {
  json: (value: Raw): CheckResult => checkTimelineJs(timelineJsJsonToDataset(value)),
  csv: (text: string): CheckResult => checkTimelineJs(timelineJsCsvToDataset(text)),
};
