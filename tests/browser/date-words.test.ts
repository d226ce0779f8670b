import { expect } from '@esm-bundle/chai';
import { dateFormatter } from '../../src/data/format-date.js';

/**
 * The date words the elements write without Intl (the short day, a year, a month, a day in the shipped languages) are
 * the ones this browser's Intl writes: the unit test pins them against Node's ICU, this one against Chromium's.
 */

const TAGS = ['en', 'en-US', 'de', 'de-DE', 'lt', 'lt-LT', 'ru', 'ru-RU', 'ar'];
const SHAPES: Intl.DateTimeFormatOptions[] = [
  { year: 'numeric' },
  { year: 'numeric', month: 'long' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'short', day: 'numeric' },
];

describe('date words without Intl, as Chromium writes them', () => {
  it('every day of 2000 and 2023, and early years, in each shipped tag and shape', () => {
    const times: number[] = [];
    for (const year of [2000, 2023])
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) times.push(t);
    for (const year of [1, 44, 999, 1815, 9999]) {
      const date = new Date(Date.UTC(2000, 11, 31));
      date.setUTCFullYear(year);
      times.push(date.getTime());
    }
    for (const lang of TAGS)
      for (const options of SHAPES) {
        const intl = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
        const words = dateFormatter(lang, options);
        for (const time of times)
          expect(words.format(time), `${lang} ${JSON.stringify(options)} ${time}`).to.equal(intl.format(time));
      }
  });

  it('Azerbaijani: the month names the elements ship, also where Chromium has none', () => {
    const march5 = Date.UTC(2004, 2, 5);
    expect(dateFormatter('az', { year: 'numeric', month: 'long', day: 'numeric' }).format(march5)).to.equal(
      '5 mart 2004',
    );
    expect(dateFormatter('az', { year: 'numeric', month: 'long' }).format(march5)).to.equal('mart 2004');
  });
});
