import { MINUTE, type EdtfDate, type EdtfPoint } from './edtf.js';
import { formatWholeNumber } from './shipped-numbers.js';

/**
 * Words for a date at its real precision, in the given language: "2006", "June 2006", "8 June 2006",
 * "8–9 June 2006", "since 2014", "about" / "(uncertain)" for qualified dates, a time of day as written
 * ("10 December 1815, 14:30", its zone added when it is not UTC), and deep time as people say it: "170,001 BC",
 * "4.6 billion years ago".
 */

/** What the elements need of a date formatter (an `Intl.DateTimeFormat`, or the month-name fallback below). */
export interface DateWords {
  format(time: number): string;
  formatRange(start: number, end: number): string;
}

const formatters = new Map<string, DateWords>();

/**
 * Month names for shipped languages whose Intl data a browser may lack: some Chromium builds format `az` dates as
 * "2006 M06 8". Used only when the browser's own formatting shows it has no names for the language.
 */
const MONTHS: Readonly<Record<string, { long: readonly string[]; short: readonly string[] }>> = {
  az: {
    long: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    short: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
  },
};

function lacksMonthNames(lang: string): boolean {
  try {
    return /^M?\d+$/.test(new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2006, 5, 8)).trim());
  } catch {
    return true;
  }
}

/** "8 iyun 2006", "iyun 2006", "2006": day, month name, year, as the shipped languages write them. */
function monthNameWords(months: { long: readonly string[]; short: readonly string[] }, options: Intl.DateTimeFormatOptions): DateWords {
  const words = (time: number) => {
    const date = new Date(time);
    const year = date.getUTCFullYear();
    const parts: string[] = [];
    if (options.day) parts.push(String(date.getUTCDate()));
    if (options.month) parts.push((options.month === 'long' ? months.long : months.short)[date.getUTCMonth()]);
    if (options.year) parts.push(year <= 0 ? `e.ə. ${1 - year}` : String(year));
    if (options.hour) parts.push(`${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`);
    return parts.join(' ');
  };
  return { format: words, formatRange: (start, end) => `${words(start)} – ${words(end)}` };
}

/**
 * "Jun 8, 2006" (`{ year: 'numeric', month: 'short', day: 'numeric' }`) as Intl writes it in the shipped languages,
 * by exact tag, so a first render whose only date is the window in the plot's accessible name makes no
 * `Intl.DateTimeFormat` (the page's first costs 20–40 ms). Pinned against Intl for every day of several years.
 */
const SHORT_DAYS: ReadonlyMap<string, (day: number, month: number, year: number) => string> = (() => {
  const months = (names: string) => names.split(' ');
  const en = months('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
  const de = months('Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.');
  const ru = months('янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.');
  const ar = months('يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر');
  const two = (n: number) => String(n).padStart(2, '0');
  const english = (d: number, m: number, y: number) => `${en[m]} ${d}, ${y}`;
  const german = (d: number, m: number, y: number) => `${d}. ${de[m]} ${y}`;
  const lithuanian = (d: number, m: number, y: number) => `${y}-${two(m + 1)}-${two(d)}`;
  const russian = (d: number, m: number, y: number) => `${d} ${ru[m]} ${y} г.`;
  return new Map([
    ['en', english],
    ['en-US', english],
    ['de', german],
    ['de-DE', german],
    ['az', (d: number, m: number, y: number) => `${d} ${MONTHS.az.short[m]} ${y}`],
    ['lt', lithuanian],
    ['lt-LT', lithuanian],
    ['ru', russian],
    ['ru-RU', russian],
    ['ar', (d: number, m: number, y: number) => `${d} ${ar[m]} ${y}`],
  ]);
})();

/**
 * A year, "March 2004" and "March 5, 2004" (`{ year }`, `{ year, month: 'long' }`, `{ year, month: 'long', day }`:
 * the words of an event's date at year, month and day precision) as Intl writes them in the shipped languages, so the
 * marks' accessible names on a first render make no `Intl.DateTimeFormat`. Pinned against Intl for every day of
 * several years, like the short days.
 */
interface LongWords {
  month(month: number, year: number): string;
  day(day: number, month: number, year: number): string;
}

const LONG_WORDS: ReadonlyMap<string, LongWords> = (() => {
  const months = (names: string) => names.split(' ');
  const en = months('January February March April May June July August September October November December');
  const de = months('Januar Februar März April Mai Juni Juli August September Oktober November Dezember');
  const ltNominative = months('sausis vasaris kovas balandis gegužė birželis liepa rugpjūtis rugsėjis spalis lapkritis gruodis');
  const ltGenitive = months(
    'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
  );
  const ruNominative = months('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь');
  const ruGenitive = months('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
  const ar = months('يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر');
  const az = MONTHS.az.long;
  const english: LongWords = { month: (m, y) => `${en[m]} ${y}`, day: (d, m, y) => `${en[m]} ${d}, ${y}` };
  const german: LongWords = { month: (m, y) => `${de[m]} ${y}`, day: (d, m, y) => `${d}. ${de[m]} ${y}` };
  const lithuanian: LongWords = {
    month: (m, y) => `${y} m. ${ltNominative[m]}`,
    day: (d, m, y) => `${y} m. ${ltGenitive[m]} ${d} d.`,
  };
  const russian: LongWords = {
    month: (m, y) => `${ruNominative[m]} ${y} г.`,
    day: (d, m, y) => `${d} ${ruGenitive[m]} ${y} г.`,
  };
  return new Map([
    ['en', english],
    ['en-US', english],
    ['de', german],
    ['de-DE', german],
    ['az', { month: (m, y) => `${az[m]} ${y}`, day: (d, m, y) => `${d} ${az[m]} ${y}` }],
    ['lt', lithuanian],
    ['lt-LT', lithuanian],
    ['ru', russian],
    ['ru-RU', russian],
    ['ar', { month: (m, y) => `${ar[m]} ${y}`, day: (d, m, y) => `${d} ${ar[m]} ${y}` }],
  ]);
})();

/** The table's words for `options` in `lang`, when it has them (years 1–9999 of the common era). */
function longWordsFor(lang: string, options: Intl.DateTimeFormatOptions): ((time: number) => string) | null {
  const words = LONG_WORDS.get(lang);
  if (!words || options.era || options.year !== 'numeric') return null;
  const keys = Object.keys(options).length;
  const date = (time: number) => new Date(time);
  if (keys === 1) return (time) => String(date(time).getUTCFullYear());
  if (keys === 2 && options.month === 'long')
    return (time) => {
      const d = date(time);
      return words.month(d.getUTCMonth(), d.getUTCFullYear());
    };
  if (keys === 3 && options.month === 'long' && options.day === 'numeric')
    return (time) => {
      const d = date(time);
      return words.day(d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear());
    };
  return null;
}

/** `words` for years 1–9999; other years and ranges by the formatter `made` on first need (ICU versions space a
 * range's dash differently, so no table writes ranges). */
function tableWords(words: (time: number) => string, made: () => DateWords): DateWords {
  return {
    format(time) {
      const year = new Date(time).getUTCFullYear();
      return year >= 1 && year <= 9999 ? words(time) : made().format(time);
    },
    formatRange: (start, end) => made().formatRange(start, end),
  };
}

function isShortDay(options: Intl.DateTimeFormatOptions): boolean {
  const keys = Object.keys(options);
  return keys.length === 3 && options.year === 'numeric' && options.month === 'short' && options.day === 'numeric';
}

/** The short day from the table for years 1–9999, anything else (and ranges) by the formatter `made` on first need. */
function shortDayWords(words: (day: number, month: number, year: number) => string, made: () => DateWords): DateWords {
  return {
    format(time) {
      const date = new Date(time);
      const year = date.getUTCFullYear();
      if (!(year >= 1 && year <= 9999)) return made().format(time);
      return words(date.getUTCDate(), date.getUTCMonth(), year);
    },
    formatRange: (start, end) => made().formatRange(start, end),
  };
}

function makeDateFormatter(lang: string, options: Intl.DateTimeFormatOptions): DateWords {
  const base = (lang || 'en').toLowerCase().split(/[-_]/)[0];
  const months = Object.hasOwn(MONTHS, base) ? MONTHS[base] : undefined;
  if (months && (options.month || options.day) && lacksMonthNames(lang)) return monthNameWords(months, options);
  try {
    return new Intl.DateTimeFormat(lang || 'en', { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
  }
}

/** A UTC date formatter for the language (English where the browser does not know it), made once per options. */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): DateWords {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    const shortDay = isShortDay(options) ? SHORT_DAYS.get(lang) : undefined;
    const long = shortDay ? null : longWordsFor(lang, options);
    let made: DateWords | undefined;
    const intl = () => (made ??= makeDateFormatter(lang, options));
    if (shortDay) format = shortDayWords(shortDay, intl);
    else if (long) format = tableWords(long, intl);
    else format = makeDateFormatter(lang, options);
    formatters.set(key, format);
  }
  return format;
}

/** The words around qualified and open dates, times of day and deep time, in the shipped languages (English else). */
interface Words {
  readonly about: string;
  readonly uncertain: string;
  readonly since: string;
  readonly until: string;
  /** A day `{d}` and a time of day `{t}`. */
  readonly at: string;
  /** `{n}` a number of billions (10^9) or millions of years before now. */
  readonly billionAgo: string;
  readonly millionAgo: string;
  /** The same, short, for the time axis: "13.8 Ga", "500 Ma". */
  readonly ga: string;
  readonly ma: string;
}

const DATE_WORDS: Readonly<Record<string, Words>> = {
  en: {
    about: 'about {d}',
    uncertain: '{d} (uncertain)',
    since: 'since {d}',
    until: 'until {d}',
    at: '{d}, {t}',
    billionAgo: '{n} billion years ago',
    millionAgo: '{n} million years ago',
    ga: '{n} Ga',
    ma: '{n} Ma',
  },
  de: {
    about: 'um {d}',
    uncertain: '{d} (unsicher)',
    since: 'seit {d}',
    until: 'bis {d}',
    at: '{d}, {t}',
    billionAgo: 'vor {n} Mrd. Jahren',
    millionAgo: 'vor {n} Mio. Jahren',
    ga: '{n} Ga',
    ma: '{n} Ma',
  },
  az: {
    about: 'təxminən {d}',
    uncertain: '{d} (dəqiq deyil)',
    since: '{d} tarixindən',
    until: '{d} tarixinədək',
    at: '{d}, {t}',
    billionAgo: '{n} milyard il əvvəl',
    millionAgo: '{n} milyon il əvvəl',
    ga: '{n} mlrd il',
    ma: '{n} mln il',
  },
  lt: {
    about: 'apie {d}',
    uncertain: '{d} (neaišku)',
    since: 'nuo {d}',
    until: 'iki {d}',
    at: '{d}, {t}',
    billionAgo: 'prieš {n} mlrd. metų',
    millionAgo: 'prieš {n} mln. metų',
    ga: '{n} mlrd. m.',
    ma: '{n} mln. m.',
  },
  ru: {
    about: 'около {d}',
    uncertain: '{d} (не точно)',
    since: 'с {d}',
    until: 'до {d}',
    at: '{d}, {t}',
    billionAgo: '{n} млрд лет назад',
    millionAgo: '{n} млн лет назад',
    ga: '{n} млрд л. н.',
    ma: '{n} млн л. н.',
  },
  ar: {
    about: 'نحو {d}',
    uncertain: '{d} (غير مؤكد)',
    since: 'منذ {d}',
    until: 'حتى {d}',
    at: '{d}، {t}',
    billionAgo: 'قبل {n} مليار سنة',
    millionAgo: 'قبل {n} مليون سنة',
    ga: '{n} مليار سنة',
    ma: '{n} مليون سنة',
  },
};

/** `template` with `{key}` filled in (by a function, so a `$` in the words is kept as written). */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key] : whole));
}

function dateWords(lang: string): Words {
  const base = (lang || 'en').toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(DATE_WORDS, base) ? DATE_WORDS[base] : DATE_WORDS.en;
}

function optionsFor(point: EdtfPoint): Intl.DateTimeFormatOptions {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric' };
  if (point.precision !== 'year') options.month = 'long';
  if (point.precision !== 'year' && point.precision !== 'month') options.day = 'numeric';
  if (point.year <= 0) options.era = 'short';
  return options;
}

function qualify(words: string, point: { uncertain: boolean; approximate: boolean }, lang: string): string {
  const table = dateWords(lang);
  let text = words;
  if (point.uncertain) text = fill(table.uncertain, { d: text });
  if (point.approximate) text = fill(table.about, { d: text });
  return text;
}

/** Years from which on the words are "… million years ago" rather than a year number. */
const MILLION = 1_000_000;
/** Years written with a group separator ("170,001 BC"): from five digits on, where Intl writes "170001". */
const GROUPED = 10_000;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number formatter for the language (English where the browser does not know it), made once per options. */
export function numberFormatter(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang || 'en', options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** Whether a year is worded by `longYearWords` (Intl cannot, or writes it ungrouped) instead of a date formatter. */
export function isLongYear(year: number): boolean {
  return year <= -GROUPED + 1 || year >= GROUPED;
}

/**
 * A year of five digits or more: "170,001 BC" with the language's own era word and order (taken from Intl for a
 * year Intl holds, then the number put in), "4.6 billion years ago" from a million years before the common era.
 */
export function longYearWords(year: number, lang = 'en'): string {
  const before = 1 - year;
  if (before < MILLION) return yearWords(year, lang);
  const table = dateWords(lang);
  const billions = before >= 1000 * MILLION;
  const n = numberFormatter(lang, { maximumSignificantDigits: 3 }).format(before / (billions ? 1e9 : 1e6));
  return fill(billions ? table.billionAgo : table.millionAgo, { n });
}

/**
 * Any whole year as a number of the common era or before it: "1850", "170,000", "601 BC", "10,000 BC" (grouped from
 * five digits on), without Intl's date formatting for years of the common era (Issue 14: only words need it).
 */
export function yearWords(year: number, lang = 'en'): string {
  const before = 1 - year;
  const number = Math.abs(year <= 0 ? before : year);
  const digits =
    number < GROUPED
      ? String(number)
      : (formatWholeNumber(lang, number) ?? numberFormatter(lang, { useGrouping: true }).format(number));
  if (year > 0) return digits;
  // The era word and its place come from Intl, on a year it holds; then the number is put in.
  const format = dateFormatter(lang, { year: 'numeric', era: 'short' }) as Partial<Intl.DateTimeFormat>;
  const parts = format.formatToParts?.(Date.UTC(-999, 0, 1));
  if (!parts) return `${digits} BC`;
  return parts.map((part) => (part.type === 'year' ? digits : part.value)).join('');
}

/** A time-axis label for deep time: "13.8 Ga", "500 Ma", from years before the common era, to `digits` decimals. */
export function deepTimeLabel(before: number, unit: 'ga' | 'ma', lang = 'en', digits = 0): string {
  const n = numberFormatter(lang, { maximumFractionDigits: digits }).format(before / (unit === 'ga' ? 1e9 : 1e6));
  return fill(dateWords(lang)[unit], { n });
}

/** "UTC+02:00" for a written zone that is not UTC. */
function zoneWords(offset: number): string {
  const sign = offset < 0 ? '−' : '+';
  const minutes = Math.abs(offset);
  return `UTC${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function hasTime(point: EdtfPoint): boolean {
  return point.precision === 'minute' || point.precision === 'second';
}

/** The written time of day: "14:30", "06:45:56", then the zone when it is not UTC ("14:30 UTC+02:00"). */
function timeWords(point: EdtfPoint, lang: string, withZone = true): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (point.precision === 'second') options.second = '2-digit';
  const time = dateFormatter(lang, options).format(point.start + (point.offset ?? 0) * MINUTE);
  return point.offset && withZone ? `${time} ${zoneWords(point.offset)}` : time;
}

/** The written day of a date-time (its own zone's day, which may not be the UTC one). */
function dayWords(point: EdtfPoint, lang: string): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  if (point.year <= 0) options.era = 'short';
  return dateFormatter(lang, options).format(point.start + (point.offset ?? 0) * MINUTE);
}

function pointWords(point: EdtfPoint, lang: string): string {
  if (point.precision === 'year' && isLongYear(point.year)) return longYearWords(point.year, lang);
  if (hasTime(point)) return fill(dateWords(lang).at, { d: dayWords(point, lang), t: timeWords(point, lang) });
  return dateFormatter(lang, optionsFor(point)).format(point.start);
}

export function formatPoint(point: EdtfPoint, lang = 'en'): string {
  return qualify(pointWords(point, lang), point, lang);
}

export function formatEdtf(date: EdtfDate, lang = 'en'): string {
  const { from, to } = date;
  if (date.kind === 'date' && from) return formatPoint(from, lang);
  if (from && !to) return fill(dateWords(lang).since, { d: formatPoint(from, lang) });
  if (!from && to) return fill(dateWords(lang).until, { d: formatPoint(to, lang) });
  if (!from || !to) return date.text;
  const plain = (point: EdtfPoint) => !point.uncertain && !point.approximate;
  if (hasTime(from) && hasTime(to) && from.offset === to.offset && dayWords(from, lang) === dayWords(to, lang)) {
    // One day, two times: "5 January 2000, 06:45 – 09:30".
    const times = `${timeWords(from, lang, false)} – ${timeWords(to, lang)}`;
    return fill(dateWords(lang).at, { d: dayWords(from, lang), t: times });
  }
  const samePrecision = from.precision === to.precision && plain(from) && plain(to);
  const intlYears = !(from.precision === 'year' && isLongYear(from.year)) && !(to.precision === 'year' && isLongYear(to.year));
  if (samePrecision && intlYears && !hasTime(from)) {
    // formatRange collapses shared parts: "8–9 June 2006", "June–July 2006".
    return dateFormatter(lang, optionsFor(from)).formatRange(from.start, to.start);
  }
  return `${formatPoint(from, lang)} – ${formatPoint(to, lang)}`;
}

/** The words for an event's date: the `displayDate` its data gives ("Spring 1815"), else the computed words. */
export function formatEventDate(event: { readonly when: EdtfDate; readonly displayDate?: string }, lang = 'en'): string {
  return event.displayDate ?? formatEdtf(event.when, lang);
}

/**
 * Makes the date formatters a view's words need (a day, a month, a year, in `lang`) before anyone asks: the first
 * `Intl.DateTimeFormat` of a page costs 10–40 ms, which a reader's first click should not wait for. Call when idle.
 */
export function prepareDateWords(lang: string): void {
  for (const precision of ['year', 'month', 'day'] as const) {
    const options = optionsFor({ precision, year: 2000 } as EdtfPoint);
    // The ranges of the shipped languages, and everything in others, are Intl's.
    dateFormatter(lang, options).formatRange(0, 2 * 86_400_000);
  }
}
