/**
 * Every interface string of the elements, in English, German, Azerbaijani, Lithuanian and Russian, chosen by the one
 * language rule (`elementLang`); English is built in, the others load on first use (see `loadLanguage`). Counts take
 * the form `Intl.PluralRules` would choose, so "1 event", "3 events" and Lithuanian's and Russian's few / many forms
 * come out right; whole numbers in the shipped languages are written without `Intl` (`shipped-numbers.ts`), so a first
 * render that only counts pays for no ICU set-up. Data (titles, place names) is never translated here.
 */

import { formatWholeNumber, wholeNumberPlural } from '../data/shipped-numbers.js';
import type { atlasEnglish } from './catalogs/en-atlas.js';
import { languageDirection } from './lang.js';

export type Plural = {
  readonly zero?: string;
  readonly one: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};
type Message = string | Plural;

const en = {
  events: { one: '{n} event', other: '{n} events' },
  places: { one: '{n} place', other: '{n} places' },
  loading: 'Loading…',
  checking: { one: 'Checking {checked} of {n} record…', other: 'Checking {checked} of {n} records…' },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  fit: 'Fit',
  key: 'Key',
  keyTitle: 'What the marks mean',
  keyPoint: 'An event on one day',
  keyBar: 'A month, a year or a period: its whole extent',
  keyUncertain: 'Dashed: the date is uncertain',
  keyApproximate: 'Dotted: the date is approximate',
  keyOpen: 'Arrow: still going on, or no known end',
  keyBin: 'A shaded cell: that many events; click to zoom in',
  wholeSpan: 'Whole span',
  all: 'All',
  timelineLabel:
    'Timeline of {events}{window}. Arrow keys move between events, Enter selects, plus and minus zoom, Escape clears.',
  windowWords: ', {from} to {to}',
  dateApproximate: 'The date is approximate.',
  dateUncertain: 'The date is uncertain.',
  binEvents: { one: '{n} event in {lane}', other: '{n} events in {lane}' },
  clickToZoom: 'Click to zoom in',
  selectedEvent: 'Selected: {title}, {date}.',
  selectedPlace: 'Selected {name}: {events}.',
  selectionCleared: 'Selection cleared.',
  someNotShown: 'Some records could not be shown ({count}).',
  dismiss: 'Dismiss',
  retry: 'Retry',
  notLoadedFrom: 'The data could not be loaded from {url}: {reason}.',
  notLoaded: 'The data could not be loaded: {reason}.',
  emptyData: 'Nothing to show: the data set has no events and no places.',
  wheelHint: 'Use {key} + scroll to zoom',
  source: 'Source:',
  map: 'Map',
  mapLabel: 'Map of {places}. Arrow keys move between places, Enter selects, plus and minus zoom, Escape clears.',
  mapGroups: ' Where places are grouped, Enter zooms in on the group nearest the centre.',
  zoomedInOn: 'Zoomed in on {places}',
  capital: 'Capital',
  embassy: 'Embassy',
  consulate: 'Consulate',
  twinCity: 'Twinned place',
  venue: 'Venue',
  city: 'City or region',
  twinning: 'Twinning',
  tilesFailed: 'Basemap tiles unavailable — showing the built-in map',
  outlinesFailed:
    'The map outlines could not be loaded from {url}: copy every relations-atlas*.js file beside the bundle.',
  legendCount: 'Events at the place',
  legendVisit: 'A selected visit, from where to where',
  groupOfPlaces: 'Group of places',
  storyStep: 'Step {n} of {total}: {title}',
  storyWindow: 'Timeline: {from} to {to}.',
  storySelected: 'Selected: {titles}.',
  storyMap: 'Map: {places}.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en | keyof typeof atlasEnglish;
export type Catalog = { readonly [K in MessageKey]: Message };

/**
 * The shipped languages. English is built in; each other catalogue is a chunk of its own, fetched the first time an
 * element speaks it (`loadLanguage`), so a page in one language downloads one.
 */
const LOADERS: Readonly<Record<string, () => Promise<{ catalog: Catalog }>>> = {
  de: () => import('./catalogs/de.js'),
  az: () => import('./catalogs/az.js'),
  lt: () => import('./catalogs/lt.js'),
  ru: () => import('./catalogs/ru.js'),
  ar: () => import('./catalogs/ar.js'),
};

/** English: the views' own words here, the atlas's added by the atlas (so a page with one view does not carry them). */
const english: Partial<Record<MessageKey, Message>> = { ...en };

/** Called by the atlas's modules with their English words. */
export function addEnglish(messages: Readonly<Partial<Record<MessageKey, Message>>>): void {
  Object.assign(english, messages);
}

const loaded = new Map<string, Partial<Record<MessageKey, Message>>>([['en', english]]);
const loading = new Map<string, Promise<boolean>>();

/** The languages the interface is written in; any other falls back to English. */
export const INTERFACE_LANGUAGES = ['en', ...Object.keys(LOADERS)];

function baseOf(lang: string): string {
  return (lang || 'en').toLowerCase().split(/[-_]/)[0];
}

/** Whether `lang`'s catalogue is here (English always is; an unshipped language counts as English). */
export function languageReady(lang: string): boolean {
  const base = baseOf(lang);
  return loaded.has(base) || !Object.hasOwn(LOADERS, base);
}

/** Fetches `lang`'s catalogue once; resolves true when it arrived (false: it failed, and English stays). */
export function loadLanguage(lang: string): Promise<boolean> {
  const base = baseOf(lang);
  if (languageReady(base)) return Promise.resolve(true);
  let pending = loading.get(base);
  if (!pending) {
    pending = LOADERS[base]().then(
      (module) => (loaded.set(base, module.catalog), true),
      () => false,
    );
    loading.set(base, pending);
  }
  return pending;
}

function catalogFor(lang: string): Partial<Record<MessageKey, Message>> {
  return loaded.get(baseOf(lang)) ?? english;
}

/** One `Intl` object per language, made once; English where the browser rejects the tag. */
function intlFor<T>(cache: Map<string, T>, lang: string, make: (lang: string) => T): T {
  let made = cache.get(lang);
  if (!made) {
    try {
      made = make(lang);
    } catch {
      made = make('en');
    }
    cache.set(lang, made);
  }
  return made;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(lang: string, n: number, forms: Plural): string {
  const category =
    wholeNumberPlural(lang, n) ?? intlFor(pluralRules, lang, (tag) => new Intl.PluralRules(tag)).select(n);
  return forms[category as keyof Plural] ?? forms.other;
}

/**
 * The message `key` in `lang` with `{name}` placeholders filled; a plural message takes its form from `params.n`.
 * Numbers are written in the language's own way.
 */
export function t(lang: string, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const message = catalogFor(lang)[key] ?? english[key] ?? key;
  const n = typeof params.n === 'number' ? params.n : 0;
  const text = typeof message === 'string' ? message : pluralForm(lang, n, message);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : isolate(value, lang);
  });
}

/** Bidi controls: an unpaired one in a data string would reorder the words after it. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** The first strongly directional letter: Latin, Greek, Cyrillic (left to right) or Hebrew, Arabic (right to left). */
const FIRST_STRONG = /[A-Za-z\u00C0-\u02AF\u0370-\u052F]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * A data string for a sentence in `lang`, wrapped in first-strong isolates (U+2068 … U+2069) when it carries bidi
 * controls or runs the other way than the sentence, so it never reorders the words around it.
 */
export function isolate(text: string, lang: string): string {
  const strong = FIRST_STRONG.exec(text)?.[0];
  const direction = strong === undefined ? null : /[A-Za-z\u00C0-\u052F]/.test(strong) ? 'ltr' : 'rtl';
  const needed = BIDI_CONTROL.test(text) || (direction !== null && direction !== languageDirection(lang));
  return needed ? `\u2068${text}\u2069` : text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` as `Intl.NumberFormat(lang)` writes it; whole numbers in the shipped languages without making one. */
export function formatNumber(lang: string, value: number): string {
  return (
    formatWholeNumber(lang, value) ?? intlFor(numberFormats, lang, (tag) => new Intl.NumberFormat(tag)).format(value)
  );
}
