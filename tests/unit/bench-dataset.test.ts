// The benchmark's data set (bench/dataset.js) must be one our elements accept whole, or `npm run bench` would time
// diagnostics instead of drawing; and the plain baselines must draw the spans our EDTF parser gives.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, END, START, dataset, parseSpan } from '../../bench/dataset.js';
import { checkDataset } from '../../src/data/check-dataset.js';
import { parseEdtf } from '../../src/data/edtf.js';

describe('the benchmark data set', () => {
  it('passes every check with no diagnostic and keeps every record', () => {
    const { dataset: loaded, diagnostics } = checkDataset(dataset(2000));
    expect(diagnostics).toEqual([]);
    expect(loaded.events).toHaveLength(2000);
    expect(loaded.places).toHaveLength(2000);
  });

  it('is the same for the same seed: the first records, exactly', () => {
    const { events, places } = dataset(2);
    expect(events[0]).toEqual(dataset(2).events[0]);
    expect(events.map((e) => e.id)).toEqual(['e0', 'e1']);
    expect(events[0].places).toEqual(['p0']);
    expect(places[1]).toEqual(dataset(5).places[1]);
    expect(dataset(2, 8).places[0]).not.toEqual(places[0]);
  });

  it('spreads events over 1988–2020 in the six categories and places over the world', () => {
    const { events, places } = dataset(5000);
    const spans = events.map((e) => parseSpan(e.date));
    expect(Math.min(...spans.map(([s]) => s))).toBeGreaterThanOrEqual(START);
    expect(Math.max(...spans.map(([, e]) => e))).toBeLessThanOrEqual(END);
    expect(new Set(events.map((e) => e.category))).toEqual(new Set(CATEGORIES));
    expect(Math.min(...places.map((p) => p.lon))).toBeLessThan(-170);
    expect(Math.max(...places.map((p) => p.lon))).toBeGreaterThan(170);
    expect(Math.min(...places.map((p) => p.lat))).toBeLessThan(-45);
    expect(Math.max(...places.map((p) => p.lat))).toBeGreaterThan(65);
  });

  it("the baselines' date parser gives exactly the EDTF parser's [start, end) for every date", () => {
    expect(parseSpan('2005-03')).toEqual([Date.UTC(2005, 2, 1), Date.UTC(2005, 3, 1)]);
    expect(parseSpan('2005-03-04')).toEqual([Date.UTC(2005, 2, 4), Date.UTC(2005, 2, 5)]);
    expect(parseSpan('1999-12-30/2000-01-02')).toEqual([Date.UTC(1999, 11, 30), Date.UTC(2000, 0, 3)]);
    for (const { date } of dataset(3000).events) {
      const parsed = parseEdtf(date);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parseSpan(date)).toEqual([parsed.value.start, parsed.value.end]);
    }
  });
});
