import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../src/data/edtf.js';
import { formatEdtf, longYearWords } from '../../src/data/format-date.js';

function words(text: string, lang = 'en'): string {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.reason}`);
  // Intl puts narrow no-break spaces in some languages' dates; compare with plain spaces.
  return formatEdtf(result.value, lang).replace(/[\u202f\u00a0]/g, ' ');
}

describe('date words for times of day (issue 11, item 4)', () => {
  it('adds the time of day, 24-hour, to the day', () => {
    expect(words('1815-12-10T14:30Z')).toBe('December 10, 1815, 14:30');
    expect(words('1815-12-10T14:30Z', 'en-GB')).toBe('10 December 1815, 14:30');
    expect(words('2000-01-05T06:45:56Z')).toBe('January 5, 2000, 06:45:56');
  });

  it('shows the time as written, with its zone when that is not UTC', () => {
    expect(words('1815-12-10T14:30+02:00', 'en-GB')).toBe('10 December 1815, 14:30 UTC+02:00');
    // 23:30 at UTC−05:00 is already the 6th in UTC: the written day is kept.
    expect(words('2000-01-05T23:30-05:00', 'en-GB')).toBe('5 January 2000, 23:30 UTC−05:00');
  });

  it('words a time in every shipped language', () => {
    expect(words('1815-12-10T14:30Z', 'de')).toBe('10. Dezember 1815, 14:30');
    expect(words('1815-12-10T14:30Z', 'ru')).toBe('10 декабря 1815 г., 14:30');
    expect(words('1815-12-10T14:30Z', 'lt')).toMatch(/^1815 m\. gruodžio 10 d\., 14:30$/);
    expect(words('1815-12-10T14:30Z', 'az')).toMatch(/^10 dekabr 1815, 14:30$/);
    expect(words('1815-12-10T14:30Z', 'ar')).toMatch(/^.+، .+$/);
  });

  it('words an interval within one day as the day and two times', () => {
    expect(words('2000-01-05T06:45Z/2000-01-05T09:30Z', 'en-GB')).toBe('5 January 2000, 06:45 – 09:30');
    expect(words('2000-01-05T06:45Z/2000-01-06T09:30Z', 'en-GB')).toBe('5 January 2000, 06:45 – 6 January 2000, 09:30');
    expect(words('2000-01-05T06:45Z/..', 'en-GB')).toBe('since 5 January 2000, 06:45');
  });
});

describe('date words for deep time (issue 11, item 2)', () => {
  it('says billions and millions of years ago', () => {
    expect(words('Y-13800000000')).toBe('13.8 billion years ago');
    expect(words('Y-4600000000')).toBe('4.6 billion years ago');
    expect(words('Y-66000000')).toBe('66 million years ago');
    expect(words('Y-1000000')).toBe('1 million years ago');
    expect(words('Y-13800000000', 'de')).toBe('vor 13,8 Mrd. Jahren');
    expect(words('Y-4600000000', 'ru')).toBe('4,6 млрд лет назад');
    expect(words('Y-13800000000', 'lt')).toBe('prieš 13,8 mlrd. metų');
    expect(words('Y-13800000000', 'az')).toBe('13,8 milyard il əvvəl');
  });

  it('groups years of five digits and more, with the era word where it belongs', () => {
    expect(words('Y-170000')).toBe('170,001 BC');
    expect(words('Y-10000~')).toBe('about 10,001 BC');
    expect(words('-9999')).toBe('10,000 BC');
    expect(words('Y170000')).toBe('170,000');
    expect(words('Y-170000', 'de')).toBe('170.001 v. Chr.');
    expect(longYearWords(-999_998, 'en')).toBe('999,999 BC');
  });

  it('leaves the 7th century BCE and the 1800s as they were', () => {
    expect(words('-0600')).toBe('601 BC');
    expect(words('0650')).toBe('650');
    expect(words('1850')).toBe('1850');
    expect(words('Y-4600000000/Y-4000000000')).toBe('4.6 billion years ago – 4 billion years ago');
    expect(words('Y-13800000000/2000')).toBe('13.8 billion years ago – 2000');
  });
});
