import { expect } from '@esm-bundle/chai';
import '../../src/timeline/timeline.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { dataset } from '../../bench/dataset.js';
import { formatNumber, loadLanguage } from '../../src/common/i18n.js';
import { dateFormatter } from '../../src/data/format-date.js';
import { formatWholeNumber } from '../../src/data/shipped-numbers.js';
import { frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';

// Issue 14, item 3: a page's first Intl.NumberFormat or DateTimeFormat costs 20–40 ms of ICU set-up, more than drawing
// 1,000 events; a first render of counts and year ticks makes none. This file runs in a page of its own, so nothing
// made by another test hides a construction here.

type Counted = 'NumberFormat' | 'DateTimeFormat' | 'PluralRules';
const COUNTED: readonly Counted[] = ['NumberFormat', 'DateTimeFormat', 'PluralRules'];
const made: Counted[] = [];
const originals = new Map<Counted, unknown>();

function countIntl(): void {
  for (const name of COUNTED) {
    const original = Intl[name];
    originals.set(name, original);
    const counting = new Proxy(original, {
      construct(target, args: unknown[]) {
        made.push(name);
        return Reflect.construct(target, args) as object;
      },
    });
    Object.defineProperty(Intl, name, { value: counting, configurable: true, writable: true });
  }
}

function restoreIntl(): void {
  for (const [name, original] of originals)
    Object.defineProperty(Intl, name, { value: original, configurable: true, writable: true });
  originals.clear();
}

const DAY_OPTIONS = { year: 'numeric', month: 'short', day: 'numeric' } as const;
const SHORT_DAY = { ...DAY_OPTIONS, timeZone: 'UTC' } as const;

async function mountTimeline(lang: string): Promise<RelationsTimeline> {
  const timeline = mount<RelationsTimeline>(
    `<relations-timeline lang="${lang}"></relations-timeline>`,
    'width: 960px; height: 360px',
  );
  const ready = waitFor(timeline, 'relations-ready');
  timeline.data = dataset(1000);
  await ready;
  await frame();
  return timeline;
}

describe('text on the first render (no Intl object made)', () => {
  afterEach(() => {
    restoreIntl();
    made.length = 0;
    unmountAll();
  });

  it('a timeline of 1,000 events over 33 years draws its counts, year ticks and window words without Intl', async () => {
    countIntl();
    const timeline = await mountTimeline('en');
    const labels = shadowQueryAll(timeline, '.tick-label').map((t) => t.textContent);
    const label = shadowQuery(timeline, '.plot')!.getAttribute('aria-label');
    expect(made).to.deep.equal([]);
    restoreIntl();
    expect(labels).to.include.members(['1990', '2000', '2010', '2020']);
    const day = new Intl.DateTimeFormat('en', SHORT_DAY);
    const { start, end } = timeline.range!;
    expect(label).to.equal(
      `Timeline of ${new Intl.NumberFormat('en').format(1000)} events, ${day.format(start)} to ${day.format(end)}. ` +
        'Arrow keys move between events, Enter selects, plus and minus zoom, Escape clears.',
    );
  });

  it('in Russian too: "1 000 событий" (a no-break space), the form PluralRules picks', async () => {
    await loadLanguage('ru');
    countIntl();
    const timeline = await mountTimeline('ru');
    const label = shadowQuery(timeline, '.plot')!.getAttribute('aria-label')!;
    expect(made).to.deep.equal([]);
    restoreIntl();
    expect(new Intl.PluralRules('ru').select(1000)).to.equal('many');
    expect(label).to.contain(`${new Intl.NumberFormat('ru').format(1000)} событий`);
    expect(label).to.contain('1\u00A0000 событий');
  });

  it('day ticks make their date formatter when they are drawn, and read as Intl writes them', async () => {
    const timeline = await mountTimeline('en');
    countIntl();
    timeline.zoomTo('2006-06-01', '2006-06-20');
    await until(
      () => shadowQueryAll(timeline, '.tick-label').some((t) => /Jun/.test(t.textContent ?? '')),
      'day ticks',
    );
    await frame();
    expect(made).to.include('DateTimeFormat');
    restoreIntl();
    const short = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat('en', SHORT_DAY);
    const ticks = shadowQueryAll(timeline, '.tick').filter((t) => t.querySelector('.tick-label'));
    expect(ticks.length).to.be.greaterThan(2);
    for (const tick of ticks) {
      const time = Number(tick.getAttribute('data-time'));
      expect([short.format(time), long.format(time)]).to.include(tick.querySelector('.tick-label')!.textContent);
    }
  });
});

describe("the shipped languages' numbers and days, against this browser's Intl", () => {
  it('whole numbers read as Intl.NumberFormat writes them (Azerbaijani as CLDR writes it, "1.000")', () => {
    const values = [0, 7, 999, 1000, 12345, 1e6, 123456789, -1, -1000, -12345];
    for (const lang of ['en', 'en-US', 'en-GB', 'de', 'de-DE', 'lt', 'lt-LT', 'ru', 'ru-RU', 'ar']) {
      const intl = new Intl.NumberFormat(lang);
      for (const n of values) expect(formatNumber(lang, n), `${lang} ${n}`).to.equal(intl.format(n));
    }
    // This Chromium has no Azerbaijani number data (it writes the root locale's "1,000").
    expect([1000, 12345, -1000].map((n) => formatWholeNumber('az', n))).to.deep.equal(['1.000', '12.345', '-1.000']);
    expect(formatNumber('en', 1.5)).to.equal('1.5');
    expect(formatNumber('fr', 1000)).to.equal(new Intl.NumberFormat('fr').format(1000));
  });

  it('short days read as Intl.DateTimeFormat writes them (Azerbaijani from the month names it lacks here)', () => {
    for (const lang of ['en', 'en-US', 'de', 'de-DE', 'lt', 'lt-LT', 'ru', 'ru-RU', 'ar']) {
      const intl = new Intl.DateTimeFormat(lang, SHORT_DAY);
      for (let month = 0; month < 12; month++) {
        const time = Date.UTC(2006, month, month + 8);
        expect(dateFormatter(lang, DAY_OPTIONS).format(time), `${lang} ${month}`).to.equal(intl.format(time));
      }
    }
    expect(dateFormatter('az', DAY_OPTIONS).format(Date.UTC(2006, 5, 8))).to.equal('8 iyn 2006');
  });
});
