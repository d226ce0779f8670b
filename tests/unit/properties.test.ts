import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { formatEdtf } from '../../src/data/format-date.js';
import { parseEdtf, utcTime } from '../../src/data/edtf.js';
import { loadDatasetText } from '../../src/data/load.js';

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
const yearText = (year: number) => `${year < 0 ? '-' : ''}${pad(year, 4)}`;

describe('parseEdtf, for any input', () => {
  it('yields a value or a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseEdtf(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.reason).toBeTypeOf('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('yields a value or a reason for any string made of date characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-0-9/.?~%]{0,24}$/), (text) => {
        const result = parseEdtf(text);
        if (result.ok) expect(result.value.start).toBeLessThan(result.value.end);
      }),
      { numRuns: 3000 },
    );
  });

  it('parses every real calendar day of years -9999..9999 to exactly that day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9999, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${yearText(y)}-${pad(m, 2)}-${pad(d, 2)}`;
          const result = parseEdtf(text);
          const real = new Date(utcTime(y, m - 1, d));
          const exists = real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
          expect(result.ok, text).toBe(exists);
          if (result.ok) {
            expect(result.value.start).toBe(real.getTime());
            expect(result.value.end - result.value.start).toBe(86_400_000);
            expect(formatEdtf(result.value).length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives every interval of two valid dates in order an extent covering both', () => {
    const year = fc.integer({ min: -2000, max: 3000 });
    fc.assert(
      fc.property(year, year, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const result = parseEdtf(`${yearText(from)}/${yearText(to)}`);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.value.start).toBe(utcTime(from));
          expect(result.value.end).toBe(utcTime(to + 1));
        }
      }),
    );
  });
});

describe('the loader, for any input', () => {
  it('turns any JSON value into a data set and diagnostics, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { dataset, diagnostics } = loadDatasetText(JSON.stringify(value) ?? 'null', { format: 'json' });
        expect(Array.isArray(dataset.events)).toBe(true);
        expect(Array.isArray(diagnostics)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('accounts for every record: each one is kept or has a diagnostic', () => {
    const event = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.string(), fc.integer()),
        date: fc.oneof(fc.constantFrom('2001', '2001-02-29', '2004-02-29', '1995-11-27/1995-11-28', 'x'), fc.string()),
        title: fc.oneof(fc.string(), fc.constant(undefined)),
        places: fc.oneof(fc.array(fc.constantFrom('baku', 'nowhere')), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        const { dataset, diagnostics } = checkDataset({
          events,
          places: [{ id: 'baku', name: 'Baku', lat: 40, lon: 50 }],
        });
        const rejected = new Set(
          diagnostics.filter((d) => d.collection === 'events' && d.severity === 'error').map((d) => d.index),
        );
        expect(dataset.events.length + rejected.size).toBe(events.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('never lets a key of the input reach Object.prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        const text = `{"__proto__": ${json}, "events": [{"constructor": {"prototype": ${json}}, "__proto__": ${json}}], "places": []}`;
        loadDatasetText(text, { format: 'json' });
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
