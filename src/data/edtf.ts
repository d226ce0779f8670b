/**
 * A subset of EDTF (ISO 8601-2 levels 0 and 1): `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (years may be negative: `-0044`, and
 * `0000` is 1 BCE), date-times `YYYY-MM-DDTHH:MM`, `YYYY-MM-DDTHH:MM:SS` and `YYYY-MM-DDTHH:MM:SS.sss`, each with an
 * optional zone `Z`, `±HH:MM` or `±HH` (no zone means UTC), years of more than four digits with EDTF's `Y` prefix
 * (`Y170000`, `Y-13800000000`, and the exponent form `Y-138E8`), intervals `A/B` of any of these, open or unknown
 * ends (`2014/..`, `../2014`, `2014/`), and the qualifiers `?` (uncertain), `~` (approximate) and `%` (both) after a
 * date or a `Y` year (EDTF allows none on a date-time).
 *
 * A parsed date keeps its precision: a year spans the whole year, a minute `[start, start + 60 s)`, in UTC
 * milliseconds, and is never shown as 1 January. Strings are never handed to `Date` for parsing; times are computed
 * with `Date.UTC` and `setUTCFullYear`, exact for any year `Date` can hold, and by day arithmetic on the proleptic
 * Gregorian calendar beyond it (±275,760 years), where the milliseconds are as exact as a double allows.
 */

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface EdtfPoint {
  readonly year: number;
  /** 1–12, present for month precision and finer. */
  readonly month?: number;
  /** 1–31, present for day precision and finer. */
  readonly day?: number;
  /** 0–23, as written (in the written zone), present for minute and second precision. */
  readonly hour?: number;
  /** 0–59, as written, present for minute and second precision. */
  readonly minute?: number;
  /** 0–59 with any written fraction (`12.5`), present for second precision. */
  readonly second?: number;
  /** The written zone's offset from UTC in minutes (`+02:00` is 120); 0 for `Z` or no zone; date-times only. */
  readonly offset?: number;
  readonly precision: Precision;
  readonly uncertain: boolean;
  readonly approximate: boolean;
  /** First instant of the period, UTC ms. */
  readonly start: number;
  /** First instant after the period, UTC ms (exclusive). */
  readonly end: number;
}

export interface EdtfDate {
  readonly text: string;
  readonly kind: 'date' | 'interval';
  /** `null` for an open or unknown start of an interval. */
  readonly from: EdtfPoint | null;
  /** `null` for an open or unknown end of an interval; equals `from` for a single date. */
  readonly to: EdtfPoint | null;
  /** UTC ms; `-Infinity` when the start is open. */
  readonly start: number;
  /** UTC ms, exclusive; `Infinity` when the end is open. */
  readonly end: number;
  readonly uncertain: boolean;
  readonly approximate: boolean;
}

export type EdtfResult = { readonly ok: true; readonly value: EdtfDate } | { readonly ok: false; readonly reason: string };

const POINT = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const DATE_TIME = /^(-?\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}(?::\d{2})?)?$/;
/** `Y` years: digits, or digits with an exponent (`Y-138E8` is -13,800,000,000). */
const LONG_YEAR = /^Y(-?)(\d+)(?:E(\d+))?([?~%])?$/;

export const MINUTE = 60_000;
export const DAY = 86_400_000;
/** Years `Date` holds whole: its range is ±8.64e15 ms, from April 271821 BCE to September 275760. */
const DATE_YEARS = [-271_820, 275_759] as const;
/** Days in 400 Gregorian years: the calendar repeats after them. */
const DAYS_PER_400_YEARS = 146_097;
/** The largest year magnitude accepted: beyond it a year's milliseconds lose whole days to rounding. */
const MAX_YEARS = 1e12;

/**
 * Days from 1970-01-01 to the first of the month, on the proleptic Gregorian calendar, for any year (H. Hinnant's
 * `days_from_civil`): whole 400-year cycles, then the day within the cycle, counted from 1 March.
 */
function daysFromCivil(fullYear: number, anyMonthIndex: number, day: number): number {
  // Month indexes past December (the end of a year is month 12) roll over into the next year, as in `Date.UTC`.
  const year = fullYear + Math.floor(anyMonthIndex / 12);
  const monthIndex = ((anyMonthIndex % 12) + 12) % 12;
  const y = monthIndex < 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const m = monthIndex + 1;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - 719_468;
}

/** UTC milliseconds of the first instant of a day, exact for any proleptic Gregorian year. */
export function utcTime(year: number, monthIndex = 0, day = 1): number {
  // Date.UTC maps years 0–99 to 1900–1999, so only those (and BCE years) take the slower path.
  if (year >= 100 && year <= DATE_YEARS[1]) return Date.UTC(year, monthIndex, day);
  if (year < DATE_YEARS[0] || year > DATE_YEARS[1]) return daysFromCivil(year, monthIndex, day) * DAY;
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The input as quoted in a reason, shortened: a reason is shown to editors and must stay one line. */
function quote(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

function fail(reason: string): EdtfResult {
  return { ok: false, reason };
}

type PointResult = { ok: true; point: EdtfPoint } | { ok: false; reason: string };

function parsePoint(text: string): PointResult {
  if (text.startsWith('Y')) return parseLongYear(text);
  if (text.includes('T')) return parseDateTime(text);
  const match = POINT.exec(text);
  if (!match && /^-?\d{5,}[?~%]?$/.test(text)) {
    return { ok: false, reason: `${quote(text)}: a year of more than four digits takes EDTF's Y prefix (Y${text})` };
  }
  if (!match) return { ok: false, reason: `${quote(text)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const [, yearText, monthText, dayText, qualifier] = match;
  const year = Number(yearText);
  if (yearText === '-0000') return { ok: false, reason: `${quote(text)}: year -0000 is not valid (write 0000)` };
  const uncertain = qualifier === '?' || qualifier === '%';
  const approximate = qualifier === '~' || qualifier === '%';
  if (monthText === undefined) {
    return {
      ok: true,
      point: { year, precision: 'year', uncertain, approximate, start: utcTime(year), end: utcTime(year + 1) },
    };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return { ok: false, reason: `${quote(text)}: month ${monthText} is not 01–12` };
  if (dayText === undefined) {
    return {
      ok: true,
      point: {
        year,
        month,
        precision: 'month',
        uncertain,
        approximate,
        start: utcTime(year, month - 1),
        end: utcTime(year, month),
      },
    };
  }
  const day = Number(dayText);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { ok: false, reason: `${quote(text)}: day ${dayText} is not 01–${lastDay} in that month` };
  }
  return {
    ok: true,
    point: {
      year,
      month,
      day,
      precision: 'day',
      uncertain,
      approximate,
      start: utcTime(year, month - 1, day),
      end: utcTime(year, month - 1, day + 1),
    },
  };
}

/** `YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM|±HH]`: a minute or a second, in UTC unless a zone is written. */
function parseDateTime(text: string): PointResult {
  if (/[?~%]$/.test(text)) {
    return { ok: false, reason: `${quote(text)}: a date with a time of day cannot be marked ? ~ or % in EDTF` };
  }
  const match = DATE_TIME.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: `${quote(text)} is not a date-time of the form YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS or either with Z or ±HH:MM`,
    };
  }
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, zone] = match;
  const day = parsePoint(`${yearText}-${monthText}-${dayText}`);
  if (!day.ok) return day;
  const { year, month } = day.point;
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour > 23) return { ok: false, reason: `${quote(text)}: hour ${hourText} is not 00–23` };
  if (minute > 59) return { ok: false, reason: `${quote(text)}: minute ${minuteText} is not 00–59` };
  const wholeSecond = secondText === undefined ? 0 : Number(secondText);
  if (wholeSecond > 59) return { ok: false, reason: `${quote(text)}: second ${secondText} is not 00–59` };
  let offset = 0;
  if (zone && zone !== 'Z') {
    const zoneHours = Number(zone.slice(1, 3));
    const zoneMinutes = zone.length > 3 ? Number(zone.slice(4, 6)) : 0;
    if (zoneMinutes > 59) return { ok: false, reason: `${quote(text)}: the zone's minutes ${zone.slice(4, 6)} are not 00–59` };
    offset = (zone[0] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
    if (Math.abs(offset) > 14 * 60) return { ok: false, reason: `${quote(text)}: the zone ${zone} is beyond ±14:00` };
  }
  // A fraction of a second spans what it names: ".5" a tenth of a second, ".500" a millisecond.
  const fraction = fractionText === undefined ? 0 : Number(fractionText) * 10 ** (3 - fractionText.length);
  const length = fractionText === undefined ? (secondText === undefined ? MINUTE : 1000) : 10 ** (3 - fractionText.length);
  const start = day.point.start + ((hour * 60 + minute - offset) * 60 + wholeSecond) * 1000 + fraction;
  const point: EdtfPoint = {
    year,
    month,
    day: day.point.day,
    hour,
    minute,
    ...(secondText === undefined ? {} : { second: wholeSecond + fraction / 1000 }),
    offset,
    precision: secondText === undefined ? 'minute' : 'second',
    uncertain: false,
    approximate: false,
    start,
    end: start + length,
  };
  return { ok: true, point };
}

/** `Y170000`, `Y-13800000000`, `Y-138E8`: a year of more than four digits, at year precision. */
function parseLongYear(text: string): PointResult {
  const match = LONG_YEAR.exec(text);
  if (!match) {
    return { ok: false, reason: `${quote(text)} is not a long year: write Y and the year's digits, as Y-13800000000 or Y170000` };
  }
  const [, sign, digits, exponent, qualifier] = match;
  const magnitude = Number(digits) * 10 ** Number(exponent ?? 0);
  if (exponent === undefined && digits.length <= 4) {
    return { ok: false, reason: `${quote(text)}: Y is only for years of more than four digits (write ${sign}${digits.padStart(4, '0')})` };
  }
  if (!Number.isSafeInteger(magnitude) || magnitude > MAX_YEARS) {
    return { ok: false, reason: `${quote(text)}: the year is beyond ±1,000,000,000,000` };
  }
  if (magnitude === 0 && sign === '-') return { ok: false, reason: `${quote(text)}: year -0 is not valid` };
  const year = sign === '-' ? -magnitude : magnitude;
  const uncertain = qualifier === '?' || qualifier === '%';
  const approximate = qualifier === '~' || qualifier === '%';
  return {
    ok: true,
    point: { year, precision: 'year', uncertain, approximate, start: utcTime(year), end: utcTime(year + 1) },
  };
}

function isOpen(part: string): boolean {
  return part === '..' || part === '';
}

/** Parses an EDTF string. Never throws: any input yields a value or a reason. */
/** Parsed dates by text: a data set repeats the same few thousand dates across its records. */
const parsed = new Map<string, EdtfResult>();
const MAX_REMEMBERED = 50_000;

/** Empties the memory of parsed dates (a data set's check calls it once its records are read). */
export function forgetParsedDates(): void {
  parsed.clear();
}

/** `parseEdtfText`, remembered per text (results are immutable values, so sharing them is safe). */
export function parseEdtf(input: unknown): EdtfResult {
  if (typeof input !== 'string') return parseEdtfText(input);
  let result = parsed.get(input);
  if (!result) {
    result = parseEdtfText(input);
    if (parsed.size >= MAX_REMEMBERED) parsed.clear();
    parsed.set(input, result);
  }
  return result;
}

/** The digit at `i` (0–9), or -1. */
function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` between `from` and `to` read digit by digit, as `parsePoint` reads them, or
 * `null` for anything else (a sign, a qualifier, a time, a day that does not exist), which `parsePoint` then explains.
 * Nearly every date in a data set has one of these forms, and reading it without a regular expression is several
 * times faster.
 */
function plainPoint(text: string, from: number, to: number): EdtfPoint | null {
  const length = to - from;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const y0 = digitAt(text, from);
  const y1 = digitAt(text, from + 1);
  const y2 = digitAt(text, from + 2);
  const y3 = digitAt(text, from + 3);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (length === 4) {
    return { year, precision: 'year', uncertain: false, approximate: false, start: utcTime(year), end: utcTime(year + 1) };
  }
  const m0 = digitAt(text, from + 5);
  const m1 = digitAt(text, from + 6);
  if (text.charCodeAt(from + 4) !== 45 || m0 < 0 || m1 < 0) return null;
  const month = m0 * 10 + m1;
  if (month < 1 || month > 12) return null;
  if (length === 7) {
    return {
      year,
      month,
      precision: 'month',
      uncertain: false,
      approximate: false,
      start: utcTime(year, month - 1),
      end: utcTime(year, month),
    };
  }
  const d0 = digitAt(text, from + 8);
  const d1 = digitAt(text, from + 9);
  if (text.charCodeAt(from + 7) !== 45 || d0 < 0 || d1 < 0) return null;
  const day = d0 * 10 + d1;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return {
    year,
    month,
    day,
    precision: 'day',
    uncertain: false,
    approximate: false,
    start: utcTime(year, month - 1, day),
    end: utcTime(year, month - 1, day + 1),
  };
}

function singleDate(text: string, point: EdtfPoint): EdtfResult {
  const { start, end, uncertain, approximate } = point;
  return { ok: true, value: { text, kind: 'date', from: point, to: point, start, end, uncertain, approximate } };
}

/** A plain date or an interval of two plain dates (see `plainPoint`), or `null` to take the general path. */
function plainDate(text: string): EdtfResult | null {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const point = plainPoint(text, 0, text.length);
    return point && singleDate(text, point);
  }
  const from = plainPoint(text, 0, slash);
  const to = from && plainPoint(text, slash + 1, text.length);
  if (!from || !to || from.start > to.start) return null;
  return {
    ok: true,
    value: { text, kind: 'interval', from, to, start: from.start, end: to.end, uncertain: false, approximate: false },
  };
}

function parseEdtfText(input: unknown): EdtfResult {
  if (typeof input !== 'string') return fail(`a date must be a string, not ${input === null ? 'null' : typeof input}`);
  // No space at either end (trim would change nothing) and no more than two plain dates: the fast path.
  const plain =
    input.length >= 4 && input.charCodeAt(0) > 32 && input.charCodeAt(input.length - 1) > 32 ? plainDate(input) : null;
  return plain ?? parseEdtfGeneral(input);
}

/** The general parser, for every form; `parseEdtf` gives the same for plain dates by a shortcut (tests compare them). */
export function parseEdtfGeneral(input: string): EdtfResult {
  const text = input.trim();
  if (text === '') return fail('the date is empty');
  const parts = text.split('/');
  if (parts.length > 2) return fail(`${quote(text)} has more than one "/"`);
  if (parts.length === 1) {
    const result = parsePoint(text);
    return result.ok ? singleDate(text, result.point) : result;
  }
  const [fromText, toText] = parts;
  if (isOpen(fromText) && isOpen(toText)) return fail(`${quote(text)}: an interval needs at least one known end`);
  let from: EdtfPoint | null = null;
  let to: EdtfPoint | null = null;
  if (!isOpen(fromText)) {
    const result = parsePoint(fromText);
    if (!result.ok) return result;
    from = result.point;
  }
  if (!isOpen(toText)) {
    const result = parsePoint(toText);
    if (!result.ok) return result;
    to = result.point;
  }
  if (from && to && from.start > to.start) return fail(`${quote(text)}: the interval ends before it starts`);
  return {
    ok: true,
    value: {
      text,
      kind: 'interval',
      from,
      to,
      start: from ? from.start : -Infinity,
      end: to ? to.end : Infinity,
      uncertain: Boolean(from?.uncertain || to?.uncertain),
      approximate: Boolean(from?.approximate || to?.approximate),
    },
  };
}

/** The proleptic Gregorian year a UTC instant falls in, for any time (the average year's guess, then exact starts). */
export function yearOf(time: number): number {
  if (Math.abs(time) <= 8.64e15) return new Date(time).getUTCFullYear();
  let year = Math.floor(1970 + time / (365.2425 * DAY));
  while (utcTime(year) > time) year--;
  while (utcTime(year + 1) <= time) year++;
  return year;
}

/** The EDTF string of a UTC instant at day precision, for `Date` values given to the API. */
export function edtfFromTime(time: number): string {
  // Beyond Date: the year it falls in, in EDTF's long-year form.
  if (Math.abs(time) > 8.64e15) return `Y${yearOf(time)}`;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const sign = year < 0 ? '-' : '';
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
  return `${sign}${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The EDTF date-time of a UTC instant to the minute (`2000-01-05T06:45Z`), for windows narrower than a day or two. */
export function edtfMinuteFromTime(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${edtfFromTime(time)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}Z`;
}
