import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtf, parseEdtfGeneral } from '../../src/data/edtf.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Plain dates near and past every edge: years 0000–9999 (0–99 and BCE-adjacent included), months 00–13, days 00–32. */
const plain = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
);
const near = fc.oneof(
  plain,
  fc.tuple(plain, plain).map(([a, b]) => `${a}/${b}`),
  fc.tuple(plain, fc.constantFrom('?', '~', '%', ' ', 'T10:00', '/..', 'x', '-')).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom(' ', '-', '+', 'Y', '../'), plain).map(([a, b]) => a + b),
);

describe('the plain-date shortcut of parseEdtf', () => {
  it('gives exactly what the general parser gives, value or reason', () => {
    fc.assert(
      fc.property(near, (text) => {
        expect(parseEdtf(text)).toEqual(parseEdtfGeneral(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the edges the same way', () => {
    for (const text of [
      '0000',
      '0099',
      '0100',
      '1900-02-29',
      '2000-02-29',
      '2001-02-29',
      '1999-12-31',
      '2020-01/2020-01',
      '2021/2020',
      '9999-12-31/9999-12-31',
    ]) {
      expect(parseEdtf(text), text).toEqual(parseEdtfGeneral(text));
    }
    expect(parseEdtf('2000-02-29')).toMatchObject({
      ok: true,
      value: { start: Date.UTC(2000, 1, 29), end: Date.UTC(2000, 2, 1) },
    });
    expect(parseEdtf('0050').ok && parseEdtf('0050')).toMatchObject({ value: { from: { year: 50 } } });
  });
});
