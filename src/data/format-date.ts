import type { EdtfDate, EdtfPoint } from './edtf.js';

/**
 * Words for a date at its real precision, in the given language: "2006", "June 2006", "8 June 2006",
 * "8–9 June 2006", "since 2014", and "about" / "(uncertain)" for qualified dates.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A UTC date formatter for the language (English where the browser does not know it), made once per options. */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang || 'en', { ...options, timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, format);
  }
  return format;
}

function optionsFor(point: EdtfPoint): Intl.DateTimeFormatOptions {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric' };
  if (point.precision !== 'year') options.month = 'long';
  if (point.precision === 'day') options.day = 'numeric';
  if (point.year <= 0) options.era = 'short';
  return options;
}

function qualify(words: string, point: { uncertain: boolean; approximate: boolean }): string {
  if (point.approximate && point.uncertain) return `about ${words} (uncertain)`;
  if (point.approximate) return `about ${words}`;
  if (point.uncertain) return `${words} (uncertain)`;
  return words;
}

export function formatPoint(point: EdtfPoint, lang = 'en'): string {
  return qualify(dateFormatter(lang, optionsFor(point)).format(point.start), point);
}

export function formatEdtf(date: EdtfDate, lang = 'en'): string {
  const { from, to } = date;
  if (date.kind === 'date' && from) return formatPoint(from, lang);
  if (from && !to) return `since ${formatPoint(from, lang)}`;
  if (!from && to) return `until ${formatPoint(to, lang)}`;
  if (!from || !to) return date.text;
  const samePrecision = from.precision === to.precision && !from.uncertain && !from.approximate;
  if (samePrecision && !to.uncertain && !to.approximate) {
    // formatRange collapses shared parts: "8–9 June 2006", "June–July 2006".
    return dateFormatter(lang, optionsFor(from)).formatRange(from.start, to.start);
  }
  return `${formatPoint(from, lang)} – ${formatPoint(to, lang)}`;
}
