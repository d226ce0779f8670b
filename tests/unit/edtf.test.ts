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

describe('date-times (issue 11, item 4)', () => {
  it('parses a minute as [start, start + 60 s) in UTC, with or without Z', () => {
    const value = parse('1815-12-10T14:30Z');
    expect(value.from?.precision).toBe('minute');
    expect(value.start).toBe(-4861675800000);
    expect(value.end).toBe(-4861675800000 + 60_000);
    expect(parse('1815-12-10T14:30').start).toBe(-4861675800000);
    expect(value.from).toMatchObject({ year: 1815, month: 12, day: 10, hour: 14, minute: 30, offset: 0 });
  });

  it('takes a written zone off the written time: 14:30+02:00 is 12:30 UTC, 14:30-05:30 is 20:00 UTC', () => {
    const value = parse('1815-12-10T14:30+02:00');
    expect(value.start).toBe(-4861683000000);
    expect(value.from?.offset).toBe(120);
    expect(value.from?.hour).toBe(14);
    expect(iso(parse('2000-01-05T14:30-05:30').start)).toBe('2000-01-05T20:00:00.000Z');
    expect(iso(parse('2000-01-05T00:30+01').start)).toBe('2000-01-04T23:30:00.000Z');
    expect(parseEdtf('2000-01-05T14:30+14:00').ok && parseEdtf('2000-01-05T14:30-14:00').ok).toBe(true);
  });

  it('parses seconds and fractions of a second, each spanning what it names', () => {
    const second = parse('2000-01-05T06:45:56Z');
    expect(second.from?.precision).toBe('second');
    expect(second.start).toBe(Date.UTC(2000, 0, 5, 6, 45, 56));
    expect(second.end - second.start).toBe(1000);
    const millis = parse('2000-01-05T06:45:56.123Z');
    expect(millis.start).toBe(947054756123);
    expect(millis.end - millis.start).toBe(1);
    expect(millis.from?.second).toBe(56.123);
    const tenth = parse('2000-01-05T06:45:56.5');
    expect(tenth.start).toBe(Date.UTC(2000, 0, 5, 6, 45, 56, 500));
    expect(tenth.end - tenth.start).toBe(100);
  });

  it('parses intervals of date-times and of a day and a time', () => {
    const value = parse('2000-01-05T06:45Z/2000-01-05T09:30:15Z');
    expect(value.kind).toBe('interval');
    expect(iso(value.start)).toBe('2000-01-05T06:45:00.000Z');
    expect(iso(value.end)).toBe('2000-01-05T09:30:16.000Z');
    const mixed = parse('2000-01-04/2000-01-05T09:30');
    expect(iso(mixed.start)).toBe('2000-01-04T00:00:00.000Z');
    expect(iso(mixed.end)).toBe('2000-01-05T09:31:00.000Z');
    expect(parse('2000-01-05T06:45Z/..').end).toBe(Infinity);
    expect(parseEdtf('2000-01-05T09:30Z/2000-01-05T06:45Z')).toEqual({
      ok: false,
      reason: '"2000-01-05T09:30Z/2000-01-05T06:45Z": the interval ends before it starts',
    });
  });

  it('works before the common era: -0044-03-15T12:00 is noon of the Ides of March', () => {
    expect(parse('-0044-03-15T12:00Z').start).toBe(utcTime(-44, 2, 15) + 12 * 3_600_000);
  });

  it('rejects bad date-times with the reason an editor needs', () => {
    const reasons: Record<string, string> = {
      '2000-01-05T24:00': '"2000-01-05T24:00": hour 24 is not 00–23',
      '2000-01-05T10:60Z': '"2000-01-05T10:60Z": minute 60 is not 00–59',
      '2000-01-05T10:30:60Z': '"2000-01-05T10:30:60Z": second 60 is not 00–59',
      '2000-01-05T10:30+14:30': '"2000-01-05T10:30+14:30": the zone +14:30 is beyond ±14:00',
      '2000-01-05T10:30+05:75': '"2000-01-05T10:30+05:75": the zone\'s minutes 75 are not 00–59',
      '2000-02-30T10:30': '"2000-02-30": day 30 is not 01–29 in that month',
      '2000-01-05T06:45Z?': '"2000-01-05T06:45Z?": a date with a time of day cannot be marked ? ~ or % in EDTF',
      '2000-01-05T6:45':
        '"2000-01-05T6:45" is not a date-time of the form YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS or either with Z or ±HH:MM',
      '2000-01-05T06':
        '"2000-01-05T06" is not a date-time of the form YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS or either with Z or ±HH:MM',
      '2000-01T06:45':
        '"2000-01T06:45" is not a date-time of the form YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS or either with Z or ±HH:MM',
    };
    for (const [text, reason] of Object.entries(reasons)) expect(parseEdtf(text), text).toEqual({ ok: false, reason });
  });
});

describe('long years (issue 11, items 2 and 4)', () => {
  // The Gregorian calendar repeats every 400 years (146,097 days), which gives the exact answer independently.
  const CYCLE = 146_097 * 86_400_000;

  it('parses Y-13800000000 as that whole year, exact by the 400-year cycle', () => {
    const value = parse('Y-13800000000');
    expect(value.from).toMatchObject({ year: -13_800_000_000, precision: 'year' });
    expect(value.start).toBe(-435485999767219200000);
    expect(value.end).toBe(-435485999735596800000);
    expect(value.start).toBe(utcTime(0) - 34_500_000 * CYCLE);
    // A year 0 mod 400 is a leap year; out there a double rounds to 2^16 ms, so the length is right to a minute.
    expect(Math.abs(value.end - value.start - 366 * 86_400_000)).toBeLessThanOrEqual(2 ** 16);
  });

  it('reads the exponent form: Y-138E8 is Y-13800000000, Y17E7 is 170,000,000', () => {
    expect(parse('Y-138E8').start).toBe(parse('Y-13800000000').start);
    expect(parse('Y17E7').from?.year).toBe(170_000_000);
  });

  it('keeps the exact Date path where Date holds the year, and joins the arithmetic seamlessly at its edges', () => {
    expect(parse('Y170000').start).toBe(Date.UTC(170_000, 0, 1));
    const minus = new Date(0);
    minus.setUTCFullYear(-170_000, 0, 1);
    expect(parse('Y-170000').start).toBe(minus.getTime());
    expect(parse('Y-170000').end).toBe(utcTime(-169_999));
    expect(utcTime(-271_821)).toBe(utcTime(-271_421) - CYCLE);
    expect(utcTime(-271_821, 11, 31)).toBe(utcTime(-271_421, 11, 31) - CYCLE);
    expect(utcTime(275_760)).toBe(utcTime(275_360) + CYCLE);
    expect(utcTime(275_760, 12)).toBe(utcTime(275_361) + CYCLE);
  });

  it('takes qualifiers and intervals of long years', () => {
    expect(parse('Y-170000~').approximate).toBe(true);
    const value = parse('Y-4600000000/Y-4000000000');
    expect(value.start).toBe(parse('Y-4600000000').start);
    expect(value.end).toBe(parse('Y-4000000000').end);
    expect(parse('Y-13800000000/2000').end).toBe(Date.UTC(2001, 0, 1));
  });

  it('edtfFromTime writes a time beyond Date as its long year, which parses back to a span holding it', () => {
    const time = parse('Y-13800000000').start + 1000;
    expect(edtfFromTime(time)).toBe('Y-13800000000');
    expect(edtfFromTime(parse('Y-13800000000').start)).toBe('Y-13800000000');
    expect(edtfFromTime(parse('Y-13800000000').start - 2 ** 17)).toBe('Y-13800000001');
    expect(edtfFromTime(utcTime(300_000, 6, 1))).toBe('Y300000');
  });

  it('rejects malformed long years with a reason', () => {
    expect(parseEdtf('Y2000')).toEqual({
      ok: false,
      reason: '"Y2000": Y is only for years of more than four digits (write 2000)',
    });
    expect(parseEdtf('Y-17')).toEqual({
      ok: false,
      reason: '"Y-17": Y is only for years of more than four digits (write -0017)',
    });
    expect(parseEdtf('Y-1E13')).toEqual({ ok: false, reason: '"Y-1E13": the year is beyond ±1,000,000,000,000' });
    expect(parseEdtf('Y-13.8E9')).toEqual({
      ok: false,
      reason: '"Y-13.8E9" is not a long year: write Y and the year\'s digits, as Y-13800000000 or Y170000',
    });
    expect(parseEdtf('Y-170000-01').ok).toBe(false);
    expect(parseEdtf('-13800000000')).toEqual({
      ok: false,
      reason: '"-13800000000": a year of more than four digits takes EDTF\'s Y prefix (Y-13800000000)',
    });
  });
});
