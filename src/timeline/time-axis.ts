import { utcTicks } from 'd3-time';
import { DAY, utcTime } from '../data/edtf.js';
import { dateFormatter, deepTimeLabel, yearWords } from '../data/format-date.js';
import { niceTicks } from './linear-scale.js';

/**
 * Axis ticks for a window, labelled in the element's language at the precision the ticks have. Within `Date`'s range
 * and up to `YEAR_AXIS_YEARS` wide: d3-time's `utcTicks`, as in `scaleUtc().ticks()` (decades down to seconds,
 * whichever fits the width), so a decade axis reads "1990 2000", a day axis "8 Jun", an afternoon "14:00 14:30".
 * Wider, or beyond `Date` (±275,760 years): round years on a number line, "10,000 BC", "500 Ma", "13.8 Ga".
 */

export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'second';

export interface AxisTick {
  readonly time: number;
  readonly label: string;
  readonly unit: TickUnit;
}

/** Windows wider than this many years get year ticks on a number line, whose BCE years read round ("10,000 BC"). */
export const YEAR_AXIS_YEARS = 10_000;
/** `Date`'s range, ms either side of 1970. */
const DATE_LIMIT = 8.64e15;
/** The proleptic Gregorian year's average length: near enough to choose ticks, which are exact year starts. */
const YEAR_MS = 365.2425 * DAY;
/** Width of a label character for spacing ticks, px (as `renderAxis` reckons). */
const CHAR_PX = 6.4;
/** Room between two labels, px. */
const LABEL_GAP = 12;

/** The coarsest unit every tick falls on. */
export function tickUnit(times: readonly number[]): TickUnit {
  let unit: TickUnit = 'year';
  for (const time of times) {
    const d = new Date(time);
    if (d.getUTCSeconds() || d.getUTCMilliseconds()) return 'second';
    if (d.getUTCHours() || d.getUTCMinutes()) unit = 'hour';
    else if (unit === 'hour') continue;
    else if (d.getUTCDate() !== 1) unit = 'day';
    else if (d.getUTCMonth() !== 0 && unit === 'year') unit = 'month';
  }
  return unit;
}

export function tickLabel(time: number, unit: TickUnit, lang: string, withYear: boolean): string {
  const year = new Date(time).getUTCFullYear();
  const era = year <= 0 ? ({ era: 'short' } as const) : {};
  switch (unit) {
    case 'year':
      return yearWords(year, lang);
    case 'month':
      return dateFormatter(lang, withYear ? { month: 'short', year: 'numeric', ...era } : { month: 'short' }).format(
        time,
      );
    case 'day':
      return dateFormatter(
        lang,
        withYear ? { day: 'numeric', month: 'short', year: 'numeric', ...era } : { day: 'numeric', month: 'short' },
      ).format(time);
    case 'hour':
      return dateFormatter(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time);
    default:
      return dateFormatter(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(
        time,
      );
  }
}

/**
 * About one tick per `spacing` pixels, fewer where the labels would not fit between them. The first tick and each
 * year change carry the year; midnight its day.
 */
export function axisTicks(start: number, end: number, width: number, lang = 'en', spacing = 90): AxisTick[] {
  if (!(end > start) || !(width > 0)) return [];
  const count = Math.max(2, Math.floor(width / spacing));
  if (start < -DATE_LIMIT || end > DATE_LIMIT || end - start > YEAR_AXIS_YEARS * YEAR_MS) {
    return yearAxisTicks(start, end, width, lang, count);
  }
  for (let tries = count; ; tries--) {
    const ticks = calendarTicks(start, end, tries, lang);
    if (tries <= 2 || labelsFit(ticks, width / (end - start))) return ticks;
  }
}

/** Whether each label fits before the next tick, at `pxPerMs`. */
function labelsFit(ticks: readonly AxisTick[], pxPerMs: number): boolean {
  for (let i = 0; i + 1 < ticks.length; i++) {
    if ((ticks[i + 1].time - ticks[i].time) * pxPerMs < ticks[i].label.length * CHAR_PX + LABEL_GAP) return false;
  }
  return true;
}

/**
 * d3's calendar ticks, labelled: d3-time's `utcTicks`, which `scaleUtc().ticks(count)` calls, without the scale,
 * whose default tick format would bring d3-time-format's locale (3 kB gzip) that these labels (Intl) never use.
 */
function calendarTicks(start: number, end: number, count: number, lang: string): AxisTick[] {
  const times = utcTicks(new Date(start), new Date(end), count).map((d) => d.getTime());
  const unit = tickUnit(times);
  let lastYear = NaN;
  let lastDay = NaN;
  return times.map((time, i) => {
    const date = new Date(time);
    const year = date.getUTCFullYear();
    const day = Math.floor(time / DAY);
    const withYear = i === 0 || year !== lastYear || (unit === 'month' && date.getUTCMonth() === 0);
    lastYear = year;
    // An axis of hours names the day at each midnight ("5 Jan") and times between ("06:00").
    const newDay = (unit === 'hour' || unit === 'second') && time === day * DAY && day !== lastDay;
    lastDay = day;
    if (newDay) return { time, unit, label: tickLabel(time, 'day', lang, false) };
    return { time, unit, label: tickLabel(time, unit, lang, withYear) };
  });
}

/**
 * Year ticks on a number line of historical years (no year 0: 1 BC is -1), round in that numbering, so BCE ticks read
 * "10,000 BC" and deep time "4.6 Ga" with the ticks at exact year starts. Fewer ticks when the labels are long.
 */
export function yearAxisTicks(start: number, end: number, width: number, lang = 'en', most = 8): AxisTick[] {
  const historical = (time: number) => {
    const year = 1970 + time / YEAR_MS;
    return year >= 1 ? year : year - 1;
  };
  // A year wider at each end than the average year says, so that ticks on the window's edges are kept (by time, below).
  const [h0, h1] = [historical(start) - 1, historical(end) + 1];
  for (let count = Math.max(2, most); ; count--) {
    const values = niceTicks(h0, h1, count, 1);
    const step = values.length > 1 ? values[1] - values[0] : 1;
    const deepest = Math.max(0, ...values.map((h) => -h));
    // Billions once the ticks are that far apart and reach a billion years; else millions ("600 Ma", not "0.6 Ga").
    const unit = step >= 1e8 && deepest >= 1e9 ? 'ga' : step >= 1e5 ? 'ma' : null;
    const digits = unit ? Math.max(0, Math.ceil(-Math.log10(step / (unit === 'ga' ? 1e9 : 1e6)))) : 0;
    const ticks: AxisTick[] = [];
    for (const h of values) {
      const year = h > 0 ? h : h + 1;
      // Years before the common era count back from 1 BC; at these spans that is "ago" to well within a tick.
      const before = 0 - h;
      if (!unit && h === 0) continue;
      if (unit && before < 0) continue;
      const label = unit ? deepTimeLabel(before, unit, lang, digits) : yearWords(year, lang);
      const time = utcTime(year);
      if (time >= start && time <= end) ticks.push({ time, unit: 'year', label });
    }
    if (count <= 2 || labelsFit(ticks, width / (end - start))) return ticks;
  }
}
