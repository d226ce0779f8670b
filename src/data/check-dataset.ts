import type { Collection, Diagnostic, DiagnosticCode } from './diagnostics.js';
import { forgetParsedDates, parseEdtf } from './edtf.js';
import {
  validateEra,
  validateEvent,
  validateLink,
  validateMeta,
  validatePlace,
  validateSeries,
  validateStoryStep,
} from './generated/validators.js';
import type { SchemaError, StandaloneValidator } from './generated/validators.js';
import { indexSteps, type LoadedDataset, type LoadedEra, type LoadedEvent, type LoadedSeries } from './loaded.js';
import { isForbiddenKey, isRecord } from './safe-json.js';
import { runInSlices, runSteps, type SliceOptions } from './steps.js';
import type {
  Flag,
  Link,
  LocalizedText,
  Media,
  Metadata,
  Place,
  PlaceKind,
  PlaceLink,
  SourceRef,
  Story,
  StoryMapView,
  StoryStep,
} from './types.js';

/**
 * Checks a parsed data set record by record against data/schema.json (with Ajv's standalone validators, compiled at
 * build time so no code is generated on the page) and against what the schema cannot say: dates that exist, ids that
 * are unique, places that are referenced. Bad records are skipped, fixable ones repaired, and each gets a diagnostic.
 * The result is built from known fields only, so nothing from the input reaches an object's prototype.
 */

export interface CheckResult {
  readonly dataset: LoadedDataset;
  readonly diagnostics: readonly Diagnostic[];
}

/** Where records came from, so diagnostics can point at CSV rows instead of array positions. */
export interface RecordOrigin {
  readonly rowOf?: (collection: Collection, index: number) => number | undefined;
  /** Where a record really is when it was made from another (a GeoJSON feature), for its diagnostics. */
  readonly locate?: (collection: Collection, index: number) => { collection: Collection; index: number } | undefined;
}

export interface CheckOptions extends RecordOrigin {
  /** Called every few thousand records with how many places and events were checked, of how many. */
  readonly onProgress?: (checked: number, total: number) => void;
}

/** How many records between two `onProgress` calls. */
export const PROGRESS_EVERY = 5000;

type Raw = Record<string, unknown>;

const DEFAULT_META: Metadata = { title: 'Untitled data set' };

class DiagnosticList {
  readonly items: Diagnostic[] = [];
  constructor(private readonly origin: RecordOrigin) {}

  add(
    severity: Diagnostic['severity'],
    code: DiagnosticCode,
    message: string,
    where: { collection?: Collection; index?: number; id?: string; field?: string } = {},
  ): void {
    const row = where.collection !== undefined && where.index !== undefined
      ? this.origin.rowOf?.(where.collection, where.index)
      : undefined;
    const moved = where.collection !== undefined && where.index !== undefined
      ? this.origin.locate?.(where.collection, where.index)
      : undefined;
    if (moved) where = { ...where, ...moved };
    // Messages quote the input; a 100,000-character field must not become a 100,000-character message.
    const short = message.length > 300 ? `${message.slice(0, 299)}…` : message;
    const diagnostic: Diagnostic = { severity, code, message: short, ...where };
    this.items.push(row === undefined ? diagnostic : { ...diagnostic, row });
  }
}

function idOf(record: unknown): string | undefined {
  return isRecord(record) && typeof record.id === 'string' ? record.id.slice(0, 128) : undefined;
}

function fieldOf(error: SchemaError): string {
  const missing = error.params.missingProperty;
  if (error.keyword === 'required' && typeof missing === 'string') return missing;
  return error.instancePath.split('/')[1] ?? '';
}

/** What a schema rule asks for, in an editor's words rather than a regular expression. */
function plainReason(error: SchemaError): string {
  const words = RULE_WORDS[error.schemaPath];
  if (words) return words;
  if (error.keyword === 'maxLength') return `is longer than ${String(error.params.limit)} characters`;
  if (error.keyword === 'type') return `must be ${TYPE_WORDS[String(error.params.type)] ?? String(error.params.type)}`;
  if (error.keyword === 'enum') return `must be one of: ${(error.params.allowedValues as unknown[] | undefined)?.join(', ') ?? 'the listed values'}`;
  return error.message ?? 'is not valid';
}

/** Rules of data/schema.json that are regular expressions, by their place in the schema. */
const RULE_WORDS: Readonly<Record<string, string>> = {
  '#/definitions/id/pattern': 'must be an id: up to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
  '#/definitions/country/pattern': 'must be a two-letter country code in capitals, such as "AZ"',
};
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

function describeSchemaError(error: SchemaError): { code: DiagnosticCode; message: string } {
  const field = fieldOf(error);
  const path = error.instancePath.slice(1).replaceAll('/', '.') || 'record';
  if (error.keyword === 'required') {
    if (field === 'lat' || field === 'lon') return { code: 'missing-coordinates', message: `missing coordinate "${field}"` };
    return { code: 'missing-field', message: `missing required field "${field}"` };
  }
  if (field === 'lat' || field === 'lon') {
    const range = field === 'lat' ? '−90 to 90' : '−180 to 180';
    return { code: 'invalid-coordinates', message: `"${field}" must be a number from ${range}` };
  }
  if (error.keyword === 'minLength' && error.params.limit === 1) return { code: 'missing-field', message: `"${path}" is empty` };
  return { code: 'invalid-record', message: `"${path}" ${plainReason(error)}` };
}

/**
 * Parts of a record that can be left out while the rest is kept: an event's place references, actors and flags, a
 * place's flags, and in `meta` a category, a party, the source's details, the licence or the description. Paths are
 * the schema error's `instancePath`; the match is the part to drop.
 */
const DROPPABLE: Readonly<Record<'events' | 'places' | 'meta', RegExp>> = {
  events: /^\/(places|actors|flags)\/(\d+)/,
  places: /^\/(flags)\/(\d+)/,
  meta: /^\/(?:(categories)(?:\/([^/]+))?|(parties)\/(\d+)|(source)\/([^/]+)|(licence|description))/,
};

/**
 * The record with each part the schema rejects left out (a copy; the input is not changed), one warning per part,
 * so one bad place reference, actor, flag or meta detail never costs the record. Whatever else is wrong is left for
 * `validate` to report. `valid` says the schema already passed what is returned (most records: one run, not two).
 */
function withoutBadParts(
  validator: StandaloneValidator,
  record: unknown,
  collection: 'events' | 'places' | 'meta',
  report: (message: string, field: string) => void,
): { readonly record: unknown; readonly valid: boolean } {
  if (!isRecord(record)) return { record, valid: false };
  let current: Raw = record;
  for (let round = 0; round < 50; round++) {
    if (validator(current)) return { record: current, valid: true };
    const errors = validator.errors ?? [];
    // A bad category key is reported at "/categories" too: drop the key, not every category.
    const error =
      errors.find((e) => isBadCategoryKey(e, collection)) ??
      errors.find((e) => DROPPABLE[collection].test(e.instancePath));
    if (!error) break;
    const part = partOf(error, collection, current);
    if (!part) break;
    current = dropPart(current, part);
    report(`${part.words} left out: ${partReason(error, part)}; the rest is kept`, part.field);
  }
  return { record: current, valid: false };
}

const isBadCategoryKey = (error: SchemaError, collection: string) =>
  collection === 'meta' && error.instancePath === '/categories' && typeof error.params.propertyName === 'string';

interface Part {
  readonly field: string;
  /** An item of a list, a key of an object, or the whole field. */
  readonly item?: number | string;
  readonly inside?: boolean;
  readonly words: string;
}

function partOf(error: SchemaError, collection: 'events' | 'places' | 'meta', record: Raw): Part | null {
  if (isBadCategoryKey(error, collection)) {
    const key = String(error.params.propertyName);
    return { field: 'categories', item: key, inside: true, words: `the category "${key}"` };
  }
  const m = DROPPABLE[collection].exec(error.instancePath);
  if (!m) return null;
  const [field, item] = m.slice(1).filter((g) => g !== undefined);
  if (collection !== 'meta') {
    const singular = field === 'places' ? 'place reference' : field === 'actors' ? 'actor' : 'flag';
    const value = (record[field] as unknown[] | undefined)?.[Number(item)];
    const shown = typeof value === 'string' && value.length <= 60 ? ` ("${value}")` : '';
    return { field, item: Number(item), words: `${singular} ${Number(item) + 1}${shown}` };
  }
  if (field === 'parties') return { field, item: Number(item), words: `party ${Number(item) + 1} in meta` };
  if (item !== undefined) return { field, item, inside: true, words: `"${field}.${item}" in meta` };
  return { field, words: `"${field}" in meta` };
}

function partReason(error: SchemaError, part: Part): string {
  if (isBadCategoryKey(error, 'meta'))
    return `a category id ${RULE_WORDS['#/definitions/id/pattern'].replace(/^must be an id: /, 'must be ')}`;
  const partPath = `/${part.field}${part.item === undefined ? '' : `/${part.item}`}`;
  const path = error.instancePath === partPath ? 'it' : `"${error.instancePath.slice(partPath.length + 1).replaceAll('/', '.')}"`;
  if (error.keyword === 'required') return `${path} needs "${String(error.params.missingProperty)}"`;
  if (error.keyword === 'minLength' && error.params.limit === 1) return `${path} is empty`;
  return `${path} ${plainReason(error)}`;
}

function dropPart(record: Raw, part: Part): Raw {
  const copy: Raw = { ...record };
  const value = record[part.field];
  if (part.item === undefined) delete copy[part.field];
  else if (Array.isArray(value)) copy[part.field] = value.filter((_, i) => i !== part.item);
  else if (isRecord(value)) {
    const inner: Raw = { ...value };
    delete inner[String(part.item)];
    copy[part.field] = inner;
  }
  return copy;
}

/** Runs a schema validator; unknown fields are only warned about (they are dropped when the record is copied). */
function validate(
  validator: StandaloneValidator,
  record: unknown,
  where: { collection: Collection; index: number },
  diagnostics: DiagnosticList,
  alreadyValid = false,
): record is Raw {
  const id = idOf(record);
  if (!isRecord(record)) {
    diagnostics.add('error', 'invalid-record', 'the record is not an object', { ...where, id });
    return false;
  }
  if (alreadyValid || validator(record)) return true;
  // A series point with a bad date, or an event's bad link or media, is left out by checkSeries or checkEvents with
  // its own warning, rather than the whole record.
  const errors = (validator.errors ?? []).filter(
    (error) =>
      !(where.collection === 'series' && /^\/points\/\d+\/date$/.test(error.instancePath)) &&
      !(where.collection === 'events' && /^\/(links|media)(\/|$)/.test(error.instancePath)) &&
      !(where.collection === 'story' && STORY_OWN_CHECKS.test(error.instancePath)),
  );
  const fatal = errors.filter((error) => error.keyword !== 'additionalProperties');
  if (fatal.length === 0) {
    const extra = errors.map((error) => String(error.params.additionalProperty)).join('", "');
    if (extra) diagnostics.add('warning', 'unknown-field', `unknown field "${extra}" ignored`, { ...where, id });
    return true;
  }
  const dateError = fatal.find((error) => fieldOf(error) === 'date' && error.keyword !== 'required');
  if (dateError) {
    const parsed = parseEdtf(record.date);
    const spaced = typeof record.date === 'string' && record.date.trim() !== record.date;
    const reason = !parsed.ok
      ? parsed.reason
      : spaced
        ? `"${record.date}" has spaces around it: write "${(record.date as string).trim()}"`
        : 'the date is not valid';
    diagnostics.add('error', 'invalid-date', reason, { ...where, id, field: 'date' });
    return false;
  }
  const { code, message } = describeSchemaError(fatal[0]);
  const more = fatal.length > 1 ? ` (and ${fatal.length - 1} more ${fatal.length === 2 ? 'problem' : 'problems'})` : '';
  diagnostics.add('error', code, message + more, { ...where, id, field: fieldOf(fatal[0]) });
  return false;
}

function copyText(value: unknown): LocalizedText {
  if (typeof value === 'string') return value;
  const copy: Record<string, string> = {};
  if (isRecord(value)) {
    for (const [key, text] of Object.entries(value)) if (!isForbiddenKey(key) && typeof text === 'string') copy[key] = text;
  }
  return copy;
}

function copySource(value: unknown): SourceRef | undefined {
  if (!isRecord(value) || typeof value.section !== 'string') return undefined;
  return typeof value.quote === 'string' ? { section: value.section, quote: value.quote } : { section: value.section };
}

function copyFlags(value: unknown): Flag[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((flag) => ({
    field: String(flag.field),
    original: String(flag.original),
    corrected: String(flag.corrected),
    ...(typeof flag.note === 'string' ? { note: flag.note } : {}),
  }));
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Leaves undefined values out so records stay small and `'key' in record` means something. A fresh object, not
 * `delete`: deleting a property turns an object into a slow dictionary, and 100,000 of those slow down every view.
 */
function compact<T extends object>(record: T): T {
  const copy: Partial<T> = {};
  for (const key in record) if (record[key] !== undefined) copy[key] = record[key];
  return copy as T;
}

/** More records than this in one list are not read (an array claiming 2³²−1 items would hang the page). */
export const MAX_RECORDS = 5_000_000;

function arrayField(raw: Raw, key: Collection, diagnostics: DiagnosticList, required: boolean): unknown[] {
  const value = raw[key];
  if (Array.isArray(value)) {
    if (value.length <= MAX_RECORDS) return value;
    diagnostics.add(
      'error',
      'invalid-dataset',
      `"${key}" has ${value.length} items; only the first ${MAX_RECORDS} are read`,
      { collection: key },
    );
    return Array.prototype.slice.call(value, 0, MAX_RECORDS);
  }
  if (value !== undefined || required) {
    diagnostics.add('error', 'invalid-dataset', `"${key}" must be a list`, { collection: key });
  }
  return [];
}

function checkMeta(raw: Raw, diagnostics: DiagnosticList): Metadata {
  if (raw.meta === undefined) return DEFAULT_META;
  const { record: value, valid } = withoutBadParts(validateMeta, raw.meta, 'meta', (message, field) =>
    diagnostics.add('warning', 'invalid-metadata', message, { collection: 'meta', index: 0, field }),
  );
  if (!validate(validateMeta, value, { collection: 'meta', index: 0 }, diagnostics, valid)) {
    return { ...DEFAULT_META, ...(isRecord(value) && typeof value.title === 'string' ? { title: value.title } : {}) };
  }
  const categories: Record<string, LocalizedText> = {};
  if (isRecord(value.categories)) {
    for (const [id, label] of Object.entries(value.categories)) if (!isForbiddenKey(id)) categories[id] = copyText(label);
  }
  const source = isRecord(value.source)
    ? compact({
        title: String(value.source.title),
        url: optionalString(value.source.url),
        licence: optionalString(value.source.licence),
      })
    : undefined;
  const parties = Array.isArray(value.parties)
    ? value.parties.filter(isRecord).map((party) => ({ country: String(party.country), name: copyText(party.name) }))
    : undefined;
  return compact({
    title: String(value.title),
    description: optionalString(value.description),
    parties,
    source,
    licence: optionalString(value.licence),
    categories: isRecord(value.categories) ? categories : undefined,
  });
}

/** How many records a sliced check takes between two chances to give the main thread back (a few ms of work). */
const SLICE = 500;

interface Progress {
  /** One more record checked; true when a sliced check may pause here. */
  step(): boolean;
  done(): void;
}

function progressOf(raw: Raw, report: CheckOptions['onProgress']): Progress {
  const length = (value: unknown) => (Array.isArray(value) ? Math.min(value.length, MAX_RECORDS) : 0);
  const total = report ? length(raw.places) + length(raw.events) : 0;
  let checked = 0;
  return {
    step() {
      checked++;
      if (report && checked % PROGRESS_EVERY === 0) report(checked, total);
      return checked % SLICE === 0;
    },
    done() {
      report?.(total, total);
    },
  };
}

/**
 * The record when the schema passes it as it is (most records: one validator run, nothing allocated), else the
 * record with its droppable bad parts left out (each reported) and checked again; `null` when it is skipped.
 */
function checkedRecord(
  validator: StandaloneValidator,
  input: unknown,
  collection: 'events' | 'places',
  index: number,
  diagnostics: DiagnosticList,
): Raw | null {
  if (isRecord(input) && validator(input)) return input;
  const where = { collection, index };
  const { record, valid } = withoutBadParts(validator, input, collection, (message, field) =>
    diagnostics.add('warning', 'invalid-record', message, { ...where, id: idOf(input), field }),
  );
  return validate(validator, record, where, diagnostics, valid) ? record : null;
}

function* checkPlaces(raw: Raw, diagnostics: DiagnosticList, progress: Progress): Generator<void, Map<string, Place>> {
  const byId = new Map<string, Place>();
  const list = arrayField(raw, 'places', diagnostics, true);
  for (let index = 0; index < list.length; index++) {
    if (progress.step()) yield;
    // Holes in an array built by a page script are skipped, as forEach would (JSON has none).
    if (list[index] === undefined && !(index in list)) continue;
    const record = checkedRecord(validatePlace, list[index], 'places', index, diagnostics);
    if (!record) continue;
    const id = String(record.id);
    if (byId.has(id)) {
      diagnostics.add('error', 'duplicate-id', `another place already has the id "${id}"`, {
        collection: 'places',
        index,
        id,
        field: 'id',
      });
      continue;
    }
    byId.set(id, placeOf(id, record));
  }
  return byId;
}

/**
 * A checked place, built from its known fields in the order of the file format. The common fields are written in one
 * object literal (so its properties sit in the object itself, not in a side store); the rare ones are added after.
 */
function placeOf(id: string, record: Raw): Place {
  const name = copyText(record.name);
  const lat = Number(record.lat);
  const lon = Number(record.lon);
  // Most places name no kind: one shared empty list instead of one per place (1.6 MB at 100,000 places).
  const kinds = record.kinds === undefined ? NO_KINDS : (stringArray(record.kinds) as PlaceKind[]);
  const country = optionalString(record.country);
  const represents = optionalString(record.represents);
  const place: { -readonly [K in keyof Place]: Place[K] } =
    country === undefined
      ? represents === undefined
        ? { id, name, lat, lon, kinds }
        : { id, name, represents, lat, lon, kinds }
      : represents === undefined
        ? { id, name, country, lat, lon, kinds }
        : { id, name, country, represents, lat, lon, kinds };
  if (typeof record.description === 'string') place.description = record.description;
  if (record.source !== undefined) {
    const source = copySource(record.source);
    if (source) place.source = source;
  }
  if (record.flags !== undefined) {
    const flags = copyFlags(record.flags);
    if (flags) place.flags = flags;
  }
  return place;
}

const NO_KINDS: PlaceKind[] = Object.freeze([]) as unknown as PlaceKind[];

type MutableEvent = { -readonly [K in keyof LoadedEvent]: LoadedEvent[K] };

function* checkEvents(
  raw: Raw,
  placeById: ReadonlyMap<string, Place>,
  diagnostics: DiagnosticList,
  progress: Progress,
): Generator<void, Map<string, LoadedEvent>> {
  const byId = new Map<string, LoadedEvent>();
  const list = arrayField(raw, 'events', diagnostics, true);
  for (let index = 0; index < list.length; index++) {
    if (progress.step()) yield;
    // Holes in an array built by a page script are skipped, as forEach would (JSON has none).
    if (list[index] === undefined && !(index in list)) continue;
    const record = checkedRecord(validateEvent, list[index], 'events', index, diagnostics);
    if (!record) continue;
    const id = String(record.id);
    const when = parseEdtf(record.date);
    if (!when.ok) {
      diagnostics.add('error', 'invalid-date', when.reason, { collection: 'events', index, id, field: 'date' });
      continue;
    }
    if (byId.has(id)) {
      diagnostics.add('error', 'duplicate-id', `another event already has the id "${id}"`, {
        collection: 'events',
        index,
        id,
        field: 'id',
      });
      continue;
    }
    const places = knownPlaces(record.places, placeById, (unknown) => {
      const list = unknown.map((placeId) => `"${placeId}"`).join(', ');
      diagnostics.add('warning', 'unknown-place', `unknown place ${list} left out; the event is kept`, {
        collection: 'events',
        index,
        id,
        field: 'places',
      });
    });
    const title = String(record.title);
    const category = optionalString(record.category) ?? 'other';
    const date = when.value.text;
    const event: MutableEvent =
      typeof record.description === 'string'
        ? { id, date, when: when.value, title, description: record.description, category, places }
        : { id, date, when: when.value, title, category, places };
    if (Array.isArray(record.actors)) event.actors = stringArray(record.actors);
    if (record.source !== undefined) {
      const source = copySource(record.source);
      if (source) event.source = source;
    }
    if (record.flags !== undefined) {
      const flags = copyFlags(record.flags);
      if (flags) event.flags = flags;
    }
    if (record.links !== undefined) {
      const links = checkEventLinks(record.links, (message) =>
        diagnostics.add('warning', 'invalid-link', message, { collection: 'events', index, id, field: 'links' }),
      );
      if (links) event.links = links;
    }
    if (typeof record.displayDate === 'string') event.displayDate = record.displayDate;
    if (record.media !== undefined) {
      const media = checkEventMedia(record.media, (message) =>
        diagnostics.add('warning', 'invalid-media', message, { collection: 'events', index, id, field: 'media' }),
      );
      if (media) event.media = media;
    }
    byId.set(id, event);
  }
  return byId;
}

/** The place ids that name a known place, in order (one pass, no copy of a list that has no others). */
function knownPlaces(
  value: unknown,
  placeById: ReadonlyMap<string, Place>,
  reportUnknown: (unknown: string[]) => void,
): string[] {
  if (!Array.isArray(value)) return [];
  let unknown: string[] | null = null;
  const kept: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') continue;
    if (placeById.has(item)) kept.push(item);
    else (unknown ??= []).push(item);
  }
  if (unknown) reportUnknown(unknown);
  return kept;
}

const LINK_SCHEMES = /^(https?:|mailto:)/i;
const MAX_LABEL_LENGTH = 20000;
const MAX_URL_LENGTH = 2000;

/** An event's links that have a label and an http, https or mailto address; each other one is left out and reported. */
function checkEventLinks(value: unknown, leftOut: (message: string) => void): Link[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    leftOut('"links" must be a list; left out, the event is kept');
    return undefined;
  }
  const links: Link[] = [];
  value.forEach((link, index) => {
    const label = isRecord(link) && typeof link.label === 'string' ? link.label.trim() : '';
    const url = isRecord(link) && typeof link.url === 'string' ? link.url.trim() : '';
    if (!label || !url) leftOut(`link ${index} left out: it needs a "label" and a "url"`);
    else if (label.length > MAX_LABEL_LENGTH || url.length > MAX_URL_LENGTH) {
      leftOut(`link ${index} left out: the label or the address is too long`);
    } else if (!LINK_SCHEMES.test(url)) {
      leftOut(`link ${index} left out: only http:, https: and mailto: addresses are linked`);
    } else links.push({ label, url });
  });
  return links;
}

const MEDIA_SCHEMES = /^https?:\/\//i;
const MEDIA_FIELDS = ['url', 'thumbnail', 'caption', 'credit', 'alt'] as const;

/**
 * An event's media, when its `url` is an http or https address; left out and reported otherwise. A bad thumbnail, an
 * empty or overlong text and unknown fields are left out of it, each reported, and the rest kept.
 */
function checkEventMedia(value: unknown, report: (message: string) => void): Media | undefined {
  if (value === undefined) return undefined;
  const media: Record<string, string> = {};
  for (const key of isRecord(value) ? MEDIA_FIELDS : ['url']) {
    const text = isRecord(value) ? value[key] : undefined;
    if (text === undefined && key !== 'url') continue;
    const address = key === 'url' || key === 'thumbnail';
    const kept = typeof text === 'string' ? (address ? text.trim() : text) : '';
    if (address ? MEDIA_SCHEMES.test(kept) && kept.length <= MAX_URL_LENGTH : kept.trim() && kept.length <= MAX_LABEL_LENGTH) {
      media[key] = kept;
    } else if (key === 'url') {
      report('"media" left out: it needs a "url", an http: or https: address of up to 2000 characters; the event is kept');
      return undefined;
    } else {
      const rule = address ? 'an http: or https: address' : `text of 1 to ${MAX_LABEL_LENGTH} characters`;
      report(`"media.${key}" left out: it must be ${rule}`);
    }
  }
  const unknown = Object.keys(value as Raw).filter((key) => !(MEDIA_FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) report(`unknown field "${unknown.join('", "')}" in "media" ignored`);
  return media as unknown as Media;
}

function checkLinks(raw: Raw, placeIds: IdSet, diagnostics: DiagnosticList): PlaceLink[] {
  const links: PlaceLink[] = [];
  const seen = new Set<string>();
  arrayField(raw, 'links', diagnostics, false).forEach((record, index) => {
    const where = { collection: 'links' as const, index };
    if (!validate(validateLink, record, where, diagnostics)) return;
    const id = String(record.id);
    if (seen.has(id)) {
      diagnostics.add('error', 'duplicate-id', `another link already has the id "${id}"`, { ...where, id, field: 'id' });
      return;
    }
    const missing = [record.from, record.to].filter((placeId) => !placeIds.has(String(placeId)));
    if (missing.length > 0) {
      const list = missing.map((placeId) => `"${String(placeId)}"`).join(', ');
      diagnostics.add('error', 'unknown-place', `the link joins unknown place ${list}`, { ...where, id });
      return;
    }
    if (record.since !== undefined && !parseEdtf(record.since).ok) {
      diagnostics.add('error', 'invalid-date', `"since" is not a valid date`, { ...where, id, field: 'since' });
      return;
    }
    seen.add(id);
    links.push(
      compact({
        id,
        kind: 'twinning' as const,
        from: String(record.from),
        to: String(record.to),
        since: optionalString(record.since),
        source: copySource(record.source),
        flags: copyFlags(record.flags),
      }),
    );
  });
  return links;
}

function checkSeries(raw: Raw, diagnostics: DiagnosticList): LoadedSeries[] {
  const result: LoadedSeries[] = [];
  arrayField(raw, 'series', diagnostics, false).forEach((record, index) => {
    const where = { collection: 'series' as const, index };
    if (!validate(validateSeries, record, where, diagnostics)) return;
    const id = String(record.id);
    const points = (record.points as Raw[]).flatMap((point, pointIndex) => {
      const when = parseEdtf(point.date);
      if (when.ok) return [{ date: when.value.text, value: Number(point.value), when: when.value }];
      diagnostics.add('warning', 'invalid-date', `point ${pointIndex} left out: ${when.reason}`, { ...where, id });
      return [];
    });
    result.push(
      compact({
        id,
        title: String(record.title),
        unit: String(record.unit),
        direction: optionalString(record.direction),
        points: points.sort((a, b) => a.when.start - b.when.start),
        source: copySource(record.source),
        flags: copyFlags(record.flags),
      }),
    );
  });
  return result;
}

/** Eras with a valid interval that has a known start and end (a band needs both edges); each other one is reported. */
function checkEras(raw: Raw, diagnostics: DiagnosticList): LoadedEra[] {
  const eras: LoadedEra[] = [];
  const seen = new Set<string>();
  arrayField(raw, 'eras', diagnostics, false).forEach((record, index) => {
    const where = { collection: 'eras' as const, index };
    if (!validate(validateEra, record, where, diagnostics)) return;
    const id = String(record.id);
    const when = parseEdtf(record.date);
    if (!when.ok) {
      diagnostics.add('error', 'invalid-date', when.reason, { ...where, id, field: 'date' });
      return;
    }
    if (!Number.isFinite(when.value.start) || !Number.isFinite(when.value.end)) {
      diagnostics.add('error', 'invalid-date', `an era needs a start and an end: "${when.value.text}" is open`, {
        ...where,
        id,
        field: 'date',
      });
      return;
    }
    if (seen.has(id)) {
      diagnostics.add('error', 'duplicate-id', `another era already has the id "${id}"`, { ...where, id, field: 'id' });
      return;
    }
    seen.add(id);
    eras.push({ id, title: String(record.title), date: when.value.text, when: when.value });
  });
  return eras;
}

/** A story step's references and views are checked by checkStory, which leaves out only the bad part. */
const STORY_OWN_CHECKS = /^\/(events|places|categories|window|map|media)(\/|$)/;

/** Ids to look up: a Set, or the id map a collection was checked into. */
interface IdSet {
  has(id: string): boolean;
}

interface Known {
  readonly events: IdSet;
  readonly places: IdSet;
  readonly categories: IdSet;
}

/**
 * The story with each step checked: ids of events, places or categories the data set does not have are left out of
 * the step (one warning per list), a window that is no date or a map view that cannot be shown is left out, and a
 * step without an id or a title, or with an id used before, is skipped. The other steps always go on.
 */
function checkStory(raw: Raw, known: Known, diagnostics: DiagnosticList): Story | null {
  const value = raw.story;
  if (value === undefined) return null;
  if (!isRecord(value) || !Array.isArray(value.steps)) {
    diagnostics.add('error', 'invalid-record', 'the story must be an object with a list of "steps"; no story is told', {
      collection: 'story',
    });
    return null;
  }
  const title = typeof value.title === 'string' && value.title.trim() ? value.title : undefined;
  if (value.title !== undefined && !title)
    diagnostics.add('warning', 'invalid-record', 'the story\'s "title" must be text; left out', { collection: 'story', field: 'title' });
  const steps: StoryStep[] = [];
  const seen = new Set<string>();
  value.steps.slice(0, MAX_RECORDS).forEach((input: unknown, index: number) => {
    const where = { collection: 'story' as const, index };
    if (!validate(validateStoryStep, input, where, diagnostics)) return;
    const id = String(input.id);
    if (seen.has(id)) {
      diagnostics.add('error', 'duplicate-id', `another step already has the id "${id}"; the step is skipped`, {
        ...where,
        id,
        field: 'id',
      });
      return;
    }
    seen.add(id);
    const warn = (code: DiagnosticCode, field: string, message: string) =>
      diagnostics.add('warning', code, `step "${id}": ${message}`, { ...where, id, field });
    const ids = (field: 'events' | 'places' | 'categories', set: IdSet, code: DiagnosticCode, noun: string) => {
      const list = input[field];
      if (list === undefined) return undefined;
      if (!Array.isArray(list)) {
        warn('invalid-record', field, `"${field}" must be a list of ids; left out, the step is kept`);
        return undefined;
      }
      const kept = list.filter((item): item is string => typeof item === 'string' && set.has(item));
      const unknown = list.filter((item) => !kept.includes(item as string)).map((item) => `"${String(item)}"`);
      if (unknown.length > 0) warn(code, field, `unknown ${noun} ${unknown.join(', ')} left out; the step is kept`);
      return kept;
    };
    steps.push(
      compact({
        id,
        title: String(input.title),
        text: optionalString(input.text),
        events: ids('events', known.events, 'unknown-event', 'event'),
        places: ids('places', known.places, 'unknown-place', 'place'),
        window: checkWindow(input.window, (message) => warn('invalid-date', 'window', message)),
        map: checkStepMap(input.map, known.places, warn),
        categories: ids('categories', known.categories, 'unknown-category', 'category'),
        media: checkEventMedia(input.media, (message) => warn('invalid-media', 'media', message.replace('the event', 'the step'))),
      }),
    );
  });
  return compact({ title, steps });
}

function checkWindow(value: unknown, report: (message: string) => void): string | undefined {
  if (value === undefined) return undefined;
  const when = parseEdtf(value);
  if (when.ok && Number.isFinite(when.value.start) && Number.isFinite(when.value.end)) return when.value.text;
  report(`"window" left out: ${when.ok ? `"${when.value.text}" has an open end` : when.reason}; the step is kept`);
  return undefined;
}

const isNumberIn = (value: unknown, low: number, high: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high;

function checkStepMap(
  value: unknown,
  places: IdSet,
  warn: (code: DiagnosticCode, field: string, message: string) => void,
): StoryMapView | undefined {
  if (value === undefined) return undefined;
  if (isRecord(value) && Array.isArray(value.fit)) {
    const fit = value.fit.filter((item): item is string => typeof item === 'string' && places.has(item));
    const unknown = value.fit.filter((item) => !fit.includes(item as string)).map((item) => `"${String(item)}"`);
    if (unknown.length > 0) warn('unknown-place', 'map', `unknown place ${unknown.join(', ')} left out of "map.fit"`);
    return fit.length > 0 ? { fit } : undefined;
  }
  if (isRecord(value) && Array.isArray(value.center) && value.center.length === 2) {
    const [lat, lon] = value.center as unknown[];
    if (isNumberIn(lat, -90, 90) && isNumberIn(lon, -180, 180) && isNumberIn(value.zoom, 0, 18))
      return { center: [lat, lon], zoom: value.zoom };
  }
  warn(
    'invalid-record',
    'map',
    '"map" left out: it must be {"fit": [place ids]} or {"center": [lat, lon], "zoom": 0 to 18}; the step is kept',
  );
  return undefined;
}

/**
 * Checks a story against a data set that is loaded already, with the same words as `checkDataset`: for steps written
 * elsewhere than in the data file, such as a page's own paragraphs marked `data-step`.
 */
export function checkStoryFor(value: unknown, dataset: LoadedDataset): { story: Story | null; diagnostics: Diagnostic[] } {
  const diagnostics = new DiagnosticList({});
  const known: Known = {
    events: dataset.eventById,
    places: dataset.placeById,
    categories: new Set(dataset.categories.map((category) => category.id)),
  };
  const story = checkStory({ story: value }, known, diagnostics);
  return { story, diagnostics: diagnostics.items };
}

/** Checks a parsed JSON value (or records built from CSV). Never throws. */
export function checkDataset(input: unknown, options: CheckOptions = {}): CheckResult {
  return runSteps(checkSteps(input, options));
}

/**
 * `checkDataset` in slices of about 12 ms with the main thread given back between them (a posted message, so input
 * and painting go first), for data sets too big to check in one task. Rejects with the signal's reason when aborted;
 * otherwise the same result, diagnostics and progress calls as `checkDataset`.
 */
export function checkDatasetInSlices(input: unknown, options: CheckOptions & SliceOptions = {}): Promise<CheckResult> {
  return runInSlices(checkSteps(input, options), options);
}

/** `checkDataset` as steps (see steps.ts). */
function* checkSteps(input: unknown, options: CheckOptions): Generator<void, CheckResult> {
  const diagnostics = new DiagnosticList(options);
  const raw: Raw = isRecord(input) ? input : {};
  const progress = progressOf(raw, options.onProgress);
  if (!isRecord(input)) {
    diagnostics.add('error', 'invalid-dataset', 'the data is not an object with "events" and "places"');
  }
  const meta = checkMeta(raw, diagnostics);
  const placeById = yield* checkPlaces(raw, diagnostics, progress);
  const placeIds: IdSet = placeById;
  const eventById = yield* checkEvents(raw, placeById, diagnostics, progress);
  progress.done();
  // The dates of this data set are parsed; remembering them longer would only hold memory.
  forgetParsedDates();
  const events = [...eventById.values()];
  const places = [...placeById.values()];
  const links = checkLinks(raw, placeIds, diagnostics);
  const series = checkSeries(raw, diagnostics);
  const eras = checkEras(raw, diagnostics);
  const story =
    raw.story === undefined
      ? null
      : checkStory(
          raw,
          {
            events: eventById,
            places: placeIds,
            categories: new Set([...Object.keys(meta.categories ?? {}), ...events.map((event) => event.category)]),
          },
          diagnostics,
        );
  if (isRecord(input) && events.length === 0 && places.length === 0) {
    diagnostics.add('warning', 'empty-dataset', 'the data set has no events and no places');
  }
  return {
    dataset: yield* indexSteps({ meta, events, places, links, series, eras, story, eventById, placeById }),
    diagnostics: diagnostics.items,
  };
}
