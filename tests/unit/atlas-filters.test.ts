import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  filterMessage,
  knownUrlState,
  narrows,
  sameFilter,
  sameSet,
  visibleEvents,
} from '../../src/atlas/atlas-filters.js';
import { searchEvents } from '../../src/atlas/sort-events.js';
import { localize } from '../../src/data/localize.js';
import { loadDatasetText } from '../../src/data/load.js';

const data = loadDatasetText(readFileSync('data/azerbaijan-lithuania.json', 'utf8')).dataset;

describe('atlas filters', () => {
  it('the filter message names the hidden categories (sorted) and the matched events', () => {
    expect(filterMessage(data, new Set(), '', 'en')).toEqual({ hidden: null, eventIds: null });
    expect(filterMessage(data, new Set(['visit', 'culture', 'not-in-this-data']), '', 'en').hidden).toEqual([
      'culture',
      'not-in-this-data',
      'visit',
    ]);
    const message = filterMessage(data, new Set(['visit']), 'Adamkus', 'en');
    expect(message.hidden).toEqual(['visit']);
    expect(message.eventIds!.length).toBeGreaterThan(1);
    for (const id of message.eventIds!) expect(JSON.stringify(data.eventById.get(id))).toContain('Adamkus');
    expect(filterMessage(data, new Set(), '   ', 'en').eventIds).toBeNull();
    // A search every event matches filters nothing: no id list goes out.
    const two = loadDatasetText(
      JSON.stringify({
        events: [
          { id: 'a', date: '2001', title: 'First visit', places: [] },
          { id: 'b', date: '2002', title: 'Second visit', places: [] },
        ],
        places: [],
      }),
    ).dataset;
    expect(filterMessage(two, new Set(), 'visit', 'en').eventIds).toBeNull();
    expect(filterMessage(two, new Set(), 'first', 'en').eventIds).toEqual(['a']);
  });

  it('visible events leave out hidden categories and non-matches', () => {
    expect(visibleEvents(data, new Set(), '', 'en')).toHaveLength(73);
    expect(visibleEvents(data, new Set(['visit']), '', 'en').every((e) => e.category !== 'visit')).toBe(true);
    expect(visibleEvents(data, new Set(), 'zzzz', 'en')).toEqual([]);
    expect(visibleEvents(null, new Set(), '', 'en')).toEqual([]);
  });

  it('a search typed on, deleted back and retyped matches what a fresh search of all events matches', () => {
    const placeName = (id: string) => localize(data.placeById.get(id)?.name, 'en');
    const fresh = (query: string) => searchEvents(data.events, query, placeName).map((e) => e.id);
    const sequence = [
      'a',
      'ad',
      'ada',
      'adam',
      'ada',
      'a',
      'vil',
      'vilnius',
      'vilnius ',
      'vilnius ba',
      'vilnius baku',
      'vil',
      '',
    ];
    for (const query of [...sequence, ...sequence.slice().reverse()]) {
      const ids = visibleEvents(data, new Set(), query, 'en').map((e) => e.id);
      expect(ids, `"${query}"`).toEqual(query.trim() ? fresh(query) : data.events.map((e) => e.id));
    }
    expect(fresh('adam').length).toBeGreaterThan(1);
    expect(fresh('vilnius baku').length).toBeLessThan(fresh('vilnius').length);
  });

  it('a search is narrowed from an earlier one only when each earlier word lies within a new word', () => {
    expect(narrows(['ev'], ['eve'])).toBe(true);
    expect(narrows(['vilnius'], ['vilnius', 'baku'])).toBe(true);
    expect(narrows(['baku', 'vil'], ['vilnius', 'baku'])).toBe(true);
    expect(narrows(['eve'], ['ev'])).toBe(false);
    expect(narrows(['vilnius', 'baku'], ['vilnius'])).toBe(false);
    expect(narrows([], ['a'])).toBe(true);
  });

  it('the same events come as the same array, so the list does not sort them again', () => {
    expect(visibleEvents(data, new Set(), '', 'en')).toBe(data.events);
    // Every event has an "a" somewhere: the search leaves them all.
    expect(visibleEvents(data, new Set(), 'a', 'en')).toBe(data.events);
    const hidden = visibleEvents(data, new Set(['visit']), 'adam', 'en');
    expect(visibleEvents(data, new Set(['visit']), 'adam', 'en')).toBe(hidden);
    expect(visibleEvents(data, new Set(['visit']), 'adam ', 'en')).toBe(hidden);
    expect(filterMessage(data, new Set(), 'adam', 'en').eventIds).toBe(
      filterMessage(data, new Set(), 'adam', 'en').eventIds,
    );
  });

  it('two filters are the same when they hide the same categories and let the same events through', () => {
    expect(sameFilter({ hidden: null, eventIds: null }, { hidden: [], eventIds: null })).toBe(true);
    expect(sameFilter({ hidden: ['a'], eventIds: ['x', 'y'] }, { hidden: ['a'], eventIds: ['x', 'y'] })).toBe(true);
    expect(sameFilter({ hidden: null, eventIds: [] }, { hidden: null, eventIds: null })).toBe(false);
    expect(sameFilter({ hidden: null, eventIds: ['x'] }, { hidden: null, eventIds: ['y'] })).toBe(false);
    expect(sameFilter({ hidden: ['a'], eventIds: null }, { hidden: ['b'], eventIds: null })).toBe(false);
  });

  it('a URL state keeps only what the data knows', () => {
    const first = data.events[0].id;
    const state = knownUrlState(data, {
      selection: { eventIds: ['nope', first], placeIds: ['baku', 'atlantis'] },
      window: null,
      hidden: ['visit', 'nonsense'],
      query: 'x',
    });
    expect(state).toEqual({
      selection: { eventIds: [first], placeIds: ['baku'] },
      hidden: new Set(['visit']),
      query: 'x',
    });
    expect(knownUrlState(data, { selection: null, window: null })).toEqual({
      selection: null,
      hidden: new Set(),
      query: '',
    });
  });

  it('sameSet compares members, not order', () => {
    expect(sameSet(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameSet(new Set(['a']), new Set(['a', 'b']))).toBe(false);
    expect(sameSet(new Set(['a', 'c']), new Set(['a', 'b']))).toBe(false);
  });
});

describe('withPlaceEvents', () => {
  it('a place chosen in the panel brings its events; an event choice stays as it is', async () => {
    const { withPlaceEvents } = await import('../../src/atlas/atlas-filters.js');
    const chosen = withPlaceEvents(data, { eventIds: [], placeIds: ['siauliai'] });
    expect(chosen.placeIds).toEqual(['siauliai']);
    expect(chosen.eventIds).toEqual((data.eventsByPlace.get('siauliai') ?? []).map((e) => e.id));
    const events = { eventIds: [data.events[0].id], placeIds: [] };
    expect(withPlaceEvents(data, events)).toBe(events);
    expect(withPlaceEvents(null, { eventIds: [], placeIds: ['baku'] })).toEqual({ eventIds: [], placeIds: ['baku'] });
  });
});
