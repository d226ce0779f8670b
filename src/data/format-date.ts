import type { EdtfDate, EdtfPoint } from './edtf.js';

/**
 * Words for a date at its real precision, in the given language: "2006", "June 2006", "8 June 2006",
 * "8–9 June 2006", "since 2014", and "about" / "(uncertain)" for qualified dates.
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

/** A UTC date formatter for the language (English where the browser does not know it), made once per options. */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): DateWords {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    const base = (lang || 'en').toLowerCase().split(/[-_]/)[0];
    const months = Object.hasOwn(MONTHS, base) ? MONTHS[base] : undefined;
    if (months && (options.month || options.day) && lacksMonthNames(lang)) format = monthNameWords(months, options);
    else {
      try {
        format = new Intl.DateTimeFormat(lang || 'en', { ...options, timeZone: 'UTC' });
      } catch {
        format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
      }
    }
    formatters.set(key, format);
  }
  return format;
}

/** The words around qualified and open dates, in the shipped languages (English for any other). */
const DATE_WORDS: Readonly<Record<string, { about: string; uncertain: string; since: string; until: string }>> = {
  en: { about: 'about {d}', uncertain: '{d} (uncertain)', since: 'since {d}', until: 'until {d}' },
  de: { about: 'um {d}', uncertain: '{d} (unsicher)', since: 'seit {d}', until: 'bis {d}' },
  az: { about: 'təxminən {d}', uncertain: '{d} (dəqiq deyil)', since: '{d} tarixindən', until: '{d} tarixinədək' },
  lt: { about: 'apie {d}', uncertain: '{d} (neaišku)', since: 'nuo {d}', until: 'iki {d}' },
  ru: { about: 'около {d}', uncertain: '{d} (не точно)', since: 'с {d}', until: 'до {d}' },
  ar: { about: 'نحو {d}', uncertain: '{d} (غير مؤكد)', since: 'منذ {d}', until: 'حتى {d}' },
};

function dateWords(lang: string) {
  const base = (lang || 'en').toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(DATE_WORDS, base) ? DATE_WORDS[base] : DATE_WORDS.en;
}

function optionsFor(point: EdtfPoint): Intl.DateTimeFormatOptions {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric' };
  if (point.precision !== 'year') options.month = 'long';
  if (point.precision === 'day') options.day = 'numeric';
  if (point.year <= 0) options.era = 'short';
  return options;
}

function qualify(words: string, point: { uncertain: boolean; approximate: boolean }, lang: string): string {
  const table = dateWords(lang);
  let text = words;
  if (point.uncertain) text = table.uncertain.replace('{d}', text);
  if (point.approximate) text = table.about.replace('{d}', text);
  return text;
}

export function formatPoint(point: EdtfPoint, lang = 'en'): string {
  return qualify(dateFormatter(lang, optionsFor(point)).format(point.start), point, lang);
}

export function formatEdtf(date: EdtfDate, lang = 'en'): string {
  const { from, to } = date;
  if (date.kind === 'date' && from) return formatPoint(from, lang);
  if (from && !to) return dateWords(lang).since.replace('{d}', formatPoint(from, lang));
  if (!from && to) return dateWords(lang).until.replace('{d}', formatPoint(to, lang));
  if (!from || !to) return date.text;
  const samePrecision = from.precision === to.precision && !from.uncertain && !from.approximate;
  if (samePrecision && !to.uncertain && !to.approximate) {
    // formatRange collapses shared parts: "8–9 June 2006", "June–July 2006".
    return dateFormatter(lang, optionsFor(from)).formatRange(from.start, to.start);
  }
  return `${formatPoint(from, lang)} – ${formatPoint(to, lang)}`;
}

/** The words for an event's date: the `displayDate` its data gives ("Spring 1815"), else the computed words. */
export function formatEventDate(event: { readonly when: EdtfDate; readonly displayDate?: string }, lang = 'en'): string {
  return event.displayDate ?? formatEdtf(event.when, lang);
}
