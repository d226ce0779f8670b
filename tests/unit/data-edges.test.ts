import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { recordsFromCsv } from '../../src/data/csv.js';
import { fetchDataset, loadDatasetText } from '../../src/data/load.js';
import { sameSelection } from '../../src/data/selection.js';

/** The edges of the loaders: limits to the character, identities, and where a diagnostic has no row. */

const place = (id: string, extra: object = {}) => ({ id, name: { en: id }, lat: 40, lon: 49, ...extra });
const event = (id: string, extra: object = {}) => ({ id, date: '2001', title: 'T', places: ['a'], ...extra });
const messages = (input: unknown) => checkDataset(input).diagnostics.map((d) => d.message);
const eventMessages = (extra: object) => messages({ events: [event('e', extra)], places: [place('a')] });

describe('checkDataset edges', () => {
  test("an event's link label may be 20,000 characters and its address 2,000", () => {
    const links = (label: string, url: string) =>
      checkDataset({ events: [event('e', { links: [{ label, url }] })], places: [place('a')] });
    const url = (length: number) => `https://a.example/${'x'.repeat(length - 18)}`;
    expect(links('L'.repeat(20000), url(2000)).dataset.events[0].links).toHaveLength(1);
    expect(links('L'.repeat(20001), url(20)).diagnostics.map((d) => d.message)).toEqual([
      'link 0 left out: the label or the address is too long',
    ]);
    expect(links('L', url(2001)).diagnostics.map((d) => d.message)).toEqual([
      'link 0 left out: the label or the address is too long',
    ]);
  });

  test('links need a text address that starts with an allowed scheme', () => {
    const kept = (url: unknown) =>
      checkDataset({ events: [event('e', { links: [{ label: 'L', url }] })], places: [place('a')] }).dataset.events[0]
        .links;
    expect(kept('http://a.example')).toEqual([{ label: 'L', url: 'http://a.example' }]);
    expect(kept('HTTPS://a.example')).toEqual([{ label: 'L', url: 'HTTPS://a.example' }]);
    expect(kept('see https://a.example')).toEqual([]);
    expect(kept('httpx://a.example')).toEqual([]);
    expect(kept(5)).toEqual([]);
    const reason = checkDataset({ events: [event('e', { links: [{ label: 'L', url: 5 }] })], places: [place('a')] })
      .diagnostics[0].message;
    expect(reason).toBe('link 0 left out: it needs a "label" and a "url"');
  });

  test('mistyped fields are named in words', () => {
    expect(messages({ meta: { title: 'M', categories: 5 }, events: [], places: [] })[0]).toBe(
      '"categories" in meta left out: it must be an object; the rest is kept',
    );
    expect(
      messages({
        events: [],
        places: [place('a')],
        series: [{ id: 's', title: 'S', unit: 'u', points: [{ date: '2001', value: 'x' }] }],
      }),
    ).toEqual(['"points.0.value" must be a number']);
    expect(eventMessages({ title: 'T'.repeat(20001) })).toEqual(['"title" is longer than 20000 characters']);
    expect(eventMessages({ places: 'a' })).toEqual(['"places" must be a list']);
  });

  test('a missing date is a missing field, not a bad date', () => {
    expect(
      checkDataset({ events: [{ id: 'e', title: 'T', places: [] }], places: [place('a')] }).diagnostics,
    ).toStrictEqual([
      {
        severity: 'error',
        code: 'missing-field',
        message: 'missing required field "date"',
        collection: 'events',
        index: 0,
        id: 'e',
        field: 'date',
      },
    ]);
  });

  test('a bad date of a series point is left out point by point, even past the ninth', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({ date: String(2000 + i), value: i }));
    points[10] = { date: 5 as unknown as string, value: 10 };
    const { dataset, diagnostics } = checkDataset({
      events: [],
      places: [place('a')],
      series: [{ id: 's', title: 'S', unit: 'u', points }],
    });
    expect(diagnostics.map((d) => d.message)).toEqual(['point 10 left out: a date must be a string, not number']);
    expect(dataset.series[0].points).toHaveLength(11);
  });

  test('an invalid link record is skipped', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [],
      places: [place('a'), place('b')],
      links: [{ id: 'l', kind: 'bogus', from: 'a', to: 'b' }],
    });
    expect(dataset.links).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-record']);
  });

  test('diagnostics without a record position carry no row, and long ids are cut to 128 characters', () => {
    const rowOf = () => 7;
    const top = checkDataset(5, { rowOf }).diagnostics;
    expect(top.map((d) => 'row' in d)).toEqual([false, false, false]);
    const list = checkDataset({ events: {}, places: [place('a')] }, { rowOf }).diagnostics;
    expect(list).toStrictEqual([
      { severity: 'error', code: 'invalid-dataset', message: '"events" must be a list', collection: 'events' },
    ]);
    const long = checkDataset({ events: [event('e'.repeat(200))], places: [place('a')] }, { rowOf }).diagnostics[0];
    expect(long.id).toBe('e'.repeat(128));
    expect(long.row).toBe(7);
  });

  test('names are copied, not shared with the input', () => {
    const name = { en: 'A', az: 'Ə' };
    const { dataset } = checkDataset({ events: [], places: [place('a', { name })] });
    expect(dataset.places[0].name).toEqual(name);
    expect(dataset.places[0].name).not.toBe(name);
  });
});

describe('loader edges', () => {
  test('name_ columns are read only when the whole header is name_<lang>', () => {
    expect(recordsFromCsv(undefined, 'id,name,old_name_az,lat,lon\np,P,X,1,2\n').places).toStrictEqual([
      { id: 'p', name: 'P', lat: 1, lon: 2 },
    ]);
    expect(recordsFromCsv('id,date,title,places\ne,2001,T,\n', undefined).rowOf('places', 0)).toBeUndefined();
  });

  test('with a places file given, an events file with lat and lon columns is still the events file', () => {
    const events = 'id,date,title,places,lat,lon\nvisit,2006,Visit,baku,1,2\n';
    const result = loadDatasetText(events, { placesCsv: 'id,name,lat,lon\nbaku,Baku,40,49\n' });
    expect(result.dataset.events.map((e) => e.id)).toEqual(['visit']);
  });

  test('a CSV content type or a .csv address makes the text CSV, whatever it starts with', async () => {
    // As JSON, [1] is not an object with events and places (three errors); as CSV it is a header naming the unknown
    // column "[1]" and no rows.
    const CSV = ['unknown-field', 'empty-dataset'];
    const JSON_ARRAY = ['invalid-dataset', 'invalid-dataset', 'invalid-dataset'];
    const answer = (type: string) => async () => new Response('[1]', { headers: { 'content-type': type } });
    const codes = async (url: string, type = 'text/plain') =>
      (await fetchDataset(url, { fetch: answer(type) })).diagnostics.map((d) => d.code);
    expect(await codes('/d', 'text/csv')).toEqual(CSV);
    expect(await codes('/d.csv')).toEqual(CSV);
    expect(await codes('/d.CSV#top')).toEqual(CSV);
    expect(await codes('/d')).toEqual(JSON_ARRAY);
    expect(await codes('/d.csvx')).toEqual(JSON_ARRAY);
    expect(await codes('/d.csv.json')).toEqual(JSON_ARRAY);
  });
});

test('sameSelection compares every id, in both directions', () => {
  expect(sameSelection({ eventIds: ['x'], placeIds: [] }, { eventIds: ['x', 'y'], placeIds: [] })).toBe(false);
  // Place ids in both, so that the event ids decide.
  expect(sameSelection({ eventIds: ['x', 'y'], placeIds: ['p'] }, { eventIds: ['x', 'z'], placeIds: ['p'] })).toBe(
    false,
  );
});
