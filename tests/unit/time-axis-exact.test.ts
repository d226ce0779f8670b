import { describe, expect, test } from 'vitest';
import { axisTicks, tickLabel, tickUnit } from '../../src/timeline/time-axis.js';

const at = (year: number, month = 1, day = 1, hour = 0, minute = 0) => {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  date.setUTCFullYear(year);
  return date.getTime();
};

describe('time axis, label by label', () => {
  test('tickUnit(times) is the coarsest unit every tick falls on', () => {
    expect(tickUnit([])).toBe('year');
    expect(tickUnit([at(1990), at(2000)])).toBe('year');
    expect(tickUnit([at(2000), at(2000, 4)])).toBe('month');
    expect(tickUnit([at(2000, 4), at(2000)])).toBe('month');
    expect(tickUnit([at(2000, 4), at(2000, 4, 8)])).toBe('day');
    expect(tickUnit([at(2000, 4, 8), at(2000, 5)])).toBe('day');
    expect(tickUnit([at(2000), at(2000, 1, 1, 6)])).toBe('hour');
    expect(tickUnit([at(2000), at(2000, 1, 1, 0, 30)])).toBe('hour');
  });

  test('tickLabel(time, unit, lang, withYear) at each precision, with an era before year 1', () => {
    expect(tickLabel(at(1995), 'year', 'en', false)).toBe('1995');
    expect(tickLabel(at(-43), 'year', 'en', false)).toBe('44 BC');
    expect(tickLabel(at(0), 'year', 'en', false)).toBe('1 BC');
    expect(tickLabel(at(2006, 6), 'month', 'en', false)).toBe('Jun');
    expect(tickLabel(at(2006, 6), 'month', 'en', true)).toBe('Jun 2006');
    expect(tickLabel(at(0, 6), 'month', 'en', true)).toBe('Jun 1 BC');
    expect(tickLabel(at(2006, 6, 8), 'day', 'en', false)).toBe('Jun 8');
    expect(tickLabel(at(2006, 6, 8), 'day', 'en', true)).toBe('Jun 8, 2006');
    expect(tickLabel(at(0, 6, 8), 'day', 'en', true)).toBe('Jun 8, 1 BC');
    expect(tickLabel(at(2006, 6, 8, 14, 5), 'hour', 'en', true)).toBe('2:05 PM');
  });

  test('axisTicks(start, end, width) is empty for an empty window or no width', () => {
    expect(axisTicks(at(2000), at(2000), 600)).toEqual([]);
    expect(axisTicks(at(2001), at(2000), 600)).toEqual([]);
    expect(axisTicks(at(2000), at(2001), 0)).toEqual([]);
    expect(axisTicks(at(2000), NaN, 600)).toEqual([]);
    expect(axisTicks(at(2000), at(2001), NaN)).toEqual([]);
  });

  test('about one tick per 90 px, at least two', () => {
    expect(axisTicks(at(1900), at(2000), 900).map((t) => t.label)).toEqual([
      '1900',
      '1910',
      '1920',
      '1930',
      '1940',
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
    ]);
    expect(axisTicks(at(1900), at(2000), 90).map((t) => t.label)).toEqual(['1900', '1950', '2000']);
    expect(axisTicks(at(1900), at(2000), 1000, 'en', 200).map((t) => t.label)).toEqual([
      '1900',
      '1920',
      '1940',
      '1960',
      '1980',
      '2000',
    ]);
  });

  test('the first tick, each new year and each January carry the year', () => {
    const months = axisTicks(at(2005, 11), at(2006, 3), 400);
    expect(months.map((t) => [t.unit, t.label])).toEqual([
      ['month', 'Nov 2005'],
      ['month', 'Dec'],
      ['month', 'Jan 2006'],
      ['month', 'Feb'],
      ['month', 'Mar'],
    ]);
    const days = axisTicks(at(2006, 12, 30), at(2007, 1, 2), 300);
    expect(days.map((t) => t.label)).toEqual(['Dec 30, 2006', 'Dec 31', 'Jan 1, 2007', 'Jan 2']);
    expect(days[0]).toEqual({ time: at(2006, 12, 30), unit: 'day', label: 'Dec 30, 2006' });
  });
});
