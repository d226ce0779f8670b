import type { Diagnostic, DiagnosticCode } from './diagnostics.js';
import { isForbiddenKey, isRecord } from './safe-json.js';
import { PLACE_KINDS, type PlaceKind } from './types.js';

/**
 * GeoJSON as map people keep places: a FeatureCollection of Points becomes places (and, for features with a date,
 * events at those places, as in the USGS earthquake feeds). Which property holds what is configurable; each feature
 * that cannot be a place is skipped with one diagnostic that names it (`features[12]`). Pure: no DOM.
 */

/** The record fields a GeoJSON property can fill. */
export const GEOJSON_FIELD_KEYS = [
  'id',
  'name',
  'kinds',
  'country',
  'date',
  'title',
  'category',
  'description',
  'url',
] as const;

export type GeojsonFieldKey = (typeof GEOJSON_FIELD_KEYS)[number];

/** Property names by record field, for example `{ name: 'place', date: 'time' }`. */
export type GeojsonFields = Partial<Record<GeojsonFieldKey, string>>;

/**
 * The properties read when a field is not configured, first one present wins. `id` is the feature's own `id` first;
 * a name falls back to a USGS feed's `place`, then `title`.
 */
const DEFAULT_PROPERTIES: Readonly<Record<GeojsonFieldKey, readonly string[]>> = {
  id: ['id'],
  name: ['name', 'place', 'title'],
  kinds: ['kinds', 'kind'],
  country: ['country'],
  date: ['date', 'time'],
  title: ['title', 'place', 'name'],
  category: ['category'],
  description: ['description'],
  url: ['url'],
};

const KNOWN = new Set<string>(GEOJSON_FIELD_KEYS);

function optionProblem(message: string): Diagnostic {
  return { severity: 'warning', code: 'invalid-option', message };
}

/**
 * The `geojson-fields` attribute (`"name:place, date:time"`) or the `geojsonFields` property (an object), checked:
 * an entry that is not `field:property`, an unknown field or a repeated one is left out and reported.
 */
export function parseGeojsonFields(value: unknown): { fields: GeojsonFields; diagnostics: Diagnostic[] } {
  const fields: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  const known = GEOJSON_FIELD_KEYS.join(', ');
  const add = (key: string, property: string, entry: string) => {
    if (!KNOWN.has(key)) {
      diagnostics.push(optionProblem(`geojson-fields: unknown field "${key}" in "${entry}" ignored (known: ${known})`));
    } else if (property === '' || isForbiddenKey(property)) {
      diagnostics.push(optionProblem(`geojson-fields: "${entry}" names no property; write ${key}:property`));
    } else if (Object.hasOwn(fields, key)) {
      diagnostics.push(optionProblem(`geojson-fields: "${key}" is given twice; the first ("${fields[key]}") is used`));
    } else fields[key] = property;
  };
  if (value === null || value === undefined || value === '') return { fields, diagnostics };
  if (typeof value === 'string') {
    for (const raw of value.split(',')) {
      const entry = raw.trim();
      if (!entry) continue;
      const colon = entry.indexOf(':');
      if (colon < 0) {
        diagnostics.push(optionProblem(`geojson-fields: "${entry}" is not field:property (for example name:place)`));
        continue;
      }
      add(entry.slice(0, colon).trim(), entry.slice(colon + 1).trim(), entry);
    }
  } else if (isRecord(value)) {
    for (const [key, property] of Object.entries(value)) {
      if (typeof property !== 'string') {
        diagnostics.push(optionProblem(`geojson-fields: the property for "${key}" must be text`));
      } else add(key, property.trim(), `${key}:${property}`);
    }
  } else {
    diagnostics.push(optionProblem('geojson-fields must be text such as "name:place, date:time" or an object'));
  }
  return { fields, diagnostics };
}

export function isFeatureCollection(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && value.type === 'FeatureCollection';
}

/** Records in the data set's own shape, for `checkDataset`, and where each came from. */
export interface GeojsonRecords {
  readonly title: string | undefined;
  readonly places: Record<string, unknown>[];
  readonly events: Record<string, unknown>[];
  /** The feature (index in `features`) each place and each event came from. */
  readonly placeFeature: readonly number[];
  readonly eventFeature: readonly number[];
  readonly diagnostics: readonly Diagnostic[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** `name_az`, `name_zh-Hant`: a place's name in another language, as the places CSV has it. */
const LOCAL_NAME = /^name_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

/** A name as an id: lower case letters and digits joined by "-", accents dropped ("São Paulo" → "sao-paulo"). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100)
    .replace(/-$/, '');
  return slug;
}

/** An epoch in milliseconds (USGS `time`) as an EDTF date-time to the second, in UTC. */
export function epochToEdtf(ms: number): string | null {
  const date = new Date(ms);
  if (!Number.isFinite(ms) || Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An ISO date-time with fractions of a second (`…T06:45:56.123Z`) to the second, which EDTF writes. */
function dateOf(value: unknown): string | null {
  if (typeof value === 'number') return epochToEdtf(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value.trim().replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.\d+/, '$1');
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function listOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;|,]/) : [];
  return items.flatMap((item) => (typeof item === 'string' && item.trim() ? [item.trim()] : []));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** The features of a FeatureCollection as place and event records. */
export function recordsFromGeojson(collection: unknown, fields: GeojsonFields = {}): GeojsonRecords {
  const diagnostics: Diagnostic[] = [];
  const places: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const placeFeature: number[] = [];
  const eventFeature: number[] = [];
  const metadata = isRecord(collection) && isRecord(collection.metadata) ? collection.metadata : {};
  const title = isRecord(collection) ? (textOf(metadata.title) ?? textOf(collection.name)) : undefined;
  const features = isRecord(collection) ? collection.features : undefined;
  if (!Array.isArray(features)) {
    diagnostics.push({
      severity: 'error',
      code: 'invalid-dataset',
      message: 'the GeoJSON FeatureCollection has no "features" list',
    });
    return { title, places, events, placeFeature, eventFeature, diagnostics };
  }
  const usedIds = new Set<string>();
  const skip = (index: number, message: string, id?: string, code: DiagnosticCode = 'invalid-record') =>
    diagnostics.push({
      severity: 'error',
      code,
      collection: 'features',
      index,
      ...(id ? { id } : {}),
      message: `${message}; the feature is skipped`,
    });
  const warn = (index: number, id: string, field: string, message: string) =>
    diagnostics.push({ severity: 'warning', code: 'invalid-record', collection: 'features', index, id, field, message });

  features.forEach((feature: unknown, index) => {
    if (!isRecord(feature) || feature.type !== 'Feature') {
      skip(index, 'is not a GeoJSON Feature ({"type": "Feature", "geometry": …, "properties": …})');
      return;
    }
    const properties = isRecord(feature.properties) ? feature.properties : {};
    const read = (key: GeojsonFieldKey): unknown => {
      const names = fields[key] !== undefined ? [fields[key]] : DEFAULT_PROPERTIES[key];
      for (const name of names) {
        if (Object.hasOwn(properties, name) && properties[name] !== null && properties[name] !== '') return properties[name];
      }
      return undefined;
    };
    const featureId = textOf(fields.id === undefined ? (feature.id ?? read('id')) : read('id'));
    const geometry = feature.geometry;
    if (!isRecord(geometry) || geometry.type !== 'Point') {
      const kind = isRecord(geometry) && typeof geometry.type === 'string' ? `a ${geometry.type}` : 'no geometry';
      skip(index, `has ${kind.slice(0, 40)}, not a Point`, featureId);
      return;
    }
    const coordinates = geometry.coordinates;
    const [lon, lat] = Array.isArray(coordinates) ? coordinates : [];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      skip(index, 'has no coordinates [longitude, latitude]', featureId, 'missing-coordinates');
      return;
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      skip(index, `has coordinates [${lon}, ${lat}] out of range (longitude −180 to 180, latitude −90 to 90)`, featureId, 'invalid-coordinates');
      return;
    }
    const name = textOf(read('name'));
    if (!name) {
      skip(index, `has no name (the property "${fields.name ?? 'name'}")`, featureId);
      return;
    }
    let base = featureId && ID.test(featureId) ? featureId : slugify(featureId ?? name);
    if (!base) base = `feature-${index + 1}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base.slice(0, 120)}-${n}`;
    usedIds.add(id);

    const localNames: Record<string, string> = {};
    for (const [key, value] of Object.entries(properties)) {
      const lang = LOCAL_NAME.exec(key)?.[1];
      const text = textOf(value);
      if (lang && text && lang !== 'en') localNames[lang] = text;
    }
    const place: Record<string, unknown> = {
      id,
      name: Object.keys(localNames).length ? { en: name, ...localNames } : name,
      lat,
      lon,
    };
    const kinds: PlaceKind[] = [];
    for (const kind of listOf(read('kinds'))) {
      if ((PLACE_KINDS as readonly string[]).includes(kind)) kinds.push(kind as PlaceKind);
      else warn(index, id, 'kinds', `the kind "${kind.slice(0, 40)}" left out (known: ${PLACE_KINDS.join(', ')})`);
    }
    if (kinds.length) place.kinds = kinds;
    const country = textOf(read('country'));
    if (country !== undefined) {
      if (/^[A-Za-z]{2}$/.test(country)) place.country = country.toUpperCase();
      else warn(index, id, 'country', `the country "${country.slice(0, 40)}" left out: it must be a two-letter code such as "US"`);
    }
    const description = textOf(read('description'));
    const rawDate = read('date');
    if (rawDate === undefined) {
      if (description) place.description = description;
      places.push(place);
      placeFeature.push(index);
      return;
    }
    places.push(place);
    placeFeature.push(index);
    const date = dateOf(rawDate);
    if (!date) {
      warn(index, id, 'date', `the date ${JSON.stringify(rawDate).slice(0, 40)} is not a date or a time in milliseconds; only the place is kept`);
      return;
    }
    const rawCategory = textOf(read('category'));
    const category = rawCategory === undefined ? undefined : ID.test(rawCategory) ? rawCategory : slugify(rawCategory) || undefined;
    const url = textOf(read('url'));
    const event: Record<string, unknown> = {
      id,
      date,
      title: textOf(read('title')) ?? name,
      places: [id],
      ...(category ? { category } : {}),
      ...(description ? { description } : {}),
      ...(url ? { links: [{ label: hostOf(url), url }] } : {}),
    };
    events.push(event);
    eventFeature.push(index);
  });
  return { title, places, events, placeFeature, eventFeature, diagnostics };
}
