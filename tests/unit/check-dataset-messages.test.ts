import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';

/** Exact diagnostics and copied records: what an editor reads, word for word, and what the views receive. */

const place = (id: string, extra: object = {}) => ({ id, name: { en: id }, lat: 40, lon: 49, ...extra });
const event = (id: string, extra: object = {}) => ({ id, date: '2001-02-03', title: 'T', places: ['a'], ...extra });
const EMPTY = { severity: 'warning', code: 'empty-dataset', message: 'the data set has no events and no places' };
const diagnosticsOf = (input: unknown) => checkDataset(input).diagnostics;
const placeProblem = (extra: object) => diagnosticsOf({ events: [], places: [place('p', extra)] })[0];
const eventProblem = (extra: object) => diagnosticsOf({ events: [event('e', extra)], places: [place('a')] });

describe('checkDataset(input) explains each rejected record in plain words', () => {
  test('a value that is not an object is one error, with each missing list named', () => {
    expect(diagnosticsOf(5)).toStrictEqual([
      { severity: 'error', code: 'invalid-dataset', message: 'the data is not an object with "events" and "places"' },
      { severity: 'error', code: 'invalid-dataset', message: '"places" must be a list', collection: 'places' },
      { severity: 'error', code: 'invalid-dataset', message: '"events" must be a list', collection: 'events' },
    ]);
  });

  test('optional lists are only reported when present and not lists', () => {
    expect(diagnosticsOf({ events: {}, places: [], links: 3 })).toStrictEqual([
      { severity: 'error', code: 'invalid-dataset', message: '"events" must be a list', collection: 'events' },
      { severity: 'error', code: 'invalid-dataset', message: '"links" must be a list', collection: 'links' },
      EMPTY,
    ]);
    expect(diagnosticsOf({ events: [], places: [place('a')] })).toStrictEqual([]);
  });

  test('a record that is not an object, with its CSV row', () => {
    const rowOf = (collection: string, index: number) => (collection === 'places' ? index + 2 : undefined);
    expect(checkDataset({ events: [], places: [7] }, { rowOf }).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'invalid-record',
        message: 'the record is not an object',
        collection: 'places',
        index: 0,
        row: 2,
      },
      EMPTY,
    ]);
  });

  test('missing and out-of-range coordinates', () => {
    const where = { collection: 'places', index: 0, id: 'p' };
    expect(diagnosticsOf({ events: [], places: [{ id: 'p', name: 'P', lon: 1 }] })[0]).toStrictEqual({
      severity: 'error',
      code: 'missing-coordinates',
      message: 'missing coordinate "lat"',
      ...where,
      field: 'lat',
    });
    expect(diagnosticsOf({ events: [], places: [{ id: 'p', name: 'P', lat: 1 }] })[0]).toMatchObject({
      code: 'missing-coordinates',
      message: 'missing coordinate "lon"',
      field: 'lon',
    });
    expect(placeProblem({ lat: 100 })).toStrictEqual({
      severity: 'error',
      code: 'invalid-coordinates',
      message: '"lat" must be a number from −90 to 90',
      ...where,
      field: 'lat',
    });
    expect(placeProblem({ lon: 'x' })).toMatchObject({
      code: 'invalid-coordinates',
      message: '"lon" must be a number from −180 to 180',
      field: 'lon',
    });
  });

  test('missing, empty, mistyped and patterned fields', () => {
    expect(diagnosticsOf({ events: [{ id: 'e', date: '2001', places: [] }], places: [] })[0]).toStrictEqual({
      severity: 'error',
      code: 'missing-field',
      message: 'missing required field "title"',
      collection: 'events',
      index: 0,
      id: 'e',
      field: 'title',
    });
    expect(eventProblem({ title: '' })).toStrictEqual([
      {
        severity: 'error',
        code: 'missing-field',
        message: '"title" is empty',
        collection: 'events',
        index: 0,
        id: 'e',
        field: 'title',
      },
    ]);
    expect(eventProblem({ title: 5 })[0]).toMatchObject({ code: 'invalid-record', message: '"title" must be text' });
    expect(diagnosticsOf({ events: [event('bad id!')], places: [place('a')] })[0]).toMatchObject({
      code: 'invalid-record',
      message: '"id" must be an id: up to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
      id: 'bad id!',
      field: 'id',
    });
    expect(placeProblem({ country: 'az' })).toMatchObject({
      code: 'invalid-record',
      message: '"country" must be a two-letter country code in capitals, such as "AZ"',
      field: 'country',
    });
    expect(placeProblem({ kinds: ['castle'] })).toMatchObject({
      code: 'invalid-record',
      message: '"kinds.0" must be one of: capital, city, region, embassy, consulate, twin-city, venue',
      field: 'kinds',
    });
    expect(placeProblem({ lat: 1, name: 5 })).toMatchObject({ field: 'name' });
  });

  test('the first problem is named and the others counted', () => {
    expect(eventProblem({ title: 5, description: 6 })[0].message).toBe('"title" must be text (and 1 more problem)');
    expect(eventProblem({ title: 5, description: 6, category: 7 })[0].message).toBe(
      '"title" must be text (and 2 more problems)',
    );
  });

  test('unknown fields are a warning and the record is kept', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [event('e', { colour: 'red', size: 2 })],
      places: [place('a')],
    });
    expect(diagnostics).toStrictEqual([
      {
        severity: 'warning',
        code: 'unknown-field',
        message: 'unknown field "colour", "size" ignored',
        collection: 'events',
        index: 0,
        id: 'e',
      },
    ]);
    expect(dataset.events.map((e) => Object.keys(e).sort())).toStrictEqual([
      ['category', 'date', 'id', 'places', 'title', 'when'],
    ]);
  });

  test('dates that do not exist, and dates that are not text', () => {
    const where = { collection: 'events', index: 0, id: 'e', field: 'date' };
    expect(eventProblem({ date: '2001-13-45' })).toStrictEqual([
      { severity: 'error', code: 'invalid-date', message: '"2001-13-45": month 13 is not 01–12', ...where },
    ]);
    expect(eventProblem({ date: 5 })).toStrictEqual([
      { severity: 'error', code: 'invalid-date', message: 'a date must be a string, not number', ...where },
    ]);
  });

  test('a message longer than 300 characters is cut to 299 and an ellipsis', () => {
    const field = (length: number) => eventProblem({ ['k'.repeat(length)]: 1 })[0].message;
    // 'unknown field "" ignored' is 24 characters.
    expect(field(276)).toBe(`unknown field "${'k'.repeat(276)}" ignored`);
    expect(field(276)).toHaveLength(300);
    expect(field(400)).toBe(`unknown field "${'k'.repeat(284)}…`);
    expect(field(400)).toHaveLength(300);
  });

  test('duplicate ids, unknown places and bad dates of links', () => {
    const links = (...list: object[]) =>
      diagnosticsOf({
        events: [],
        places: [place('a'), place('b')],
        links: list.map((l) => ({ kind: 'twinning', from: 'a', to: 'b', ...l })),
      });
    expect(diagnosticsOf({ events: [], places: [place('p'), place('p')] })).toStrictEqual([
      {
        severity: 'error',
        code: 'duplicate-id',
        message: 'another place already has the id "p"',
        collection: 'places',
        index: 1,
        id: 'p',
        field: 'id',
      },
    ]);
    expect(links({ id: 'l' }, { id: 'l' })).toStrictEqual([
      {
        severity: 'error',
        code: 'duplicate-id',
        message: 'another link already has the id "l"',
        collection: 'links',
        index: 1,
        id: 'l',
        field: 'id',
      },
    ]);
    expect(links({ id: 'l', to: 'z' }, { id: 'm', from: 'y', to: 'z' })).toStrictEqual([
      {
        severity: 'error',
        code: 'unknown-place',
        message: 'the link joins unknown place "z"',
        collection: 'links',
        index: 0,
        id: 'l',
      },
      {
        severity: 'error',
        code: 'unknown-place',
        message: 'the link joins unknown place "y", "z"',
        collection: 'links',
        index: 1,
        id: 'm',
      },
    ]);
    expect(links({ id: 'l', since: '2001-99' })).toStrictEqual([
      {
        severity: 'error',
        code: 'invalid-date',
        message: '"since" is not a valid date',
        collection: 'links',
        index: 0,
        id: 'l',
        field: 'since',
      },
    ]);
    expect(links({ id: 'l', since: '2001' }, { id: 'm' })).toStrictEqual([]);
  });

  test('a rejected link id can be used again by a later link', () => {
    const result = checkDataset({
      events: [],
      places: [place('a'), place('b')],
      links: [
        { id: 'l', kind: 'twinning', from: 'a', to: 'z' },
        { id: 'l', kind: 'twinning', from: 'a', to: 'b', since: '1999' },
      ],
    });
    expect(result.dataset.links).toStrictEqual([{ id: 'l', kind: 'twinning', from: 'a', to: 'b', since: '1999' }]);
  });

  test("an event's bad links are left out one by one, the event is kept", () => {
    const { dataset, diagnostics } = checkDataset({
      events: [
        event('e', {
          links: [
            { label: ' A ', url: ' https://a.example ' },
            { label: '', url: 'https://b.example' },
            { label: 'C', url: 'javascript:alert(1)' },
            { label: 'D', url: 'mailto:d@example.org' },
            'not a link',
          ],
        }),
      ],
      places: [place('a')],
    });
    const where = {
      severity: 'warning',
      code: 'invalid-link',
      collection: 'events',
      index: 0,
      id: 'e',
      field: 'links',
    };
    expect(diagnostics).toStrictEqual([
      { ...where, message: 'link 1 left out: it needs a "label" and a "url"' },
      { ...where, message: 'link 2 left out: only http:, https: and mailto: addresses are linked' },
      { ...where, message: 'link 4 left out: it needs a "label" and a "url"' },
    ]);
    expect(dataset.events[0].links).toStrictEqual([
      { label: 'A', url: 'https://a.example' },
      { label: 'D', url: 'mailto:d@example.org' },
    ]);
    expect(eventProblem({ links: 'x' })).toStrictEqual([
      { ...where, message: '"links" must be a list; left out, the event is kept' },
    ]);
  });

  test('unknown places of an event are left out and listed', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [event('e', { places: ['a', 'q', 'r'] })],
      places: [place('a')],
    });
    expect(diagnostics).toStrictEqual([
      {
        severity: 'warning',
        code: 'unknown-place',
        message: 'unknown place "q", "r" left out; the event is kept',
        collection: 'events',
        index: 0,
        id: 'e',
        field: 'places',
      },
    ]);
    expect(dataset.events[0].places).toStrictEqual(['a']);
  });

  test('duplicate event ids: the first is kept', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [event('e', { title: 'First' }), event('e', { title: 'Second' })],
      places: [place('a')],
    });
    expect(dataset.events.map((e) => e.title)).toStrictEqual(['First']);
    expect(diagnostics).toStrictEqual([
      {
        severity: 'error',
        code: 'duplicate-id',
        message: 'another event already has the id "e"',
        collection: 'events',
        index: 1,
        id: 'e',
        field: 'id',
      },
    ]);
  });
});

describe('checkDataset(input) copies known fields only', () => {
  test('metadata: every field', () => {
    const meta = {
      title: 'M',
      description: 'D',
      licence: 'CC-BY-4.0',
      parties: [{ country: 'AZ', name: { en: 'Azerbaijan', az: 'Azərbaycan' } }],
      source: { title: 'S', url: 'https://s.example', licence: 'L' },
      categories: { trade: { en: 'Trade' }, culture: 'Culture' },
    };
    const { dataset, diagnostics } = checkDataset({ meta, events: [], places: [place('a')] });
    expect(diagnostics).toStrictEqual([]);
    expect(dataset.meta).toStrictEqual({
      title: 'M',
      description: 'D',
      licence: 'CC-BY-4.0',
      parties: [{ country: 'AZ', name: { en: 'Azerbaijan', az: 'Azərbaycan' } }],
      source: { title: 'S', url: 'https://s.example', licence: 'L' },
      categories: { trade: { en: 'Trade' }, culture: 'Culture' },
    });
    expect(Object.getPrototypeOf(dataset.meta.categories)).toBe(Object.prototype);
    expect(
      checkDataset({ meta: { title: 'M', source: { title: 'S' } }, events: [], places: [] }).dataset.meta,
    ).toStrictEqual({
      title: 'M',
      source: { title: 'S' },
    });
  });

  test('a bad detail of meta is left out alone; meta without a text title gets the default title', () => {
    const bad = checkDataset({
      meta: { title: 'M', description: 5, licence: 'CC0' },
      events: [],
      places: [place('a')],
    });
    expect(bad.dataset.meta).toEqual({ title: 'M', licence: 'CC0' });
    expect(bad.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'invalid-metadata',
        message: '"description" in meta left out: it must be text; the rest is kept',
        collection: 'meta',
        index: 0,
        field: 'description',
      },
    ]);
    expect(checkDataset({ meta: { description: 'x' }, events: [], places: [] }).dataset.meta).toEqual({
      title: 'Untitled data set',
    });
    expect(checkDataset({ meta: 'M', events: [], places: [] }).dataset.meta).toEqual({ title: 'Untitled data set' });
    expect(checkDataset({ events: [], places: [] }).dataset.meta).toEqual({ title: 'Untitled data set' });
  });

  test('places: sources, flags and kinds', () => {
    const { dataset } = checkDataset({
      events: [],
      places: [
        place('a', {
          name: { en: 'A', az: 'Ə' },
          country: 'AZ',
          represents: 'LT',
          kinds: ['capital', 'city'],
          description: 'Desc',
          source: { section: 'S1', quote: 'Q' },
          flags: [
            { field: 'lat', original: '1', corrected: '2', note: 'N' },
            { field: 'lon', original: '3', corrected: '4' },
          ],
        }),
        place('b', { source: { section: 'S2' } }),
      ],
    });
    expect(dataset.places).toStrictEqual([
      {
        id: 'a',
        name: { en: 'A', az: 'Ə' },
        country: 'AZ',
        represents: 'LT',
        lat: 40,
        lon: 49,
        kinds: ['capital', 'city'],
        description: 'Desc',
        source: { section: 'S1', quote: 'Q' },
        flags: [
          { field: 'lat', original: '1', corrected: '2', note: 'N' },
          { field: 'lon', original: '3', corrected: '4' },
        ],
      },
      { id: 'b', name: { en: 'b' }, lat: 40, lon: 49, kinds: [], source: { section: 'S2' } },
    ]);
  });

  test('events: category defaults to "other", actors only when given', () => {
    const { dataset } = checkDataset({
      events: [event('e'), event('f', { category: 'trade', actors: ['X', 'Y'], description: 'D', date: '2002' })],
      places: [place('a')],
    });
    expect(dataset.events.map(({ when: _when, ...rest }) => rest)).toStrictEqual([
      { id: 'e', date: '2001-02-03', title: 'T', category: 'other', places: ['a'] },
      { id: 'f', date: '2002', title: 'T', description: 'D', category: 'trade', places: ['a'], actors: ['X', 'Y'] },
    ]);
  });

  test('series: points with bad dates are left out, the rest sorted by date', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [],
      places: [place('a')],
      series: [
        {
          id: 's',
          title: 'S',
          unit: 'USD',
          direction: 'AZ→LT',
          points: [
            { date: '2002', value: 2 },
            { date: 'nope', value: 1 },
            { date: '2001', value: 3 },
          ],
        },
      ],
    });
    expect(diagnostics).toStrictEqual([
      {
        severity: 'warning',
        code: 'invalid-date',
        message: 'point 1 left out: "nope" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
        collection: 'series',
        index: 0,
        id: 's',
      },
    ]);
    expect(dataset.series).toHaveLength(1);
    const [series] = dataset.series;
    expect({ ...series, points: series.points.map(({ date, value }) => ({ date, value })) }).toStrictEqual({
      id: 's',
      title: 'S',
      unit: 'USD',
      direction: 'AZ→LT',
      points: [
        { date: '2001', value: 3 },
        { date: '2002', value: 2 },
      ],
    });
  });

  test('a series whose other fields fail is rejected whole', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [],
      places: [place('a')],
      series: [{ id: 's', title: 5, unit: 'u', points: [{ date: 'nope', value: 1 }] }],
    });
    expect(dataset.series).toStrictEqual([]);
    expect(diagnostics.map((d) => d.message)).toStrictEqual(['"title" must be text']);
  });
});

describe('nothing valid is thrown away with the invalid (issue 15, item 8)', () => {
  const places = [
    { id: 'baku', name: 'Baku', lat: 40.4, lon: 49.9 },
    { id: 'vilnius', name: 'Vilnius', lat: 54.7, lon: 25.3 },
  ];

  test('one bad category key or source URL in meta drops that detail, not the parties, source or labels', () => {
    const { dataset, diagnostics } = checkDataset({
      meta: {
        title: 'AZ–LT',
        parties: [
          { country: 'AZ', name: 'Azerbaijan' },
          { country: 'LT', name: 'Lithuania' },
        ],
        source: { title: 'Wikipedia', url: 'javascript:alert(1)' },
        licence: 'CC BY-SA 4.0',
        categories: { 'trade relations': 'Trade', visit: 'Visits' },
      },
      events: [],
      places,
    });
    expect(dataset.meta.parties).toHaveLength(2);
    expect(dataset.meta.licence).toBe('CC BY-SA 4.0');
    expect(dataset.meta.source).toEqual({ title: 'Wikipedia' });
    expect(dataset.meta.categories).toEqual({ visit: 'Visits' });
    expect(diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      [
        'warning',
        'invalid-metadata',
        'the category "trade relations" left out: a category id must be up to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit; the rest is kept',
      ],
      ['warning', 'invalid-metadata', expect.stringMatching(/^"source\.url" in meta left out: it /)],
    ]);
  });

  test('a malformed place reference, an empty actor or a flag without "corrected" drops that part, not the event', () => {
    const { dataset, diagnostics } = checkDataset({
      events: [
        {
          id: 'e',
          date: '2006',
          title: 'Visit',
          places: ['baku', 'Vilnius Cathedral', 'vilnius'],
          actors: ['Ilham Aliyev', ''],
          flags: [
            { field: 'date', original: '0214', corrected: '2014' },
            { field: 'title', original: 'x' },
          ],
        },
      ],
      places,
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['e']);
    const [event] = dataset.events;
    expect(event.places).toEqual(['baku', 'vilnius']);
    expect(event.actors).toEqual(['Ilham Aliyev']);
    expect(event.flags).toEqual([{ field: 'date', original: '0214', corrected: '2014' }]);
    expect(diagnostics.map((d) => [d.severity, d.field, d.message])).toEqual([
      [
        'warning',
        'places',
        'place reference 2 ("Vilnius Cathedral") left out: it must be an id: up to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit; the rest is kept',
      ],
      ['warning', 'actors', 'actor 2 ("") left out: it is empty; the rest is kept'],
      ['warning', 'flags', 'flag 2 left out: it needs "corrected"; the rest is kept'],
    ]);
  });
});
