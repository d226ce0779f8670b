import { describe, expect, it } from 'vitest';
import { daysInMonth, edtfFromTime, parseEdtf, utcTime } from '../../src/data/edtf.js';
import { formatEdtf } from '../../src/data/format-date.js';

function parse(text: string) {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.reason}`);
  return result.value;
}

const iso = (time: number) => new Date(time).toISOString();

describe('parseEdtf', () => {
  it('parses a year as the whole year, never as 1 January', () => {
    const value = parse('2006');
    expect(value.from?.precision).toBe('year');
    expect(iso(value.start)).toBe('2006-01-01T00:00:00.000Z');
    expect(iso(value.end)).toBe('2007-01-01T00:00:00.000Z');
    expect(formatEdtf(value)).toBe('2006');
  });

  it('parses a month as the whole month', () => {
    const value = parse('2011-02');
    expect(value.from?.precision).toBe('month');
    expect(iso(value.start)).toBe('2011-02-01T00:00:00.000Z');
    expect(iso(value.end)).toBe('2011-03-01T00:00:00.000Z');
    expect(formatEdtf(value)).toBe('February 2011');
  });

  it('parses a day as that day', () => {
    const value = parse('1995-11-27');
    expect(value.from?.precision).toBe('day');
    expect(value.end - value.start).toBe(86_400_000);
    expect(formatEdtf(value)).toBe('November 27, 1995');
  });

  it('parses an interval of days and words it compactly', () => {
    const value = parse('2006-06-08/2006-06-09');
    expect(value.kind).toBe('interval');
    expect(iso(value.start)).toBe('2006-06-08T00:00:00.000Z');
    expect(iso(value.end)).toBe('2006-06-10T00:00:00.000Z');
    expect(formatEdtf(value).replace(/\s/g, ' ')).toBe('June 8 – 9, 2006');
  });

  it('parses intervals of mixed precision', () => {
    const value = parse('1988/1992-06');
    expect(iso(value.start)).toBe('1988-01-01T00:00:00.000Z');
    expect(iso(value.end)).toBe('1992-07-01T00:00:00.000Z');
  });

  it('parses open and unknown ends', () => {
    const open = parse('2014/..');
    expect(open.to).toBeNull();
    expect(open.end).toBe(Infinity);
    expect(formatEdtf(open)).toBe('since 2014');
    const openStart = parse('../2014-05');
    expect(openStart.start).toBe(-Infinity);
    expect(iso(openStart.end)).toBe('2014-06-01T00:00:00.000Z');
    expect(parse('2014/').end).toBe(Infinity);
  });

  it('keeps the qualifiers ? (uncertain), ~ (approximate) and % (both)', () => {
    expect(parse('2004?').uncertain).toBe(true);
    expect(parse('2004?').approximate).toBe(false);
    expect(parse('2013-01~').approximate).toBe(true);
    const both = parse('2004%');
    expect(both.uncertain && both.approximate).toBe(true);
    expect(formatEdtf(parse('2013-01~'))).toBe('about January 2013');
    expect(formatEdtf(parse('2004?'))).toBe('2004 (uncertain)');
    expect(parse('2001/2003~').approximate).toBe(true);
  });

  it('handles years 0–99, year 0 (1 BCE) and years before it without Date string parsing', () => {
    expect(new Date(parse('0044').start).getUTCFullYear()).toBe(44);
    expect(new Date(parse('0000').start).getUTCFullYear()).toBe(0);
    expect(new Date(parse('-0044-03-15').start).getUTCFullYear()).toBe(-44);
    expect(new Date(parse('-0044-03-15').start).getUTCDate()).toBe(15);
    expect(parse('-0001').end).toBe(parse('0000').start);
    expect(formatEdtf(parse('0000'), 'en')).toMatch(/1\s*BC/);
    expect(parse('1850').start).toBe(utcTime(1850));
    expect(parse('1850').start).toBeLessThan(0);
  });

  it('knows leap days, including century rules and years before 1 CE', () => {
    expect(parseEdtf('2024-02-29').ok).toBe(true);
    expect(parseEdtf('2023-02-29').ok).toBe(false);
    expect(parseEdtf('1900-02-29').ok).toBe(false);
    expect(parseEdtf('2000-02-29').ok).toBe(true);
    expect(parseEdtf('0000-02-29').ok).toBe(true);
    expect(parseEdtf('-0004-02-29').ok).toBe(true);
    expect(daysInMonth(-100, 2)).toBe(28);
  });

  it('rejects invalid strings with a reason and never throws', () => {
    for (const bad of [
      '',
      '  ',
      '0214x',
      '2013-13',
      '2013-00',
      '2013-04-31',
      '13-04-2013',
      'April 2013',
      '2013/2012',
      '../..',
      '2001/2002/2003',
      '-0000',
      '2013-4-1',
      '20130',
      '2013-01-01T10:00',
    ]) {
      const result = parseEdtf(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
    }
    for (const notString of [null, undefined, 2013, {}, []]) expect(parseEdtf(notString).ok).toBe(false);
  });

  it('edtfFromTime writes a day-precision date that parses back to the same day', () => {
    const time = utcTime(2008, 3, 21);
    expect(edtfFromTime(time)).toBe('2008-04-21');
    expect(parse(edtfFromTime(time)).start).toBe(time);
    expect(edtfFromTime(utcTime(-44, 2, 15))).toBe('-0044-03-15');
  });
});

describe('the date path at scale (issue 14, item 1)', () => {
  it('utcTime takes Date.UTC from year 100 on and the exact slow path below it and before the common era', () => {
    const slow = (year: number, month = 0, day = 1) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month, day);
      return date.getTime();
    };
    for (const [year, month, day] of [
      [100, 0, 1],
      [99, 11, 31],
      [0, 0, 1],
      [-43, 2, 15],
      [1988, 5, 8],
      [2024, 1, 29],
    ] as const) {
      expect(utcTime(year, month, day), String(year)).toBe(slow(year, month, day));
    }
    expect(utcTime(99)).toBe(-59042995200000);
  });

  it('parseEdtf remembers each text: the same value for the same date, still exact', () => {
    const first = parseEdtf('2006-06-08/2006-06-09');
    expect(parseEdtf('2006-06-08/2006-06-09')).toBe(first);
    expect(first.ok && first.value.start).toBe(Date.UTC(2006, 5, 8));
    expect(parseEdtf('2006-02-30').ok).toBe(false);
    expect(parseEdtf('2006-02-30')).toBe(parseEdtf('2006-02-30'));
  });
});
