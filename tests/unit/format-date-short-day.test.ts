import { describe, expect, it } from 'vitest';
import { dateFormatter, yearWords } from '../../src/data/format-date.js';

const SHORT_DAY = { year: 'numeric', month: 'short', day: 'numeric' } as const;
const TAGS = ['en', 'en-US', 'de', 'de-DE', 'az', 'lt', 'lt-LT', 'ru', 'ru-RU', 'ar'];
const DAY = 86_400_000;

function utc(year: number, month = 0, day = 1): number {
  const date = new Date(Date.UTC(2000, month, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** Every day of a leap year and two common ones, the first and last day of early and late years, times of day. */
function days(): number[] {
  const times: number[] = [];
  for (const year of [1988, 2000, 2023]) for (let t = utc(year); t < utc(year + 1); t += DAY) times.push(t);
  for (const year of [1, 9, 44, 99, 100, 999, 1000, 1815, 9999]) times.push(utc(year), utc(year, 11, 31));
  times.push(utc(2006, 5, 8) + 14 * 3_600_000 + 5 * 60_000, utc(2006, 5, 8) + DAY - 1);
  return times;
}

describe('dateFormatter, short day ("Jun 8, 2006")', () => {
  it('writes each day exactly as Intl.DateTimeFormat(lang, { year, month: short, day }) does, in each listed tag', () => {
    for (const lang of TAGS) {
      const intl = new Intl.DateTimeFormat(lang, { ...SHORT_DAY, timeZone: 'UTC' });
      const format = dateFormatter(lang, SHORT_DAY);
      for (const time of days())
        expect(format.format(time), `${lang} ${new Date(time).toISOString()}`).toBe(intl.format(time));
    }
  });

  it('reads as people write it in each language', () => {
    const june8 = utc(2006, 5, 8);
    expect(TAGS.filter((l) => !l.includes('-')).map((lang) => dateFormatter(lang, SHORT_DAY).format(june8))).toEqual([
      'Jun 8, 2006',
      '8. Juni 2006',
      '8 iyn 2006',
      '2006-06-08',
      '8 июн. 2006 г.',
      '8 يونيو 2006',
    ]);
  });

  it('leaves years before the common era, ranges and other tags to Intl', () => {
    const intl = (lang: string) => new Intl.DateTimeFormat(lang, { ...SHORT_DAY, timeZone: 'UTC' });
    for (const time of [utc(0, 5, 8), utc(-43, 2, 15), utc(10_000, 0, 1), utc(200_000, 0, 1)])
      expect(dateFormatter('en', SHORT_DAY).format(time)).toBe(intl('en').format(time));
    const [a, b] = [utc(2006, 5, 8), utc(2006, 5, 9)];
    expect(dateFormatter('en', SHORT_DAY).formatRange(a, b)).toBe(intl('en').formatRange(a, b));
    expect(dateFormatter('ru', SHORT_DAY).formatRange(a, b)).toBe(intl('ru').formatRange(a, b));
    for (const lang of ['en-GB', 'de-AT', 'ar-EG', 'fr'])
      expect(dateFormatter(lang, SHORT_DAY).format(a), lang).toBe(intl(lang).format(a));
  });
});

describe('dateFormatter, the words of a year, a month and a day ("2004", "March 2004", "March 5, 2004")', () => {
  const SHAPES = [
    { year: 'numeric' },
    { year: 'numeric', month: 'long' },
    { year: 'numeric', month: 'long', day: 'numeric' },
  ] as const;

  it('writes each day exactly as Intl.DateTimeFormat(lang, options) does, in each listed tag and shape', () => {
    for (const lang of TAGS)
      for (const options of SHAPES) {
        const intl = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
        const format = dateFormatter(lang, options);
        for (const time of days())
          expect(format.format(time), `${lang} ${JSON.stringify(options)} ${new Date(time).toISOString()}`).toBe(
            intl.format(time),
          );
      }
  });

  it('reads as people write it in each language', () => {
    const march5 = utc(2004, 2, 5);
    const words = (options: Intl.DateTimeFormatOptions) =>
      TAGS.filter((l) => !l.includes('-')).map((lang) => dateFormatter(lang, options).format(march5));
    expect(words(SHAPES[1])).toEqual([
      'March 2004',
      'März 2004',
      'mart 2004',
      '2004 m. kovas',
      'март 2004 г.',
      'مارس 2004',
    ]);
    expect(words(SHAPES[2])).toEqual([
      'March 5, 2004',
      '5. März 2004',
      '5 mart 2004',
      '2004 m. kovo 5 d.',
      '5 марта 2004 г.',
      '5 مارس 2004',
    ]);
  });

  it('leaves eras, years outside 1–9999, ranges and other tags to Intl', () => {
    const day = { year: 'numeric', month: 'long', day: 'numeric' } as const;
    const intl = (lang: string, options: Intl.DateTimeFormatOptions = day) =>
      new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    for (const time of [utc(0, 5, 8), utc(-43, 2, 15), utc(10_000, 0, 1)])
      expect(dateFormatter('en', day).format(time)).toBe(intl('en').format(time));
    const era = { year: 'numeric', era: 'short' } as const;
    expect(dateFormatter('en', era).format(utc(-43, 2, 15))).toBe(intl('en', era).format(utc(-43, 2, 15)));
    const [a, b] = [utc(2006, 5, 8), utc(2006, 5, 9)];
    expect(dateFormatter('lt', day).formatRange(a, b)).toBe(intl('lt').formatRange(a, b));
    for (const lang of ['en-GB', 'de-AT', 'ar-EG', 'fr'])
      expect(dateFormatter(lang, day).format(a), lang).toBe(intl(lang).format(a));
  });
});

describe('yearWords', () => {
  it('groups years of five digits and more as Intl does ("170,000", "10.000"), from the table in the shipped languages', () => {
    for (const lang of TAGS) {
      const grouped = new Intl.NumberFormat(lang, { useGrouping: true });
      for (const year of [10_000, 12_345, 99_999, 170_000, 275_000, 1_000_000])
        expect(yearWords(year, lang), `${lang} ${year}`).toBe(grouped.format(year));
    }
    expect(yearWords(170_000, 'en')).toBe('170,000');
    expect(yearWords(1988, 'de')).toBe('1988');
  });
});
