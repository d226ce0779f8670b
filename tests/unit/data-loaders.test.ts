import { describe, expect, it, test } from 'vitest';
import { eventsToCsv, formatCsv, placesToCsv } from '../../src/data/csv-write.js';
import { isPlacesCsv, recordsFromCsv } from '../../src/data/csv.js';
import type { Place } from '../../src/data/types.js';
import { edtfFromTime, parseEdtf, type EdtfDate } from '../../src/data/edtf.js';
import { dateFormatter, formatEdtf } from '../../src/data/format-date.js';
import { fetchDataset, isLoadedDataset, loadDatasetText, loadDatasetValue } from '../../src/data/load.js';
import { parseJson } from '../../src/data/safe-json.js';
import { safeUrl } from '../../src/data/safe-url.js';

const PLACES_CSV = 'id,name,lat,lon\nbaku,Baku,40.4,49.9\n';
const EVENTS_CSV = 'id,date,title,places\nvisit,2006,Visit,baku\n';

describe('CSV', () => {
  test('recordsFromCsv reads trimmed cells, skips blank lines, drops a BOM and counts rows from the header', () => {
    const records = recordsFromCsv(
      '\uFEFF ID , Date ,Title,Places,Actors,Source_Section,Source_Quote,Description,Category\n' +
        ' e1 , 2006 , Visit , baku ; riga| , A;B , S1 , Q1 , D , trade\n' +
        ' , , \n' +
        'e2,2007,Short,baku,,S2,,,\n' +
        'e3,2008,Bare\n',
      'id,name,name_az,name_LT,name_xxxx,lat,lon,kinds,country,represents,description\n' +
        'baku,Baku,Bakı,,X,40.5,49.5,capital|city,AZ,LT,Capital\n' +
        'riga,Riga,,,,56.9,,,,,\n',
    );
    expect(records.events).toEqual([
      {
        id: 'e1',
        date: '2006',
        title: 'Visit',
        description: 'D',
        category: 'trade',
        places: ['baku', 'riga'],
        actors: ['A', 'B'],
        source: { section: 'S1', quote: 'Q1' },
      },
      { id: 'e2', date: '2007', title: 'Short', places: ['baku'], source: { section: 'S2' } },
      { id: 'e3', date: '2008', title: 'Bare', places: [] },
    ]);
    expect(records.places).toEqual([
      {
        id: 'baku',
        name: { en: 'Baku', az: 'Bakı' },
        lat: 40.5,
        lon: 49.5,
        kinds: ['capital', 'city'],
        country: 'AZ',
        represents: 'LT',
        description: 'Capital',
      },
      { id: 'riga', name: 'Riga', lat: 56.9 },
    ]);
    expect([0, 1, 2].map((i) => records.rowOf('events', i))).toEqual([2, 4, 5]);
    expect([0, 1].map((i) => records.rowOf('places', i))).toEqual([2, 3]);
    expect(records.rowOf('links', 0)).toBeUndefined();
    expect(recordsFromCsv(undefined, undefined)).toMatchObject({ events: [], places: [] });
    expect(recordsFromCsv(undefined, undefined).rowOf('events', 0)).toBeUndefined();
    expect(recordsFromCsv('', '').places).toEqual([]);
  });

  test('a place without a name column gets an empty name', () => {
    expect(recordsFromCsv(undefined, 'id,lat,lon\np,1,2\n').places).toEqual([{ id: 'p', name: '', lat: 1, lon: 2 }]);
  });

  test('isPlacesCsv(text) looks for lat and lon in the first line only', () => {
    expect(isPlacesCsv(' ID , LAT , Lon \n')).toBe(true);
    expect(isPlacesCsv('id,lat\r\nlon\n')).toBe(false);
    expect(isPlacesCsv('id,lon\n')).toBe(false);
    expect(isPlacesCsv('id,lat\n')).toBe(false);
    expect(isPlacesCsv('')).toBe(false);
    expect(isPlacesCsv(`${'x'.repeat(2000)},lat,lon`)).toBe(false);
  });

  test('formatCsv quotes cells with quotes, commas and line breaks', () => {
    expect(
      formatCsv(
        ['a', 'b'],
        [
          ['x', 'y,z'],
          ['say "hi"', 'two\nlines'],
          ['cr\r', 'plain'],
        ],
      ),
    ).toBe('a,b\nx,"y,z"\n"say ""hi""","two\nlines"\n"cr\r",plain\n');
  });

  test('eventsToCsv and placesToCsv write every column', () => {
    expect(
      eventsToCsv([
        {
          id: 'e',
          date: '2006',
          title: 'T',
          description: 'D',
          category: 'c',
          places: ['a', 'b'],
          actors: ['X', 'Y'],
          source: { section: 'S', quote: 'Q' },
        },
        { id: 'f', date: '2007', title: 'U', places: [] },
      ]),
    ).toBe(
      'id,date,title,description,category,places,actors,source_section,source_quote\n' +
        'e,2006,T,D,c,a;b,X;Y,S,Q\n' +
        'f,2007,U,,,,,,\n',
    );
    expect(
      placesToCsv([
        {
          id: 'a',
          name: { en: 'A', lt: 'Ą', az: 'Ə' },
          country: 'AZ',
          represents: 'LT',
          lat: 1,
          lon: 2,
          kinds: ['city', 'venue'],
          description: 'D',
        },
        { id: 'b', name: 'B', lat: 3, lon: 4 },
        { id: 'c', name: { az: 'Cə' }, lat: 5, lon: 6 },
      ]),
    ).toBe(
      'id,name,name_az,name_lt,country,represents,lat,lon,kinds,description\n' +
        'a,A,Ə,Ą,AZ,LT,1,2,city;venue,D\n' +
        'b,B,,,,,3,4,,\n' +
        'c,Cə,Cə,,,,5,6,,\n',
    );
  });

  test('formula-like cells are written with an apostrophe, plain numbers are not (CSV injection, issue 15 item 9)', () => {
    expect(
      formatCsv(
        ['v'],
        [
          ['=HYPERLINK("http://x")'],
          ['+1+1'],
          ['-2+3'],
          ['@SUM(A1)'],
          ['\t=1'],
          ['\r=1'],
          ['-12.5'],
          ['+7'],
          ['1e5'],
          ['a=b'],
        ],
      ),
    ).toBe(`v\n"'=HYPERLINK(""http://x"")"\n'+1+1\n'-2+3\n'@SUM(A1)\n'\t=1\n"'\r=1"\n-12.5\n+7\n1e5\na=b\n`);
  });

  test('hostile cells and list items with separators survive a round trip exactly', () => {
    const event = {
      id: 'e',
      date: '2006',
      title: '=HYPERLINK("http://evil.example","Click")',
      description: '@SUM(1+1)*cmd|"/C calc"!A0',
      category: 'c',
      places: ['a', 'b'],
      actors: ['Smith; Jones', 'A|B', 'back\\slash', '-minus', "'quoted"],
      source: { section: '+plus', quote: 'Q' },
    };
    const records = recordsFromCsv(eventsToCsv([event]), undefined);
    expect(records.events[0]).toEqual({
      id: 'e',
      date: '2006',
      title: event.title,
      description: event.description,
      category: 'c',
      places: ['a', 'b'],
      actors: event.actors,
      source: { section: '+plus', quote: 'Q' },
    });
    const place: Place = {
      id: 'p',
      name: { en: '=cmd', az: '-x' },
      lat: -12.5,
      lon: -99.25,
      kinds: ['city'],
      description: '@x',
    };
    expect(recordsFromCsv(undefined, placesToCsv([place])).places[0]).toEqual(place);
  });
});

describe('loading', () => {
  test('loadDatasetText guesses JSON from a leading bracket, after white space', () => {
    expect(loadDatasetText('  \n{"events": [], "places": []}').diagnostics.map((d) => d.code)).toEqual([
      'empty-dataset',
    ]);
    expect(loadDatasetText('  [1]').diagnostics[0].message).toBe(
      'the data is not an object with "events" and "places"',
    );
    // Read as CSV: one unknown column "x{", no rows.
    expect(loadDatasetText('x{').diagnostics.map((d) => d.code)).toEqual(['unknown-field', 'empty-dataset']);
  });

  test('loadDatasetText reads a places CSV on its own, and events with their places', () => {
    expect(loadDatasetText(PLACES_CSV).dataset.places.map((p) => p.id)).toEqual(['baku']);
    const both = loadDatasetText(EVENTS_CSV, { placesCsv: PLACES_CSV });
    expect(both.diagnostics).toEqual([]);
    expect(both.dataset.events.map((e) => e.places)).toEqual([['baku']]);
    const row = loadDatasetText('id,name,lat,lon\nbaku,Baku,,49\n').diagnostics[0];
    expect(row).toMatchObject({ code: 'missing-coordinates', row: 2 });
    // Given its places, a text with lat and lon columns is still read as the events file.
    expect(loadDatasetText(PLACES_CSV, { placesCsv: PLACES_CSV }).dataset.events).toEqual([]);
  });

  test('invalid JSON yields an empty data set and the reason', () => {
    const result = loadDatasetText('{"events": ', { format: 'json' });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'invalid-json' });
    expect(result.diagnostics[0].message).toMatch(/^the data is not valid JSON: ./);
    expect(result.dataset.events).toEqual([]);
    expect(result.dataset.meta).toEqual({ title: 'Untitled data set' });
    const reason = parseJson('{');
    expect(reason.ok).toBe(false);
    if (!reason.ok) expect(reason.reason.length).toBeGreaterThan(0);
  });

  test('loadDatasetValue takes a loaded data set as it is, text as JSON, anything else as records', () => {
    const loaded = loadDatasetText(EVENTS_CSV, { placesCsv: PLACES_CSV }).dataset;
    const same = loadDatasetValue(loaded);
    expect(same.dataset).toBe(loaded);
    expect(same.diagnostics).toEqual([]);
    expect(loadDatasetValue('{"events": [], "places": []}').diagnostics.map((d) => d.code)).toEqual(['empty-dataset']);
    expect(loadDatasetValue({ events: [], places: [] }).diagnostics.map((d) => d.code)).toEqual(['empty-dataset']);
    expect(loadDatasetValue('id,name,lat,lon\n').diagnostics.map((d) => d.code)).toEqual(['empty-dataset']);
    expect(isLoadedDataset(loaded)).toBe(true);
    expect(isLoadedDataset({ eventById: {} })).toBe(false);
    expect(isLoadedDataset(null)).toBe(false);
    expect(isLoadedDataset('x')).toBe(false);
  });

  const respond = (body: string, init: ResponseInit = {}) => new Response(body, init);
  const fetcher =
    (responses: Record<string, () => Response | Promise<Response>>, calls: RequestInit[] = []) =>
    async (url: string | URL | Request, init?: RequestInit) => {
      calls.push(init ?? {});
      return responses[String(url)]();
    };

  test('fetchDataset sends same-origin credentials and the signal', async () => {
    const calls: RequestInit[] = [];
    const signal = new AbortController().signal;
    await fetchDataset('/d.json', {
      signal,
      fetch: fetcher({ '/d.json': () => respond('{"events":[],"places":[]}') }, calls),
    });
    expect(calls).toEqual([{ signal, credentials: 'same-origin' }]);
  });

  test('fetchDataset reports network errors, HTTP errors and pages that are not data', async () => {
    const failing = async () => {
      throw new Error('offline');
    };
    expect((await fetchDataset('/d.json', { fetch: failing })).diagnostics).toEqual([
      { severity: 'error', code: 'fetch-failed', message: 'could not load /d.json: offline' },
    ]);
    const notFound = fetcher({ '/d.json': () => respond('', { status: 404, statusText: 'Not Found' }) });
    expect((await fetchDataset('/d.json', { fetch: notFound })).diagnostics).toEqual([
      { severity: 'error', code: 'fetch-failed', message: 'could not load /d.json: the server answered 404 Not Found' },
    ]);
    const noText = fetcher({ '/d.json': () => respond('', { status: 500, statusText: '' }) });
    expect((await fetchDataset('/d.json', { fetch: noText })).diagnostics[0].message).toBe(
      'could not load /d.json: the server answered 500',
    );
    const html = fetcher({
      '/d.json': () => respond('<p>', { headers: { 'content-type': ' Text/HTML ; charset=utf-8' } }),
    });
    expect((await fetchDataset('/d.json', { fetch: html })).diagnostics).toEqual([
      { severity: 'error', code: 'wrong-content-type', message: '/d.json is text/html, not JSON or CSV data' },
    ]);
    const image = fetcher({ '/d.json': () => respond('', { headers: { 'content-type': 'image/png' } }) });
    expect((await fetchDataset('/d.json', { fetch: image })).diagnostics[0].code).toBe('wrong-content-type');
    const svgish = fetcher({
      '/d': () => respond('{"events":[],"places":[]}', { headers: { 'content-type': 'application/x-image/' } }),
    });
    expect((await fetchDataset('/d', { fetch: svgish })).diagnostics.map((d) => d.code)).toEqual(['empty-dataset']);
  });

  test('fetchDataset rethrows when the caller aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const aborting = async () => {
      throw new DOMException('aborted', 'AbortError');
    };
    await expect(fetchDataset('/d.json', { signal: controller.signal, fetch: aborting })).rejects.toThrow('aborted');
  });

  test('fetchDataset reads CSV by content type or by a .csv address, with a places file', async () => {
    const files = fetcher({
      '/events.csv?v=1': () => respond(EVENTS_CSV, { headers: { 'content-type': 'text/plain' } }),
      '/events': () => respond(EVENTS_CSV, { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
      '/places.csv#x': () => respond(PLACES_CSV),
      '/gone.csv': () => respond('', { status: 410, statusText: 'Gone' }),
      '/data': () => respond('{"events":[],"places":[]}', { headers: { 'content-type': 'application/json' } }),
      '/json-csv': () => respond('{"events":[],"places":[]}', { headers: { 'content-type': 'text/plain' } }),
      '/eventscsv': () => respond(EVENTS_CSV, { headers: { 'content-type': 'application/ld+json' } }),
    });
    const byQuery = await fetchDataset('/events.csv?v=1', { placesUrl: '/places.csv#x', fetch: files });
    expect(byQuery.diagnostics).toEqual([]);
    expect(byQuery.dataset.events.map((e) => e.id)).toEqual(['visit']);
    const byType = await fetchDataset('/events', { placesUrl: '/places.csv#x', fetch: files });
    expect(byType.dataset.events.map((e) => e.places)).toEqual([['baku']]);
    const missingPlaces = await fetchDataset('/events', { placesUrl: '/gone.csv', fetch: files });
    expect(missingPlaces.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['fetch-failed', 'could not load /gone.csv: the server answered 410 Gone'],
      ['unknown-place', 'unknown place "baku" left out; the event is kept'],
    ]);
    expect((await fetchDataset('/data', { fetch: files })).diagnostics.map((d) => d.code)).toEqual(['empty-dataset']);
    expect((await fetchDataset('/json-csv', { fetch: files })).diagnostics.map((d) => d.code)).toEqual([
      'empty-dataset',
    ]);
    expect((await fetchDataset('/eventscsv', { fetch: files })).diagnostics.map((d) => d.code)).toEqual([
      'invalid-json',
    ]);
  });
});

describe('dates', () => {
  const parsed = (text: unknown) => {
    const result = parseEdtf(text);
    if (!result.ok) throw new Error(result.reason);
    return result.value;
  };
  const reason = (text: unknown) => {
    const result = parseEdtf(text);
    return result.ok ? null : result.reason;
  };

  test('parseEdtf(input) explains what is wrong', () => {
    expect(reason(null)).toBe('a date must be a string, not null');
    expect(reason(undefined)).toBe('a date must be a string, not undefined');
    expect(reason(2006)).toBe('a date must be a string, not number');
    expect(reason('   ')).toBe('the date is empty');
    expect(reason('2001-02-30')).toBe('"2001-02-30": day 30 is not 01–28 in that month');
    expect(reason('2001-02-00')).toBe('"2001-02-00": day 00 is not 01–28 in that month');
    expect(reason('2001/2002/2003')).toBe('"2001/2002/2003" has more than one "/"');
    expect(reason('2001-13/2002')).toBe('"2001-13": month 13 is not 01–12');
    expect(reason('2001/2002-13')).toBe('"2002-13": month 13 is not 01–12');
    expect(reason('2002/2001')).toBe('"2002/2001": the interval ends before it starts');
    expect(reason('x'.repeat(40))).toBe(`"${'x'.repeat(40)}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
    expect(reason('x'.repeat(41))).toBe(`"${'x'.repeat(39)}…" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  });

  test('parseEdtf(input) trims, and an interval may start and end on the same day', () => {
    expect(parsed(' 2006 ').text).toBe('2006');
    const sameDay = parsed('2006-06-08/2006-06-08');
    expect(sameDay.start).toBe(Date.UTC(2006, 5, 8));
    expect(sameDay.end).toBe(Date.UTC(2006, 5, 9));
  });

  test('an interval is uncertain or approximate when either end is', () => {
    const flags = (text: string) => {
      const { uncertain, approximate } = parsed(text);
      return { uncertain, approximate };
    };
    expect(flags('2001/2002')).toEqual({ uncertain: false, approximate: false });
    expect(flags('2001?/2002')).toEqual({ uncertain: true, approximate: false });
    expect(flags('2001/2002?')).toEqual({ uncertain: true, approximate: false });
    expect(flags('2001~/2002')).toEqual({ uncertain: false, approximate: true });
    expect(flags('2001/2002~')).toEqual({ uncertain: false, approximate: true });
    expect(flags('../2002%')).toEqual({ uncertain: true, approximate: true });
  });

  test('edtfFromTime(time) writes day precision, with a sign before year 0', () => {
    expect(edtfFromTime(Date.UTC(2006, 5, 8, 23))).toBe('2006-06-08');
    const yearZero = new Date(0);
    yearZero.setUTCFullYear(0, 0, 1);
    expect(edtfFromTime(yearZero.getTime())).toBe('0000-01-01');
    const minusOne = new Date(0);
    minusOne.setUTCFullYear(-1, 11, 31);
    expect(edtfFromTime(minusOne.getTime())).toBe('-0001-12-31');
  });

  test('formatEdtf(date) words each kind of date and interval', () => {
    const words = (text: string, lang?: string) => formatEdtf(parsed(text), lang);
    const range = (options: Intl.DateTimeFormatOptions, from: number, to: number) =>
      new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).formatRange(from, to);
    expect(words('2006-06-08%')).toBe('about June 8, 2006 (uncertain)');
    expect(words('2006~')).toBe('about 2006');
    expect(words('2006?')).toBe('2006 (uncertain)');
    expect(words('2014/..')).toBe('since 2014');
    expect(words('../2014-05')).toBe('until May 2014');
    const day = { year: 'numeric', month: 'long', day: 'numeric' } as const;
    expect(words('2006-06-08/2006-06-09')).toBe(range(day, Date.UTC(2006, 5, 8), Date.UTC(2006, 5, 9)));
    expect(words('2006-06-08/2006-06-09')).not.toBe('June 8, 2006 – June 9, 2006');
    expect(words('2006/2008')).toBe(range({ year: 'numeric' }, Date.UTC(2006, 0), Date.UTC(2008, 0)));
    expect(words('2006/2008')).not.toBe('2006 – 2008');
    expect(words('2006/2008-05')).toBe('2006 – May 2008');
    expect(words('2006~/2008')).toBe('about 2006 – 2008');
    expect(words('2006?/2008')).toBe('2006 (uncertain) – 2008');
    expect(words('2006/2008?')).toBe('2006 – 2008 (uncertain)');
    expect(words('2006/2008~')).toBe('2006 – about 2008');
    expect(words('2006', '')).toBe('2006');
    expect(formatEdtf({ ...parsed('2006/2008'), from: null, to: null } as EdtfDate)).toBe('2006/2008');
    expect(formatEdtf({ ...parsed('2006'), kind: 'interval', to: null } as EdtfDate)).toBe('since 2006');
  });

  test('dateFormatter(lang, options) formats in UTC, falls back to English, and is made once', () => {
    const options = { year: 'numeric', month: 'long' } as const;
    expect(dateFormatter('en', options)).toBe(dateFormatter('en', options));
    expect(dateFormatter('en', options).format(Date.UTC(2006, 0, 1))).toBe('January 2006');
    expect(dateFormatter('not a language!', options).format(Date.UTC(2006, 0, 1))).toBe('January 2006');
    // English is written from the table; a language without one gets an Intl formatter, in UTC.
    expect(dateFormatter('fr', options).format(Date.UTC(2006, 0, 1))).toBe('janvier 2006');
    expect((dateFormatter('fr', options) as Intl.DateTimeFormat).resolvedOptions().timeZone).toBe('UTC');
    expect((dateFormatter('not a language!', options) as Intl.DateTimeFormat).resolvedOptions().timeZone).toBe('UTC');
  });
});

test('safeUrl(url) trims, and allows http, https and mailto only', () => {
  expect(safeUrl('  https://a.example/x  ')).toBe('https://a.example/x');
  expect(safeUrl('http://a.example')).toBe('http://a.example/');
  expect(safeUrl('mailto:a@example.org')).toBe('mailto:a@example.org');
  expect(safeUrl('javascript:alert(1)')).toBeNull();
  expect(safeUrl('http://[')).toBeNull();
  expect(safeUrl(5)).toBeNull();
  expect(safeUrl({ toString: () => 'https://a.example' })).toBeNull();
});

describe('the data property read defensively (issue 15, item 11)', () => {
  const oneEvent = () => ({ events: [{ id: 'e', date: '2000', title: 'T', category: 'c', places: [] }], places: [] });

  it('a getter or a Proxy that throws, or a revoked Proxy, is reported, not thrown', () => {
    const throwing = {
      get events(): never {
        throw new Error('no events for you');
      },
      places: [],
    };
    expect(loadDatasetValue(throwing).diagnostics.map((d) => d.message)).toEqual([
      'the data could not be read: no events for you',
    ]);
    const proxy = new Proxy(oneEvent(), {
      get() {
        throw new TypeError('trap');
      },
    });
    expect(loadDatasetValue(proxy).diagnostics[0].message).toBe('the data could not be read: trap');
    const { proxy: revoked, revoke } = Proxy.revocable(oneEvent(), {});
    revoke();
    const result = loadDatasetValue(revoked);
    expect(result.diagnostics[0].code).toBe('invalid-dataset');
    expect(result.diagnostics[0].message).toMatch(/^the data could not be read: .*revoked/);
    expect(result.dataset?.events).toEqual([]);
  });

  it('an array claiming 2³²−1 items is read up to the cap, with a diagnostic, at once', () => {
    const events: unknown[] = [];
    events.length = 2 ** 32 - 1;
    events[0] = oneEvent().events[0];
    const result = loadDatasetValue({ events, places: [] });
    expect(result.diagnostics[0].message).toBe(`"events" has 4294967295 items; only the first 5000000 are read`);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(['e']);
  });

  it('a look-alike with an eventById Map is checked like any object, not trusted', () => {
    const lookAlike = { ...oneEvent(), eventById: new Map(), placeById: new Map(), eventsByPlace: new Map() };
    expect(isLoadedDataset(lookAlike)).toBe(false);
    const result = loadDatasetValue(lookAlike);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(['e']);
    expect(isLoadedDataset(result.dataset)).toBe(true);
  });
});
