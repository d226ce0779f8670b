import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/data/diagnostics.js';
import {
  fetchDataset,
  loadDatasetText,
  loadDatasetValue,
  loadTimelineJs,
  needsTimelineJs,
} from '../../src/data/load.js';
import {
  edtfFromSlideDate,
  edtfYear,
  isTimelineJsCsv,
  isTimelineJsJson,
  parseSheetTime,
  plainText,
  timelineJsCsvToDataset,
} from '../../src/data/timelinejs.js';

/** TimelineJS3's own example files (tests/fixtures/README.md), loaded as `src` loads them. */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/timelinejs/${name}`, import.meta.url), 'utf8');
const hostile = (name: string) =>
  readFileSync(new URL(`../fixtures/timelinejs-hostile/${name}`, import.meta.url), 'utf8');
const line = (d: Diagnostic) => `${d.severity} ${d.code} ${formatDiagnostic(d)}`;

const EXPECTED: Record<
  string,
  { events: number; places: number; categories: string[]; eras: number; diagnostics: string[] }
> = {
  'all-media-types.json': {
    events: 41,
    places: 0,
    categories: ['video', 'social-media', 'audio', 'html', 'image', 'other'],
    eras: 0,
    diagnostics: [
      'warning unknown-field TimelineJS "background" ignored: slide backgrounds are not drawn (7 times)',
      'warning unknown-field media written as HTML (a blockquote, an iframe, an embed code) left out: only media addresses are kept (3 times)',
      'warning unknown-field TimelineJS "media.link" ignored: it is not used here (4 times)',
      'warning unknown-field TimelineJS "media.link_target" ignored: it is not used here (3 times)',
      'warning unknown-field the title slide\'s "background" ignored: slide backgrounds are not drawn',
      "warning unknown-field the title slide's media ignored: the title has no picture here",
    ],
  },
  'contrib-women_in_computing.csv': {
    events: 10,
    places: 0,
    categories: ['other'],
    eras: 0,
    diagnostics: [
      'warning unknown-field media written as HTML (a blockquote, an iframe, an embed code) left out: only media addresses are kept',
      'warning unknown-field TimelineJS "background" ignored: slide backgrounds are not drawn',
      'warning unknown-field the title slide\'s "background" ignored: slide backgrounds are not drawn',
    ],
  },
  'cosmo-mixed.json': {
    events: 11,
    places: 0,
    categories: ['other'],
    eras: 0,
    diagnostics: [
      'warning unknown-field TimelineJS "background" ignored: slide backgrounds are not drawn (11 times)',
      'warning unknown-field HTML in headlines ignored: a headline is shown as plain text (2 times)',
      "warning unknown-field the title slide's media ignored: the title has no picture here",
    ],
  },
  'cosmo.json': {
    events: 7,
    places: 0,
    categories: ['other'],
    eras: 0,
    diagnostics: [
      'warning unknown-field TimelineJS "background" ignored: slide backgrounds are not drawn (7 times)',
      'warning unknown-field the title slide\'s "background" ignored: slide backgrounds are not drawn',
      "warning unknown-field the title slide's media ignored: the title has no picture here",
    ],
  },
  'eras.json': {
    events: 20,
    places: 0,
    categories: ['other'],
    eras: 3,
    diagnostics: ['warning unknown-field TimelineJS "background" ignored: slide backgrounds are not drawn (7 times)'],
  },
  'houston-timeline3.json': {
    events: 18,
    places: 0,
    categories: ['other'],
    eras: 0,
    diagnostics: [
      'warning unknown-field media with a relative address left out: only absolute http: and https: addresses are kept',
      'warning unknown-field HTML in headlines ignored: a headline is shown as plain text',
      "warning unknown-field the title slide's media ignored: the title has no picture here",
    ],
  },
  'my-own-timeline.csv': {
    events: 10,
    places: 0,
    categories: ['other'],
    eras: 0,
    diagnostics: [
      'warning unknown-field media written as HTML (a blockquote, an iframe, an embed code) left out: only media addresses are kept',
      'warning unknown-field TimelineJS "background" ignored: slide backgrounds are not drawn',
      'warning unknown-field the title slide\'s "background" ignored: slide backgrounds are not drawn',
    ],
  },
  'republican-timeline3.json': {
    events: 13,
    places: 0,
    categories: ['other'],
    eras: 0,
    diagnostics: [
      'warning unknown-field TimelineJS "scale" ignored: the timeline chooses its own scale',
      'warning unknown-field media written as HTML (a blockquote, an iframe, an embed code) left out: only media addresses are kept (2 times)',
    ],
  },
  'twain-marktwain.json': {
    events: 17,
    places: 11,
    categories: ['other'],
    eras: 0,
    diagnostics: [
      'warning missing-field events: 4 slides have no headline: the first words of the text (or of the media caption) are the title',
      'warning unknown-field TimelineJS "location.icon" ignored: places are drawn with the map\'s own markers (12 times)',
      'warning unknown-field TimelineJS "location.line" ignored: the map draws no lines between slides (10 times)',
      'warning unknown-field TimelineJS "location.zoom" ignored: the map fits its own view (12 times)',
      'warning unknown-field TimelineJS "background" ignored: slide backgrounds are not drawn (6 times)',
      "warning unknown-field the title slide's media ignored: the title has no picture here",
    ],
  },
};

// Runs first: the reader is a chunk of its own, fetched by the loader when a file needs it.
describe('the TimelineJS reader, fetched when a file needs it', () => {
  it('a sync load before it is fetched says so instead of misreading the file', () => {
    const text = fixture('houston-timeline3.json');
    expect(needsTimelineJs(text)).toBe(true);
    expect(needsTimelineJs(fixture('my-own-timeline.csv'))).toBe(true);
    expect(needsTimelineJs('{"meta": {"title": "x"}, "events": [], "places": []}')).toBe(false);
    expect(loadDatasetText(text).diagnostics.map(line)).toEqual([
      'error invalid-dataset this is a TimelineJS file, and the TimelineJS reader is not loaded: call loadTimelineJs() first',
    ]);
  });

  it('fetchDataset fetches the reader itself', async () => {
    const body = fixture('my-own-timeline.csv');
    const fakeFetch = (async () => new Response(body, { headers: { 'content-type': 'text/csv' } })) as typeof fetch;
    const { dataset } = await fetchDataset('https://example.org/sheet.csv', { fetch: fakeFetch });
    expect(dataset.events).toHaveLength(10);
    expect(needsTimelineJs(body)).toBe(false);
  });
});

describe('TimelineJS3 example files load as they are', () => {
  beforeAll(loadTimelineJs);
  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name}: ${want.events} events, ${want.places} places, ${want.categories.length} lanes, ${want.eras} eras, and exactly these diagnostics`, () => {
      const { dataset, diagnostics } = loadDatasetText(fixture(name));
      expect(dataset.events).toHaveLength(want.events);
      expect(dataset.places).toHaveLength(want.places);
      expect(dataset.categories.map((c) => c.id)).toEqual(want.categories);
      expect(dataset.eras).toHaveLength(want.eras);
      expect(diagnostics.map(line)).toEqual(want.diagnostics);
    });
  }

  it('parser_test.csv (not a TimelineJS sheet) goes the ordinary CSV way', () => {
    const text = fixture('parser_test.csv');
    expect(isTimelineJsCsv(text)).toBe(false);
    const { dataset, diagnostics } = loadDatasetText(text);
    expect(dataset.events).toHaveLength(0);
    expect(diagnostics.map((d) => d.code)).toEqual([
      'unknown-field',
      'missing-field',
      'missing-field',
      'missing-field',
      'empty-dataset',
    ]);
  });

  it('my-own-timeline.csv: the title row is the meta, Ada Lovelace spans her life, media keeps its credit and caption', () => {
    const { dataset } = loadDatasetText(fixture('my-own-timeline.csv'));
    expect(dataset.meta.title).toBe('MY OWN CSV');
    expect(dataset.meta.description).toMatch(/^In this sample timeline, we'll walk you through .* computer science\.$/);
    const ada = dataset.events.find((e) => e.title === 'Ada Lovelace')!;
    expect(ada.id).toBe('ada-lovelace-1815-12-10_1852-11-27');
    expect(ada.date).toBe('1815-12-10/1852-11-27');
    expect(ada.when.start).toBe(Date.UTC(1815, 11, 10));
    expect(ada.when.end).toBe(Date.UTC(1852, 10, 28));
    expect(ada.category).toBe('other');
    expect(ada.media).toEqual({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      credit: 'Wikimedia Commons',
      caption:
        '<a href="https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg" title="">Portrait by Alfred Edward Chalon</a>',
    });
    expect(dataset.events.find((e) => e.title === '...And the women who made it work')!.date).toBe('1943-07/1946');
  });

  it('its slides, in the file’s order, are a story: one step per slide, selecting that slide’s event', () => {
    const text = fixture('houston-timeline3.json');
    const raw = JSON.parse(text) as { events: unknown[] };
    const { dataset } = loadDatasetText(text);
    const steps = dataset.story!.steps;
    expect(steps.length).toBe(raw.events.length);
    expect(steps.slice(0, 2).map((step) => [step.id, step.title, step.events])).toEqual([
      ['a-musical-heritage-1963-08-09', 'A Musical Heritage', ['a-musical-heritage-1963-08-09']],
      ['first-recording-1978', 'First Recording', ['first-recording-1978']],
    ]);
    expect(steps.every((step) => dataset.eventById.has(step.events![0]))).toBe(true);
  });

  it('a slide the checks reject is no step of the story, and is reported once', () => {
    const { dataset, diagnostics } = loadDatasetValue({
      events: [
        { start_date: { year: 2000 }, text: { headline: 'Kept' } },
        { start_date: { year: 2000, month: 2, day: 30 }, text: { headline: 'No such day' } },
      ],
    });
    expect(dataset.story?.steps.map((step) => step.title)).toEqual(['Kept']);
    expect(diagnostics.filter((d) => d.collection === 'story')).toEqual([]);
  });

  it('made-up ids are the same on every load', () => {
    const ids = () => loadDatasetText(fixture('houston-timeline3.json')).dataset.events.map((e) => e.id);
    expect(ids()).toEqual(ids());
    expect(ids().slice(0, 3)).toEqual([
      'a-musical-heritage-1963-08-09',
      'early-album-credits-1978',
      'first-recording-1978',
    ]);
  });

  it("houston-timeline3.json: the headline's <br/> becomes a space, protocol-relative media becomes https", () => {
    const { dataset } = loadDatasetText(fixture('houston-timeline3.json'));
    expect(dataset.meta.title).toBe('Whitney Houston 1963 - 2012');
    expect(dataset.events.find((e) => e.id === 'whitney-houston-1963-2012-2012-02-11')!.media?.url).toBe(
      'https://twitter.com/Blavity/status/851872780949889024',
    );
  });

  it('eras.json: eras become intervals, in order of start', () => {
    const { dataset } = loadDatasetText(fixture('eras.json'));
    expect(dataset.eras.map((e) => [e.id, e.title, e.date])).toEqual([
      ['era-test-600-650-0600_0650', 'Era Test 600-650', '0600/0650'],
      ['era-test-650-700-0650_0700', 'Era Test 650-700', '0650/0700'],
      ['era-test-700-720-0700_0720', 'Era Test 700-720', '0700/0720'],
    ]);
  });

  it('cosmo-mixed.json: years beyond four digits take the Y prefix, BCE years a sign', () => {
    const { dataset } = loadDatasetText(fixture('cosmo-mixed.json'));
    expect(dataset.events.map((e) => e.date)).toEqual([
      'Y-13800000000',
      'Y-4600000000',
      'Y-540000000',
      'Y-300000',
      '-3500',
      '-0300',
      '1021',
      '1609-11',
      '1826',
      '1969-07-20',
      '1990-04-25',
    ]);
    expect(dataset.events[5].title).toBe("Euclid's Optica");
  });

  it('twain-marktwain.json: a location becomes a place, deduplicated by coordinates; times of day are kept', () => {
    const { dataset } = loadDatasetText(fixture('twain-marktwain.json'));
    expect(dataset.places.slice(0, 2)).toEqual([
      { id: 'florida-missouri', name: 'Florida, Missouri', lat: 39.491711, lon: -91.79326, kinds: [] },
      { id: 'florida-missouri-2', name: 'Florida, Missouri', lat: 39.501711, lon: -91.94326, kinds: [] },
    ]);
    const florida = dataset.eventById.get('florida-missouri-2000-01-05T06:45:56')!;
    expect(florida.date).toBe('2000-01-05T06:45:56');
    expect(florida.places).toEqual(['florida-missouri']);
    // "Travels" (1930) and "Financial" (1991) share coordinates: one place.
    expect(dataset.eventById.get('financial-1991-01-05T06:45:56')!.places).toEqual(['travels']);
    expect(dataset.eventsByPlace.get('travels')!.map((e) => e.title)).toEqual(['Travels', 'Financial']);
    expect(dataset.eventById.get('a-tweet-1900-01-06T06:45:56')!.title).toBe('a tweet');
  });

  it('all-media-types.json: groups become lanes with their names, in order of appearance', () => {
    const { dataset } = loadDatasetText(fixture('all-media-types.json'));
    expect(dataset.meta.categories).toEqual({
      video: 'Video',
      'social-media': 'Social Media',
      audio: 'Audio',
      html: 'HTML',
      image: 'Image',
    });
    expect(dataset.categories.find((c) => c.id === 'other')!.label).toBe('Other');
  });
});

describe('display dates, times of day and detection', () => {
  beforeAll(loadTimelineJs);
  const sheet = [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    '1815,12,10,10:30 PM,,,,,"Winter, 1815",Ada Lovelace is born,,,,,,,People,',
    '1943,,,,1945,,,,,The war years,,,,,,era,,',
    '1948,3,14,25:00,,,,,,Bad time,,,,,,,,',
    '1950,2,30,,,,,,,Bad day,,,,,,,,',
    ',,,,,,,,,No year,,,,,,,,',
    '2000,,,,1999,,,,,Backwards,,,,,,,,',
  ].join('\n');

  it('a sheet with a display date, a time, an era and bad rows: each bad row reported with its row', () => {
    const { dataset, diagnostics } = loadDatasetText(sheet);
    expect(dataset.events.map((e) => [e.id, e.date, e.displayDate, e.category])).toEqual([
      ['ada-lovelace-is-born-1815-12-10T22:30', '1815-12-10T22:30', 'Winter, 1815', 'people'],
    ]);
    expect(dataset.meta.categories).toEqual({ people: 'People' });
    expect(dataset.eras.map((e) => [e.title, e.date])).toEqual([['The war years', '1943/1945']]);
    expect(diagnostics.map(line)).toEqual([
      'error invalid-date events row 4: Time "25:00" is not a time such as 10:30 PM, 22:30 or 22:30:15; the row is skipped',
      'error invalid-date events row 5 (id "bad-day"): start_date day 30 is not 1–28 in that month; the slide is skipped',
      'error invalid-date events row 6 (id "no-year"): the slide has no start_date; the slide is skipped',
      'error invalid-date events row 7 (id "backwards-2000_1999"): "2000/1999": the interval ends before it starts',
    ]);
  });

  it("a JSON display_date, the slide's or its start date's, becomes displayDate", () => {
    const { dataset } = loadDatasetValue({
      events: [
        { start_date: { year: 1815, display_date: 'Spring 1815' }, text: { headline: 'A' } },
        { start_date: { year: 1816 }, display_date: 'The year without a summer', text: { headline: 'B' } },
        {
          start_date: { year: 1817, display_date: '1817' },
          end_date: { year: 1818, display_date: '1818' },
          text: { headline: 'C' },
        },
      ],
    });
    expect(dataset.events.map((e) => e.displayDate)).toEqual([
      'Spring 1815',
      'The year without a summer',
      '1817 – 1818',
    ]);
    expect(dataset.meta.title).toBe('Untitled data set');
  });

  it('the same unique_id twice: the second is suffixed and reported', () => {
    const { dataset, diagnostics } = loadDatasetValue({
      events: [
        { unique_id: 'x', start_date: { year: 2000 }, text: { headline: 'A' } },
        { unique_id: 'x', start_date: { year: 2001 }, text: { headline: 'B' } },
      ],
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['x', 'x-2']);
    expect(diagnostics.map(line)).toEqual([
      'warning duplicate-id events[1] (id "x-2"): unique_id "x" is used by an earlier slide: this one gets the id "x-2"',
    ]);
  });

  it("a date the checks reject is reported at the slide's index in the file", () => {
    const { diagnostics } = loadDatasetValue({
      title: { text: { headline: 'T' } },
      events: [
        { start_date: { month: 1 }, text: { headline: 'no year' } },
        { start_date: { year: 2000 }, end_date: { year: 1999 }, text: { headline: 'backwards' } },
      ],
    });
    expect(diagnostics.map(line)).toEqual([
      'error invalid-date events[0] (id "no-year"): start_date has no year; the slide is skipped',
      'error invalid-date events[1] (id "backwards-2000_1999"): "2000/1999": the interval ends before it starts',
      'warning empty-dataset the data set has no events and no places',
    ]);
  });

  it('EDTF from TimelineJS dates at the precision given', () => {
    expect(edtfFromSlideDate({ year: '1815' }, 'start_date')).toEqual({ ok: true, text: '1815', dropped: [] });
    expect(edtfFromSlideDate({ year: '1815', month: '12' }, 'start_date')).toEqual({
      ok: true,
      text: '1815-12',
      dropped: [],
    });
    expect(edtfFromSlideDate({ year: 1815, month: 12, day: 10, hour: 14, minute: 30 }, 'start_date')).toEqual({
      ok: true,
      text: '1815-12-10T14:30',
      dropped: [],
    });
    expect(
      edtfFromSlideDate(
        { year: '2000', month: '01', day: '05', hour: '6', minute: '45', second: '56', millisecond: '5' },
        'end_date',
      ),
    ).toEqual({
      ok: true,
      text: '2000-01-05T06:45:56',
      dropped: ['end_date.millisecond'],
    });
    expect(edtfFromSlideDate({ year: '1,815' }, 'start_date')).toEqual({ ok: true, text: '1815', dropped: [] });
    expect(edtfFromSlideDate({ year: 'soon' }, 'start_date')).toEqual({
      ok: false,
      reason: 'start_date year "soon" is not a whole number',
    });
    expect(edtfFromSlideDate({ year: 2000, month: 13 }, 'start_date')).toEqual({
      ok: false,
      reason: 'start_date month 13 is not 1–12',
    });
  });

  it('EDTF years: four digits with a sign, or the Y prefix', () => {
    expect(edtfYear('99999999999999999999999')).toBe('Y99999999999999999999999');
    expect(edtfYear('-0')).toBe('0000');
    expect(edtfYear('-044')).toBe('-0044');
    expect([650, -44, 0, 1815, 9999, 10000, -13800000000].map(edtfYear)).toEqual([
      '0650',
      '-0044',
      '0000',
      '1815',
      '9999',
      'Y10000',
      'Y-13800000000',
    ]);
  });

  it('times of day as the sheet holds them', () => {
    expect(parseSheetTime('10:30 PM')).toEqual({ hour: 22, minute: 30 });
    expect(parseSheetTime('12:05 am')).toEqual({ hour: 0, minute: 5 });
    expect(parseSheetTime('22:30')).toEqual({ hour: 22, minute: 30 });
    expect(parseSheetTime('10:30:15')).toEqual({ hour: 10, minute: 30, second: 15 });
    expect(parseSheetTime('10:30:15.5')).toEqual({ hour: 10, minute: 30, second: 15 });
    expect(parseSheetTime('1030')).toEqual({ hour: 10, minute: 30 });
    expect(parseSheetTime('9 p.m.')).toEqual({ hour: 21 });
    expect(parseSheetTime('25:00')).toBeNull();
    expect(parseSheetTime('13:00 PM')).toBeNull();
    expect(parseSheetTime('noon')).toBeNull();
  });

  it('detection from the content, any case and column order', () => {
    expect(isTimelineJsCsv('headline,YEAR,month,Text\n')).toBe(true);
    expect(isTimelineJsCsv('\uFEFFYear;Month;Day;Headline\n')).toBe(true);
    expect(isTimelineJsCsv('id,date,title\n')).toBe(false);
    expect(isTimelineJsCsv('year,headline\n')).toBe(false);
    expect(isTimelineJsJson({ events: [{ start_date: { year: 1 } }] })).toBe(true);
    expect(isTimelineJsJson({ title: { text: { headline: 'x' } }, events: [] })).toBe(true);
    expect(isTimelineJsJson({ events: [{ id: 'a', date: '2000', title: 'A', places: [] }], places: [] })).toBe(false);
    expect(isTimelineJsJson([])).toBe(false);
  });

  it('plain text of headlines: tags, scripts and style sheets out, entities read', () => {
    expect(plainText('Whitney Houston<br/> 1963 - 2012')).toBe('Whitney Houston 1963 - 2012');
    expect(plainText('Euclid&#39;s <i>Optica</i> &amp; more&nbsp;')).toBe("Euclid's Optica & more");
    expect(plainText('<script>alert(1)</script><style>*{}</style>Text<img src=x onerror=alert(1)>')).toBe('Text');
  });

  it('a CSV conversion keeps the rows of its events for the checks', () => {
    const conversion = timelineJsCsvToDataset(sheet);
    expect(conversion.origin.events).toEqual([2, 7]);
    expect(conversion.origin.eras).toEqual([3]);
  });
});

describe('hostile TimelineJS files', () => {
  beforeAll(loadTimelineJs);
  it('JSON: markup stays a string, scripts and javascript: media never become media or links', () => {
    const { dataset, diagnostics } = loadDatasetText(hostile('hostile.json'));
    expect(dataset.meta.title).toBe('Hostile timeline');
    expect(dataset.meta.description).toBe('Intro');
    const [first, second, third] = dataset.events;
    expect(first.id).toBe('script-window-pwned-id-script');
    expect(first.title).toBe('First');
    expect(first.displayDate).toBe('<img src=x onerror="window.__pwned = \'date\'">Autumn 1991');
    expect(first.media).toBeUndefined();
    expect(first.category).toBe('lane');
    expect(dataset.meta.categories).toEqual({ lane: 'Lane' });
    expect(dataset.places).toEqual([{ id: 'baku', name: 'Baku', lat: 40.4, lon: 49.9, kinds: [] }]);
    expect(second.media).toEqual({
      url: 'https://example.org/picture.jpg',
      caption: '<a href="javascript:window.__pwned = \'caption-link\'">a caption</a>',
    });
    expect(third.media).toBeUndefined();
    expect(dataset.eras.map((e) => e.title)).toEqual(['Era one']);
    expect(diagnostics.map(line)).toEqual([
      'warning invalid-record events[0] (id "script-window-pwned-id-script"): unique_id ""><script>window.__pwned = \'id\'</script>" is not a valid id: it becomes "script-window-pwned-id-script"',
      'warning unknown-field HTML in headlines ignored: a headline is shown as plain text',
      'warning unknown-field media left out: only http: and https: addresses are kept (3 times)',
    ]);
  });

  it('CSV: the same, and a formula in the Year column is a bad year, reported with its row', () => {
    const { dataset, diagnostics } = loadDatasetText(hostile('hostile.csv'));
    expect(dataset.meta.title).toBe('Hostile sheet');
    expect(dataset.meta.description).toBe('Intro');
    expect(dataset.events.map((e) => [e.title, e.date, e.displayDate, e.media])).toEqual([
      ['First', '1991-09-10T22:30', '<img src=x onerror="window.__pwned = \'date\'">Late 1991', undefined],
    ]);
    expect(dataset.events[0].description).toBe(
      "<a href=\"javascript:window.__pwned = 'link'\">click</a><script>window.__pwned = 'text'</script>",
    );
    expect(diagnostics.map(line)).toEqual([
      'error invalid-date events row 5 (id "formula"): start_date year "=HYPERLINK("javascript:window.__pwned = \'formula\'")" is not a whole number; the slide is skipped',
      'warning unknown-field HTML in headlines ignored: a headline is shown as plain text',
      'warning unknown-field media left out: only http: and https: addresses are kept',
    ]);
  });
});

describe('odd TimelineJS files never throw', () => {
  beforeAll(loadTimelineJs);

  const odd: unknown[] = [
    { events: [{ start_date: null }] },
    { events: [{ start_date: { year: null, month: {} } }, null, 3, 'x'], title: { text: { headline: 7 } } },
    { events: [{ start_date: { year: '2000' }, text: 'not an object', media: 'x', location: 'y', group: 5 }] },
    { events: [{ start_date: { year: '2000', display_date: 'Y2K' }, location: { lat: '91', lon: 0 } }], eras: 'none' },
    { events: [{ start_date: { year: '2000' }, location: { lat: 'north', lon: null } }] },
    { title: { text: {} }, events: 'many', eras: [{ start_date: { year: 1 }, end_date: { year: 'x' } }, [], null] },
    { events: [{ start_date: { year: '99999999999999999999999' } }] },
    { events: [{ start_date: { year: '1', month: '1', day: '1', hour: '1', minute: '99' } }] },
  ];

  it('each is loaded or reported', () => {
    for (const value of odd) {
      const { dataset, diagnostics } = loadDatasetValue(value);
      expect(Array.isArray(dataset.events)).toBe(true);
      expect(diagnostics.every((d) => typeof d.message === 'string' && d.message.length > 0)).toBe(true);
    }
  });

  it('a slide with a location out of range keeps the event and reports the location', () => {
    const { dataset, diagnostics } = loadDatasetValue(odd[3]);
    expect(dataset.events.map((e) => [e.title, e.displayDate])).toEqual([['Y2K', 'Y2K']]);
    expect(dataset.places).toHaveLength(0);
    expect(diagnostics.map(line)).toEqual([
      'warning invalid-coordinates events[0] (id "y2k-2000"): the location left out: "lat" must be a number from −90 to 90 and "lon" from −180 to 180; the event is kept',
    ]);
  });

  it('a sheet saved by European Excel (semicolons, CRLF, a byte order mark) reads the same', () => {
    const text = '\uFEFFYear;Month;Day;Headline;Text;Group\r\n1815;12;10;Ada;Born;People\r\n';
    const { dataset, diagnostics } = loadDatasetText(text);
    expect(dataset.events.map((e) => [e.id, e.date, e.category])).toEqual([['ada-1815-12-10', '1815-12-10', 'people']]);
    expect(diagnostics).toEqual([]);
  });
});

describe('TimelineJS files, any content', () => {
  beforeAll(loadTimelineJs);

  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -20000000000, max: 3000 }).map(String),
    fc.constant(''),
  );
  const slide = fc.record(
    {
      start_date: fc.record({ year: cell, month: cell, day: cell, hour: cell, minute: cell }, { requiredKeys: [] }),
      end_date: fc.record({ year: cell }, { requiredKeys: [] }),
      text: fc.record(
        { headline: fc.string({ maxLength: 30 }), text: fc.string({ maxLength: 30 }) },
        { requiredKeys: [] },
      ),
      unique_id: fc.string({ maxLength: 20 }),
      group: fc.string({ maxLength: 10 }),
      display_date: fc.string({ maxLength: 10 }),
    },
    { requiredKeys: ['start_date'] },
  );

  it("every event loaded has a unique id of the schema's pattern, every other slide a diagnostic", () => {
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 12 }), (events) => {
        const { dataset, diagnostics } = loadDatasetValue({ events });
        const ids = dataset.events.map((e) => e.id);
        expect(ids.every((id) => /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(id))).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        const skipped = diagnostics.filter((d) => d.severity === 'error' && d.collection === 'events').length;
        expect(dataset.events.length + skipped).toBe(events.length);
      }),
      { numRuns: 300 },
    );
  });
});
