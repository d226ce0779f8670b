/**
 * A subset of EDTF (ISO 8601-2 level 1): `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (years may be negative: `-0044`, and `0000`
 * is 1 BCE), intervals `A/B` of any of these, open or unknown ends (`2014/..`, `../2014`, `2014/`), and the qualifiers
 * `?` (uncertain), `~` (approximate) and `%` (both) after a date.
 *
 * A parsed date keeps its precision: a year spans the whole year, `[start, end)` in UTC milliseconds, and is never
 * shown as 1 January. Strings are never handed to `Date` for parsing; times are computed with `setUTCFullYear`, which
 * is exact for any year, including years 0–99 and before year 1.
 */

export type Precision = 'year' | 'month' | 'day';

export interface EdtfPoint {
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
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

/** UTC milliseconds of the first instant of a day, exact for any proleptic Gregorian year. */
export function utcTime(year: number, monthIndex = 0, day = 1): number {
  // Date.UTC maps years 0–99 to 1900–1999, so only those (and BCE years) take the slower path.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
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
  const match = POINT.exec(text);
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

function isOpen(part: string): boolean {
  return part === '..' || part === '';
}

/** Parses an EDTF string. Never throws: any input yields a value or a reason. */
/** Parsed dates by text: a data set repeats the same few thousand dates across its records. */
const parsed = new Map<string, EdtfResult>();
const MAX_REMEMBERED = 50_000;

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

function parseEdtfText(input: unknown): EdtfResult {
  if (typeof input !== 'string') return fail(`a date must be a string, not ${input === null ? 'null' : typeof input}`);
  const text = input.trim();
  if (text === '') return fail('the date is empty');
  const parts = text.split('/');
  if (parts.length > 2) return fail(`${quote(text)} has more than one "/"`);
  if (parts.length === 1) {
    const result = parsePoint(text);
    if (!result.ok) return result;
    const { point } = result;
    return {
      ok: true,
      value: {
        text,
        kind: 'date',
        from: point,
        to: point,
        start: point.start,
        end: point.end,
        uncertain: point.uncertain,
        approximate: point.approximate,
      },
    };
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

/** The EDTF string of a UTC instant at day precision, for `Date` values given to the API. */
export function edtfFromTime(time: number): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const sign = year < 0 ? '-' : '';
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
  return `${sign}${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
