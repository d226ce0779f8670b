import { describe, expect, it } from 'vitest';
import { formatRoundedNumber, formatWholeNumber, wholeNumberPlural } from '../../src/data/shipped-numbers.js';

const TAGS = ['en', 'en-US', 'en-GB', 'de', 'de-DE', 'az', 'lt', 'lt-LT', 'ru', 'ru-RU', 'ar'];

/** 0 to 1,100 one by one, then each power of ten and its neighbours, up to the largest safe integer, and negatives. */
function wholeNumbers(): number[] {
  const values = Array.from({ length: 1101 }, (_, i) => i);
  for (let p = 10; p <= Number.MAX_SAFE_INTEGER; p *= 10) values.push(p - 1, p, p + 1, 2 * p + 345, 12345 * (p / 10));
  values.push(Number.MAX_SAFE_INTEGER, 1_000_000, 12_345, 123_456_789);
  const safe = values.filter((v) => Number.isSafeInteger(v));
  return [...safe, ...safe.map((v) => -v), -0];
}

describe('formatWholeNumber', () => {
  it('writes every whole number exactly as Intl.NumberFormat(lang).format does, in each listed language', () => {
    for (const lang of TAGS) {
      const intl = new Intl.NumberFormat(lang);
      for (const n of wholeNumbers()) expect(formatWholeNumber(lang, n), `${lang} ${n}`).toBe(intl.format(n));
    }
  });

  it('spells out the separators: "1,000", "1.000", "1 000" with a no-break space, Lithuanian minus, Arabic mark', () => {
    expect(formatWholeNumber('en', 1000)).toBe('1,000');
    expect(formatWholeNumber('de', 12345)).toBe('12.345');
    expect(formatWholeNumber('az', 1e6)).toBe('1.000.000');
    expect(formatWholeNumber('ru', 1000)).toBe('1\u00A0000');
    expect(formatWholeNumber('lt', -7)).toBe('\u22127');
    expect(formatWholeNumber('ar', -999)).toBe('\u200E-999');
    expect(formatWholeNumber('en', 999)).toBe('999');
  });

  it('leaves to Intl what it does not know: fractions, unsafe integers, other languages and regions', () => {
    expect(formatWholeNumber('en', 1.5)).toBeNull();
    expect(formatWholeNumber('en', NaN)).toBeNull();
    expect(formatWholeNumber('en', Infinity)).toBeNull();
    expect(formatWholeNumber('en', 2 ** 60)).toBeNull();
    // Regions that group otherwise: "12,34,567", "1 234", "1'234", Eastern Arabic digits.
    for (const lang of ['en-IN', 'de-AT', 'de-CH', 'ru-UA', 'ar-EG', 'fr', 'EN', 'en-u-nu-arab', ''])
      expect(formatWholeNumber(lang, 1234), lang).toBeNull();
  });
});

describe('formatRoundedNumber', () => {
  it('rounds as Intl.NumberFormat(lang, { maximumFractionDigits: 0 }) does: halves away from zero, "-0" kept', () => {
    const values = Array.from({ length: 8001 }, (_, i) => (i - 4000) / 4);
    values.push(0.49999999999999994, 2.5000000000000004, -0.4, 68.3, 1234.5, 999.5, 1e15 + 0.5, 123456.789);
    for (const lang of TAGS) {
      const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
      for (const v of values) expect(formatRoundedNumber(lang, v), `${lang} ${v}`).toBe(intl.format(v));
    }
    expect(formatRoundedNumber('en', 999.5)).toBe('1,000');
    expect(formatRoundedNumber('en', -2.5)).toBe('-3');
    expect(formatRoundedNumber('en', NaN)).toBeNull();
  });
});

describe('wholeNumberPlural', () => {
  it('chooses the category Intl.PluralRules(lang).select chooses, for each shipped language and its regions', () => {
    const tags = [...TAGS, 'en-IN', 'de-AT', 'de-CH', 'ru-UA', 'ar-EG', 'ar-SA', 'az-Cyrl', 'az-AZ'];
    for (const lang of tags) {
      const rules = new Intl.PluralRules(lang);
      for (const n of wholeNumbers()) expect(wholeNumberPlural(lang, n), `${lang} ${n}`).toBe(rules.select(n));
    }
  });

  it('names the forms people use: Russian 1 / 3 / 5 / 11 / 21, Lithuanian 1 / 3 / 10 / 12, Arabic 0 / 2 / 3 / 11 / 100', () => {
    expect([1, 3, 5, 11, 21].map((n) => wholeNumberPlural('ru', n))).toEqual(['one', 'few', 'many', 'many', 'one']);
    expect([1, 3, 10, 12].map((n) => wholeNumberPlural('lt', n))).toEqual(['one', 'few', 'other', 'other']);
    expect([0, 2, 3, 11, 100].map((n) => wholeNumberPlural('ar', n))).toEqual(['zero', 'two', 'few', 'many', 'other']);
  });

  it('leaves fractions and other languages to Intl', () => {
    expect(wholeNumberPlural('lt', 1.5)).toBeNull();
    expect(wholeNumberPlural('fr', 1)).toBeNull();
    expect(wholeNumberPlural('constructor', 1)).toBeNull();
  });
});
