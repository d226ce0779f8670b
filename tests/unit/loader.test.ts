import { parseJson } from '../../src/data/safe-json.js';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { formatDiagnostic } from '../../src/data/diagnostics.js';
import { fetchDataset, loadDatasetText, loadDatasetValue } from '../../src/data/load.js';

const baku = {
  id: 'baku',
  name: { en: 'Baku', az: 'Bakı' },
  country: 'AZ',
  lat: 40.4093,
  lon: 49.8671,
  kinds: ['capital'],
};
const vilnius = { id: 'vilnius', name: 'Vilnius', country: 'LT', lat: 54.6872, lon: 25.2797, kinds: ['capital'] };
const goodEvent = {
  id: 'relations',
  date: '1995-11-27',
  title: 'Diplomatic relations',
  category: 'diplomacy',
  places: ['baku', 'vilnius'],
};

function withRecords(events: unknown[], places: unknown[] = [baku, vilnius]) {
  return checkDataset({ events, places });
}

describe('checkDataset', () => {
  it('keeps good records and reports nothing', () => {
    const { dataset, diagnostics } = withRecords([goodEvent]);
    expect(diagnostics).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual(['relations']);
    expect(dataset.eventsByPlace.get('baku')?.map((e) => e.id)).toEqual(['relations']);
  });

  it('skips an event with an invalid date and says why', () => {
    const { dataset, diagnostics } = withRecords([goodEvent, { ...goodEvent, id: 'bad', date: '2013-02-30' }]);
    expect(dataset.events.map((e) => e.id)).toEqual(['relations']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'invalid-date',
      collection: 'events',
      index: 1,
      id: 'bad',
    });
    expect(diagnostics[0].message).toContain('day 30');
    expect(formatDiagnostic(diagnostics[0])).toMatch(/^events\[1\] \(id "bad"\): /);
  });

  it('skips a date that does not even look like a date', () => {
    const { diagnostics } = withRecords([{ ...goodEvent, date: 'spring 2001' }]);
    expect(diagnostics[0].code).toBe('invalid-date');
  });

  it('skips places with missing, NaN or out-of-range coordinates', () => {
    const places = [
      baku,
      { id: 'nolat', name: 'No latitude', lon: 10 },
      { id: 'far', name: 'Too far north', lat: 95, lon: 10 },
      { id: 'nan', name: 'Not a number', lat: Number.NaN, lon: 10 },
      { id: 'text', name: 'Text', lat: '54.6', lon: 10 },
    ];
    const { dataset, diagnostics } = withRecords([], places);
    expect(dataset.places.map((p) => p.id)).toEqual(['baku']);
    expect(diagnostics.map((d) => [d.id, d.code])).toEqual([
      ['nolat', 'missing-coordinates'],
      ['far', 'invalid-coordinates'],
      ['nan', 'invalid-coordinates'],
      ['text', 'invalid-coordinates'],
    ]);
  });

  it('skips duplicate ids after the first', () => {
    const { dataset, diagnostics } = withRecords([goodEvent, { ...goodEvent, title: 'Second' }], [baku, vilnius, baku]);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0].title).toBe('Diplomatic relations');
    expect(diagnostics.map((d) => [d.collection, d.code])).toEqual([
      ['places', 'duplicate-id'],
      ['events', 'duplicate-id'],
    ]);
  });

  it('repairs an event that names an unknown place: the place is left out, the event kept, a warning given', () => {
    const { dataset, diagnostics } = withRecords([{ ...goodEvent, places: ['baku', 'atlantis'] }]);
    expect(dataset.events[0].places).toEqual(['baku']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'unknown-place' });
    expect(diagnostics[0].message).toContain('"atlantis"');
  });

  it('skips events without a title and records that are not objects', () => {
    const { dataset, diagnostics } = withRecords([
      { ...goodEvent, title: '' },
      { id: 'x', date: '2001', places: [] },
      42,
      null,
    ]);
    expect(dataset.events).toHaveLength(0);
    expect(diagnostics.map((d) => d.code)).toEqual([
      'missing-field',
      'missing-field',
      'invalid-record',
      'invalid-record',
    ]);
    expect(diagnostics[1].message).toContain('"title"');
  });

  it('keeps a record with an unknown field, warns, and drops the field', () => {
    const { dataset, diagnostics } = withRecords([{ ...goodEvent, colour: 'red' }]);
    expect(dataset.events).toHaveLength(1);
    expect('colour' in dataset.events[0]).toBe(false);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'unknown-field' });
  });

  it('rejects links between unknown places and series points with bad dates', () => {
    const result = checkDataset({
      events: [],
      places: [baku, vilnius],
      links: [
        { id: 'ok', kind: 'twinning', from: 'baku', to: 'vilnius' },
        { id: 'broken', kind: 'twinning', from: 'baku', to: 'nowhere' },
      ],
      series: [
        {
          id: 's',
          title: 'Trade',
          unit: 'million USD',
          points: [
            { date: '2014', value: 43 },
            { date: '2014-13', value: 1 },
          ],
        },
      ],
    });
    expect(result.dataset.links.map((l) => l.id)).toEqual(['ok']);
    expect(result.dataset.series[0].points.map((p) => p.value)).toEqual([43]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-place', 'invalid-date']);
  });

  it('explains schema problems in plain words, not regular expressions', () => {
    const { diagnostics } = withRecords(
      [
        { ...goodEvent, id: 'has space' },
        { ...goodEvent, id: 'listless', places: 'baku' },
      ],
      [baku, vilnius, { ...baku, id: 'lower', country: 'az' }],
    );
    const messages = Object.fromEntries(diagnostics.map((d) => [d.id, d.message]));
    expect(messages['has space']).toBe(
      '"id" must be an id: up to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
    );
    expect(messages.listless).toBe('"places" must be a list');
    expect(messages.lower).toBe('"country" must be a two-letter country code in capitals, such as "AZ"');
  });

  it('leaves a bad link out of its event and keeps the event', () => {
    const links = [
      { label: 'Press release', url: 'https://example.org/release' },
      { label: 'Trap', url: 'JaVaScRiPt:alert(1)' },
      { url: 'https://example.org/no-label' },
      { label: 'Mail', url: 'mailto:desk@example.org' },
      { label: 'Shouted', url: ' HTTPS://example.org/upper ' },
      { label: 'x'.repeat(30000), url: 'https://example.org/long' },
    ];
    const { dataset, diagnostics } = withRecords([
      { ...goodEvent, links },
      { ...goodEvent, id: 'not-a-list', links: 'https://x' },
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['not-a-list', 'relations']);
    const relations = dataset.events.find((e) => e.id === 'relations')!;
    expect(relations.links?.map((l) => l.url)).toEqual([
      'https://example.org/release',
      'mailto:desk@example.org',
      'HTTPS://example.org/upper',
    ]);
    expect(dataset.events.find((e) => e.id === 'not-a-list')!.links).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.code, d.id, d.field])).toEqual([
      ['warning', 'invalid-link', 'relations', 'links'],
      ['warning', 'invalid-link', 'relations', 'links'],
      ['warning', 'invalid-link', 'relations', 'links'],
      ['warning', 'invalid-link', 'not-a-list', 'links'],
    ]);
    expect(diagnostics[2].message).toBe('link 5 left out: the label or the address is too long');
    expect(diagnostics[0].message).toBe('link 1 left out: only http:, https: and mailto: addresses are linked');
  });

  it('sorts events by time and derives categories from metadata, then from the events', () => {
    const { dataset } = checkDataset({
      meta: { title: 'T', categories: { visit: { en: 'Visits' }, diplomacy: 'Diplomacy' } },
      places: [baku],
      events: [
        { id: 'b', date: '2005', title: 'B', category: 'culture', places: [] },
        { id: 'a', date: '1991-03-27', title: 'A', category: 'diplomacy', places: [] },
        { id: 'c', date: '2004-04-01/2004-04-03', title: 'C', places: [] },
      ],
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['a', 'c', 'b']);
    expect(dataset.categories.map((c) => c.id)).toEqual(['visit', 'diplomacy', 'other', 'culture']);
    expect(dataset.extent?.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['1991-03-27', '2006-01-01']);
  });

  it('never throws, whatever the input', () => {
    for (const input of [null, undefined, 3, 'text', [], {}, { events: 'no' }, { events: [{}], places: [[]] }]) {
      expect(() => loadDatasetValue(input)).not.toThrow();
    }
    expect(loadDatasetValue({ events: 'no', places: [] }).diagnostics[0].code).toBe('invalid-dataset');
  });
});

describe('loadDatasetText', () => {
  it('reports invalid JSON instead of throwing', () => {
    const { dataset, diagnostics } = loadDatasetText('{"events": [', { format: 'json' });
    expect(dataset.events).toHaveLength(0);
    expect(diagnostics[0].code).toBe('invalid-json');
  });

  it('cannot pollute prototypes through __proto__ or constructor keys', () => {
    const text = JSON.stringify({ events: [goodEvent], places: [baku, vilnius] }).replace(
      '"places":[{',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"places":[{"__proto__":{"polluted":true},',
    );
    const { dataset } = loadDatasetText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((dataset.places[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(dataset.places[0])).toBe(Object.prototype);
    const named = loadDatasetText(
      '{"events": [], "places": [{"id": "b", "lat": 1, "lon": 2, "name": {"en": "B", "__proto__": {"polluted": 1}}}]}',
    );
    expect(named.dataset.places[0].name).toEqual({ en: 'B' });
    expect(Object.getPrototypeOf(named.dataset.places[0].name)).toBe(Object.prototype);
  });
});

describe('parseJson', () => {
  it('drops forbidden keys however they are spelled, and parses other text exactly as JSON.parse does', () => {
    const escaped =
      '{"\\u005f_proto__": {"polluted": 1}, "a": [1, "\\u00e9"], "con\\u0073tructor": 2, "b": {"c": null}}';
    const result = parseJson(escaped);
    expect(result).toEqual({ ok: true, value: { a: [1, 'é'], b: { c: null } } });
    expect(Object.keys((result as { value: object }).value)).toEqual(['a', 'b']);
    const plain =
      '{"events": [{"id": "e", "title": "Prototype of a proof", "n": -1.5e3}], "x": "constructor is a word"}';
    expect(parseJson(plain)).toEqual({ ok: true, value: JSON.parse(plain) });
    expect(parseJson('{"prototype": 1, "k": 2}')).toEqual({ ok: true, value: { k: 2 } });
  });
});

describe('fetchDataset', () => {
  const respond = (body: string, init: ResponseInit) => (async () => new Response(body, init)) as typeof fetch;

  it('reports a 404 as a diagnostic', async () => {
    const result = await fetchDataset('https://example.test/data.json', {
      fetch: respond('nope', { status: 404, statusText: 'Not Found' }),
    });
    expect(result.diagnostics[0]).toMatchObject({ code: 'fetch-failed' });
    expect(result.diagnostics[0].message).toContain('404');
  });

  it('reports an HTML page served where data was expected', async () => {
    const result = await fetchDataset('/data.json', {
      fetch: respond('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    });
    expect(result.diagnostics[0].code).toBe('wrong-content-type');
  });

  it('reports a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await fetchDataset('/data.json', { fetch: failing });
    expect(result.diagnostics[0].code).toBe('fetch-failed');
  });

  it('loads JSON served with a JSON content type', async () => {
    const body = JSON.stringify({ events: [goodEvent], places: [baku, vilnius] });
    const result = await fetchDataset('/data', {
      fetch: respond(body, { headers: { 'content-type': 'application/json' } }),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset.events).toHaveLength(1);
  });
});
