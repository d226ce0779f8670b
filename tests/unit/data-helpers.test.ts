import { describe, expect, it, test } from 'vitest';
import { defaultCategoryColor } from '../../src/common/palette.js';
import { checkDataset } from '../../src/data/check-dataset.js';
import {
  describeLocation,
  diagnosticLines,
  formatDiagnostic,
  summarizeDiagnostics,
  type Diagnostic,
} from '../../src/data/diagnostics.js';
import { indexDataset, type LoadedEvent } from '../../src/data/loaded.js';
import { localize } from '../../src/data/localize.js';
import {
  EMPTY_SELECTION,
  eventIdsOf,
  isEmptySelection,
  placeIdsOf,
  sameSelection,
  toSelection,
} from '../../src/data/selection.js';
import { PLACE_KINDS } from '../../src/data/types.js';

const place = (id: string) => ({ id, name: id, lat: 40, lon: 49 });
const dataset = checkDataset({
  events: [
    { id: 'visit', date: '2006', title: 'Visit', places: ['baku', 'vilnius'] },
    { id: 'treaty', date: '1995', title: 'Treaty', places: ['baku'] },
    { id: 'nowhere', date: '2010', title: 'Nowhere', places: [] },
  ],
  places: [place('baku'), place('vilnius'), place('riga')],
}).dataset;

describe('selection', () => {
  test('EMPTY_SELECTION is empty and frozen', () => {
    expect(EMPTY_SELECTION).toEqual({ eventIds: [], placeIds: [] });
    expect(Object.isFrozen(EMPTY_SELECTION)).toBe(true);
    expect(Object.isFrozen(EMPTY_SELECTION.eventIds)).toBe(true);
  });

  test('isEmptySelection(selection) is true for null, undefined and no ids', () => {
    expect(isEmptySelection(null)).toBe(true);
    expect(isEmptySelection(undefined)).toBe(true);
    expect(isEmptySelection({ eventIds: [], placeIds: [] })).toBe(true);
    expect(isEmptySelection({ eventIds: ['a'], placeIds: [] })).toBe(false);
    expect(isEmptySelection({ eventIds: [], placeIds: ['b'] })).toBe(false);
  });

  test('sameSelection(a, b) compares ids in order; null equals empty', () => {
    const a = { eventIds: ['x', 'y'], placeIds: ['p'] };
    expect(sameSelection(a, a)).toBe(true);
    expect(sameSelection(a, { eventIds: ['x', 'y'], placeIds: ['p'] })).toBe(true);
    expect(sameSelection(a, { eventIds: ['y', 'x'], placeIds: ['p'] })).toBe(false);
    expect(sameSelection(a, { eventIds: ['x'], placeIds: ['p'] })).toBe(false);
    expect(sameSelection(a, { eventIds: ['x', 'y'], placeIds: ['q'] })).toBe(false);
    expect(sameSelection(a, { eventIds: ['x', 'y'], placeIds: [] })).toBe(false);
    expect(sameSelection(null, EMPTY_SELECTION)).toBe(true);
    expect(sameSelection(EMPTY_SELECTION, null)).toBe(true);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(null, a)).toBe(false);
    expect(sameSelection(a, null)).toBe(false);
  });

  test('eventIdsOf(dataset, selection) adds every event at a selected place, drops unknown ids', () => {
    expect([...eventIdsOf(dataset, { eventIds: ['nowhere', 'ghost'], placeIds: [] })]).toEqual(['nowhere']);
    expect([...eventIdsOf(dataset, { eventIds: ['nowhere'], placeIds: ['baku', 'atlantis'] })]).toEqual([
      'nowhere',
      'treaty',
      'visit',
    ]);
    expect(eventIdsOf(dataset, EMPTY_SELECTION).size).toBe(0);
  });

  test('placeIdsOf(dataset, selection) adds every place of a selected event, drops unknown ids', () => {
    expect([...placeIdsOf(dataset, { eventIds: [], placeIds: ['riga', 'atlantis'] })]).toEqual(['riga']);
    expect([...placeIdsOf(dataset, { eventIds: ['visit', 'ghost'], placeIds: ['riga'] })]).toEqual([
      'riga',
      'baku',
      'vilnius',
    ]);
    expect(placeIdsOf(dataset, EMPTY_SELECTION).size).toBe(0);
  });

  test('toSelection(input) keeps lists of ids as unique strings, anything else as empty', () => {
    expect(toSelection({ eventIds: ['a', 1, 'a'], placeIds: ['p'] })).toEqual({
      eventIds: ['a', '1'],
      placeIds: ['p'],
    });
    expect(toSelection({ eventIds: 'a', placeIds: { 0: 'p' } })).toEqual({ eventIds: [], placeIds: [] });
    expect(toSelection(null)).toEqual({ eventIds: [], placeIds: [] });
    expect(toSelection(undefined)).toEqual({ eventIds: [], placeIds: [] });
  });
});

describe('localize(text, lang)', () => {
  const text = { en: 'Baku', az: 'Bakı', 'az-Cyrl': 'Бакы' };
  test('exact tag, then primary subtag, then English, then any, then nothing', () => {
    expect(localize(text, 'az-Cyrl')).toBe('Бакы');
    expect(localize(text, 'az-Latn')).toBe('Bakı');
    expect(localize(text, 'AZ-LATN')).toBe('Bakı');
    expect(localize(text, 'lt')).toBe('Baku');
    expect(localize(text)).toBe('Baku');
    expect(localize({ lt: 'Baku (lt)', az: 'Bakı' }, 'fr')).toBe('Baku (lt)');
    expect(localize({}, 'fr')).toBe('');
    expect(localize(undefined, 'az')).toBe('');
    expect(localize('Vilnius', 'az')).toBe('Vilnius');
  });
});

describe('diagnostics', () => {
  const d = (extra: Partial<Diagnostic>): Diagnostic => ({
    severity: 'error',
    code: 'invalid-record',
    message: 'm',
    ...extra,
  });

  test('describeLocation(diagnostic) names the collection, then the row or index, then the id', () => {
    expect(describeLocation(d({}))).toBe('');
    expect(describeLocation(d({ index: 3, id: 'x' }))).toBe('');
    expect(describeLocation(d({ collection: 'events' }))).toBe('events');
    expect(describeLocation(d({ collection: 'events', index: 3 }))).toBe('events[3]');
    expect(describeLocation(d({ collection: 'events', index: 0, id: 'v' }))).toBe('events[0] (id "v")');
    expect(describeLocation(d({ collection: 'places', index: 3, row: 5, id: '' }))).toBe('places row 5');
  });

  test('formatDiagnostic(diagnostic) puts the location before the message', () => {
    expect(formatDiagnostic(d({ collection: 'links', index: 1 }))).toBe('links[1]: m');
    expect(formatDiagnostic(d({ message: 'plain' }))).toBe('plain');
  });

  test('diagnosticLines(diagnostics) lists a hundred and counts the rest', () => {
    const many = Array.from({ length: 102 }, (_, i) => d({ message: `m${i}` }));
    const lines = diagnosticLines(many);
    expect(lines).toHaveLength(101);
    expect(lines[99]).toBe('m99');
    expect(lines[100]).toBe('and 2 more (the relations-error event lists them all)');
    expect(diagnosticLines(many.slice(0, 100))).toHaveLength(100);
    expect(diagnosticLines([])).toEqual([]);
  });

  test('summarizeDiagnostics(diagnostics) counts skipped records, parts left out and fields ignored (never "repaired")', () => {
    const ignored = d({ severity: 'warning', code: 'unknown-field' });
    const leftOut = d({ severity: 'warning', code: 'invalid-link' });
    const unknownPlace = d({ severity: 'warning', code: 'unknown-place' });
    const empty = d({ severity: 'warning', code: 'empty-dataset' });
    expect(summarizeDiagnostics([])).toBe('');
    expect(summarizeDiagnostics([empty])).toBe('');
    expect(summarizeDiagnostics([d({})])).toBe('1 problem skipped');
    expect(summarizeDiagnostics([d({}), d({}), ignored, empty])).toBe('2 problems skipped, 1 field ignored');
    expect(summarizeDiagnostics([ignored, ignored])).toBe('2 fields ignored');
    expect(summarizeDiagnostics([leftOut])).toBe('1 part left out');
    expect(summarizeDiagnostics([d({}), leftOut, unknownPlace, ignored])).toBe(
      '1 problem skipped, 2 parts left out, 1 field ignored',
    );
  });
});

describe('indexDataset(parts)', () => {
  const when = (start: number, end: number) => ({ start, end }) as LoadedEvent['when'];
  const ev = (id: string, start: number, end: number, places: string[] = [], category = 'other') =>
    ({ id, date: '', title: id, category, places, when: when(start, end) }) as unknown as LoadedEvent;
  const index = (events: LoadedEvent[], categories?: Record<string, string>) =>
    indexDataset({
      meta: { title: 'T', ...(categories ? { categories } : {}) },
      events,
      places: [place('p'), place('q'), place('r')],
      links: [],
      series: [],
    });

  test('sorts events by start, then end, then id, without touching the input', () => {
    const input = [ev('c', 5, 9), ev('b', 5, 7), ev('a', 5, 7), ev('d', 1, 20)];
    const loaded = index(input);
    expect(loaded.events.map((e) => e.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(input.map((e) => e.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(index([ev('a', 5, 7), ev('b', 5, 7)]).events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(index([ev('a', 5, 7), ev('a', 5, 7)]).events.map((e) => e.id)).toEqual(['a', 'a']);
  });

  test('indexes events and places by id, and events by place once each', () => {
    const loaded = index([ev('b', 2, 3, ['p', 'p', 'q']), ev('a', 1, 2, ['p'])]);
    expect(loaded.eventById.get('a')?.id).toBe('a');
    expect(loaded.placeById.get('p')?.id).toBe('p');
    expect(loaded.eventsByPlace.get('p')?.map((e) => e.id)).toEqual(['a', 'b']);
    expect(loaded.eventsByPlace.get('q')?.map((e) => e.id)).toEqual(['b']);
    expect(loaded.eventsByPlace.has('r')).toBe(false);
    // The same as rows of positions into events (a first, then b): p has both, q has b, r none.
    expect([...loaded.placeEvents.offsets]).toEqual([0, 2, 3, 3]);
    expect([...loaded.placeEvents.positions]).toEqual([0, 1, 1]);
  });

  test('placeEvents: a place named twice counts once, unknown ids are not indexed, many places grow the rows', () => {
    const many = Array.from({ length: 40 }, (_, i) => ev(`e${i}`, i, i + 1, ['r', 'q', 'x', 'q', 'p', 'r']));
    const loaded = index(many);
    expect([...loaded.placeEvents.offsets]).toEqual([0, 40, 80, 120]);
    expect([...loaded.placeEvents.positions.subarray(0, 3)]).toEqual([0, 1, 2]);
    expect([...loaded.placeEvents.positions.subarray(117)]).toEqual([37, 38, 39]);
    expect(loaded.eventsByPlace.get('r')?.length).toBe(40);
    expect(loaded.eventCategory).toEqual(new Int32Array(40));
  });

  test('categories: the labelled ones first, then those of the events, humanized', () => {
    const loaded = index([ev('a', 1, 2, [], 'people_to-people'), ev('b', 1, 2, [], 'trade')], { trade: 'Commerce' });
    expect(loaded.categories).toEqual([
      { id: 'trade', label: 'Commerce' },
      { id: 'people_to-people', label: 'People to people' },
    ]);
  });

  test('extent: first start to last end; open ends use the other bound; null without dates', () => {
    expect(index([ev('a', 10, 20), ev('b', 5, 15)]).extent).toEqual([5, 20]);
    expect(index([ev('a', NaN, 30), ev('b', 10, NaN)]).extent).toEqual([10, 30]);
    expect(index([ev('a', NaN, 30)]).extent).toEqual([30, 30]);
    expect(index([ev('a', 12, NaN)]).extent).toEqual([12, 12]);
    expect(index([ev('a', -Infinity, 40), ev('b', 50, Infinity)]).extent).toEqual([40, 50]);
    expect(index([ev('a', NaN, NaN)]).extent).toBeNull();
    expect(index([]).extent).toBeNull();
  });
});

test('PLACE_KINDS lists the kinds the schema allows', () => {
  expect(PLACE_KINDS).toEqual(['capital', 'city', 'region', 'embassy', 'consulate', 'twin-city', 'venue']);
});

describe('lookups by data keys use own properties only (issue 15, items 2 and 3)', () => {
  it('a language named like an Object.prototype member is an absent language', () => {
    for (const lang of ['constructor', 'toString', '__proto__', 'valueOf']) {
      expect(localize({ en: 'Baku', az: 'Bakı' }, lang)).toBe('Baku');
      expect(localize({ az: 'Bakı' }, lang)).toBe('Bakı');
    }
  });

  it('a category named like an Object.prototype member gets a palette colour', () => {
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(defaultCategoryColor(id)).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(defaultCategoryColor('diplomacy')).toBe('#2563a8');
  });
});

describe('category colours within a data set (issue 11: two other categories never share a grey)', () => {
  const set = (...ids: string[]) => ({ categories: ids.map((id) => ({ id })) });

  it('up to nine categories without colours of their own get nine different colours, in their order', () => {
    const nine = set('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i');
    const colors = nine.categories.map((c) => defaultCategoryColor(c.id, nine));
    expect(new Set(colors).size).toBe(9);
    expect(colors[0]).toBe('#2563a8');
    expect(defaultCategoryColor('a', nine)).toBe(colors[0]);
  });

  it('known categories keep theirs, and the others first take the colours no known one of the set uses', () => {
    const mixed = set('diplomacy', 'tourism', 'sport');
    expect(defaultCategoryColor('diplomacy', mixed)).toBe('#2563a8');
    expect(defaultCategoryColor('tourism', mixed)).toBe('#c2410c');
    expect(defaultCategoryColor('sport', mixed)).toBe('#0f766e');
    // Outside a set (or a category the set does not list): the stable hash pick, as before.
    expect(defaultCategoryColor('tourism')).toMatch(/^#[0-9a-f]{6}$/);
    expect(defaultCategoryColor('unlisted', mixed)).toBe(defaultCategoryColor('unlisted'));
  });
});
