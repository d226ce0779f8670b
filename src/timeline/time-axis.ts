import { scaleUtc } from 'd3-scale';
import { dateFormatter } from '../data/format-date.js';

/**
 * Axis ticks for a window: d3-scale's `scaleUtc().ticks()` (decades down to hours, whichever fits the width), labelled in the element's
 * language at the precision the ticks have, so a decade axis reads "1990 2000" and a day axis "8 Jun".
 */

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

export interface AxisTick {
  readonly time: number;
  readonly label: string;
  readonly unit: TickUnit;
}

/** The coarsest unit every tick falls on. */
export function tickUnit(times: readonly number[]): TickUnit {
  let unit: TickUnit = 'year';
  for (const time of times) {
    const d = new Date(time);
    if (d.getUTCHours() || d.getUTCMinutes()) return 'hour';
    if (d.getUTCDate() !== 1) unit = 'day';
    else if (d.getUTCMonth() !== 0 && unit === 'year') unit = 'month';
  }
  return unit;
}

export function tickLabel(time: number, unit: TickUnit, lang: string, withYear: boolean): string {
  const year = new Date(time).getUTCFullYear();
  const era = year <= 0 ? ({ era: 'short' } as const) : {};
  switch (unit) {
    case 'year':
      return dateFormatter(lang, { year: 'numeric', ...era }).format(time);
    case 'month':
      return dateFormatter(lang, withYear ? { month: 'short', year: 'numeric', ...era } : { month: 'short' }).format(
        time,
      );
    case 'day':
      return dateFormatter(
        lang,
        withYear ? { day: 'numeric', month: 'short', year: 'numeric', ...era } : { day: 'numeric', month: 'short' },
      ).format(time);
    default:
      return dateFormatter(lang, { hour: 'numeric', minute: '2-digit' }).format(time);
  }
}

/** About one tick per `spacing` pixels. The first tick and each year change carry the year. */
export function axisTicks(start: number, end: number, width: number, lang = 'en', spacing = 90): AxisTick[] {
  if (!(end > start) || !(width > 0)) return [];
  const count = Math.max(2, Math.floor(width / spacing));
  const times = scaleUtc()
    .domain([start, end])
    .ticks(count)
    .map((d) => d.getTime());
  const unit = tickUnit(times);
  let lastYear = NaN;
  return times.map((time, i) => {
    const year = new Date(time).getUTCFullYear();
    const withYear = i === 0 || year !== lastYear || (unit === 'month' && new Date(time).getUTCMonth() === 0);
    lastYear = year;
    return { time, unit, label: tickLabel(time, unit, lang, withYear) };
  });
}
