import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filterMessage, knownUrlState, sameSet, visibleEvents } from '../../src/atlas/atlas-filters.js';
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
