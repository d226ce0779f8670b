import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { buildEventIndex } from '../../src/timeline/event-index.js';
import { EventText, shortDate } from '../../src/timeline/event-text.js';
import { paddedDomain, toTime, toWindow } from '../../src/timeline/time-window.js';

const DAY = 86_400_000;

describe('EventText', () => {
  const { dataset } = checkDataset({
    meta: { title: 'T', categories: { trade: 'Trade and business' } },
    events: [
      { id: 'deal', date: '2006-06-08', title: 'Deal', category: 'trade', places: [] },
      { id: 'about', date: '2007~', title: 'About', category: 'culture', places: [] },
      { id: 'maybe', date: '2008?', title: 'Maybe', category: 'culture', places: [] },
      { id: 'both', date: '2009%', title: 'Both', category: 'culture', places: [] },
    ],
    places: [],
  });
  const text = new EventText(buildEventIndex(dataset), 'en');
  const byId = (id: string) => dataset.eventById.get(id)!;

  test('the lane label, date words, accessible name and tooltip lines', () => {
    expect(text.lang).toBe('en');
    expect(text.laneLabel(byId('deal'))).toBe('Trade and business');
    expect(text.date(byId('deal'))).toBe('June 8, 2006');
    expect(text.ariaLabel(byId('deal'))).toBe('Deal, June 8, 2006, Trade and business');
    expect(text.ariaLabel(byId('deal'))).toBe('Deal, June 8, 2006, Trade and business');
    expect(text.tooltip(byId('deal'))).toEqual(['Deal', 'June 8, 2006', 'Trade and business']);
    expect(text.tooltip(byId('about'))).toEqual(['About', 'about 2007', 'Culture', 'The date is approximate.']);
    expect(text.tooltip(byId('maybe'))).toEqual(['Maybe', '2008 (uncertain)', 'Culture', 'The date is uncertain.']);
    expect(text.tooltip(byId('both'))).toEqual([
      'Both',
      'about 2009 (uncertain)',
      'Culture',
      'The date is approximate.',
    ]);
  });

  test('an event outside the index is labelled by its category', () => {
    const other = { ...byId('deal'), id: 'elsewhere', category: 'sport' };
    expect(text.laneLabel(other)).toBe('sport');
    expect(text.ariaLabel(other)).toBe('Deal, June 8, 2006, sport');
  });

  test('shortDate(time, lang)', () => {
    expect(shortDate(Date.UTC(2006, 5, 8), 'en')).toBe('Jun 8, 2006');
    expect(shortDate(Date.UTC(2006, 5, 8), 'en-GB')).toBe('8 Jun 2006');
  });
});

describe('time windows from what callers pass', () => {
  test('toTime(value, edge): EDTF by its first or last instant, Dates and numbers when finite', () => {
    expect(toTime('2006', 'start')).toBe(Date.UTC(2006, 0, 1));
    expect(toTime('2006', 'end')).toBe(Date.UTC(2007, 0, 1));
    expect(toTime('2006/..', 'end')).toBeNull();
    expect(toTime('../2006', 'start')).toBeNull();
    expect(toTime('nope', 'start')).toBeNull();
    expect(toTime(new Date(Date.UTC(2006, 5, 8)), 'end')).toBe(Date.UTC(2006, 5, 8));
    expect(toTime(new Date(NaN), 'start')).toBeNull();
    expect(toTime(5, 'start')).toBe(5);
    expect(toTime(Infinity, 'start')).toBeNull();
  });

  test('toWindow(start, end): both times and in order, or null', () => {
    expect(toWindow('2006', '2006')).toEqual({ start: Date.UTC(2006, 0, 1), end: Date.UTC(2007, 0, 1) });
    expect(toWindow(10, 20)).toEqual({ start: 10, end: 20 });
    expect(toWindow(20, 20)).toBeNull();
    expect(toWindow(20, 10)).toBeNull();
    expect(toWindow(null, 10)).toBeNull();
    expect(toWindow(10, null)).toBeNull();
    expect(toWindow('', '2006')).toBeNull();
    expect(toWindow('2006', '')).toBeNull();
    expect(toWindow('nope', '2006')).toBeNull();
    expect(toWindow('2006', 'nope')).toBeNull();
  });

  test('paddedDomain(extent, now): 3% either side, at least a month; ten years to next New Year without data', () => {
    expect(paddedDomain([0, 100 * DAY])).toEqual([-3 * DAY, 103 * DAY]);
    expect(paddedDomain([0, DAY])).toEqual([0.5 * DAY - 15.9 * DAY, 0.5 * DAY + 15.9 * DAY]);
    const next = Date.UTC(2027, 0, 1);
    expect(paddedDomain(null, Date.UTC(2026, 5, 1))).toEqual([next - 10 * 365.25 * DAY, next]);
    expect(paddedDomain(undefined, Date.UTC(2026, 5, 1))).toEqual([next - 10 * 365.25 * DAY, next]);
  });
});
