import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { diagnosticLines, summarizeDiagnostics, type Diagnostic } from '../../src/data/diagnostics.js';
import { parseEdtf } from '../../src/data/edtf.js';
import { loadDatasetValue } from '../../src/data/load.js';

/** What the bad-input browser suite found in the data layer, pinned down without a browser. */

const baku = { id: 'baku', name: 'Baku', lat: 40.4, lon: 49.9 };

describe('diagnostics for bad input', () => {
  it('a series point with a malformed date is left out with a warning; the series is kept', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [],
      places: [baku],
      series: [
        {
          id: 's',
          title: 'Trade',
          unit: 'million USD',
          points: [
            { date: '2014', value: 43 },
            { date: 'spring', value: 1 },
          ],
        },
      ],
    });
    expect(dataset.series.map((s) => s.points.map((p) => p.value))).toEqual([[43]]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'invalid-date', collection: 'series', id: 's' });
    expect(diagnostics[0].message).toMatch(/^point 1 left out: "spring"/);
  });

  it('a series point with no value still makes the series invalid', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [],
      places: [baku],
      series: [{ id: 's', title: 'Trade', unit: 'USD', points: [{ date: 'spring' }] }],
    });
    expect(dataset.series).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', collection: 'series' });
  });

  it('quotes a 100,000-character date in a short reason', () => {
    const result = parseEdtf('2001-'.repeat(20000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeLessThan(120);
  });

  it('keeps every message short, whatever the record holds', () => {
    const text = fc.string({ minLength: 0, maxLength: 3000 });
    fc.assert(
      fc.property(text, text, text, (date, key, id) => {
        const event = { id, date, title: 't', places: [], [key || 'x']: 1 };
        const { diagnostics } = checkDataset({ events: [event], places: [{ ...baku, id: key }] });
        for (const d of diagnostics) expect(d.message.length).toBeLessThanOrEqual(300);
      }),
      { numRuns: 200 },
    );
  });

  it('lists the first hundred diagnostics and counts the rest', () => {
    const many: Diagnostic[] = Array.from({ length: 10_000 }, (_, i) => ({
      severity: 'error',
      code: 'invalid-date',
      message: 'bad date',
      collection: 'events',
      index: i,
    }));
    const lines = diagnosticLines(many);
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('events[0]: bad date');
    expect(lines[100]).toContain('and 9900 more');
    expect(diagnosticLines(many.slice(0, 3))).toHaveLength(3);
  });

  it('does not call an empty data set repaired', () => {
    const { diagnostics } = checkDataset({ events: [], places: [] });
    expect(diagnostics.map((d) => d.code)).toEqual(['empty-dataset']);
    expect(summarizeDiagnostics(diagnostics)).toBe('');
  });
});

describe('small truths (issue 15, item 15)', () => {
  it('a date with spaces around it says what to remove', () => {
    const { diagnostics } = checkDataset({
      events: [{ id: 'e', date: ' 2000 ', title: 'T', category: 'c', places: [] }],
      places: [],
    });
    expect(diagnostics[0].message).toBe('" 2000 " has spaces around it: write "2000"');
  });

  it('JSON text with a byte order mark loads as the same file does through src', () => {
    const json = JSON.stringify({
      events: [{ id: 'e', date: '2000', title: 'T', category: 'c', places: [] }],
      places: [],
    });
    const result = loadDatasetValue(`\uFEFF${json}`);
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(['e']);
  });
});
