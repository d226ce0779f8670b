import { describe, expect, it } from 'vitest';
import { applyMessage, initialState } from '../../src/bus/messages.js';
import { checkDataset } from '../../src/data/check-dataset.js';
import { isFilteredOut, isOutOfRange, placesWithVisibleEvents } from '../../src/map/place-visibility.js';
import { buildEventIndex } from '../../src/timeline/event-index.js';

const event = (id: string, category: string, start: number, end: number) => ({
  id,
  category,
  when: { start, end } as never,
});

describe('search matches as a filter', () => {
  it('a place is hidden when none of its events is matched, and shown when one is', () => {
    const events = [event('a', 'visit', 0, 10), event('b', 'culture', 20, 30)];
    expect(isFilteredOut(events, null, new Set(['b']))).toBe(false);
    expect(isFilteredOut(events, null, new Set(['c']))).toBe(true);
    // A match in a hidden category does not count.
    expect(isFilteredOut(events, new Set(['culture']), new Set(['b']))).toBe(true);
    expect(isFilteredOut([], null, new Set(['c']))).toBe(false);
    expect(isOutOfRange(events, null, { start: 15, end: 40 }, new Set(['a']))).toBe(true);
    expect(isOutOfRange(events, null, { start: 15, end: 40 }, new Set(['b']))).toBe(false);
  });

  it('placesWithVisibleEvents gives every place the answer isFilteredOut and isOutOfRange give it', () => {
    const categories = ['visit', 'culture', 'trade'];
    const { dataset } = checkDataset({
      meta: { title: 't' },
      places: Array.from({ length: 7 }, (_, p) => ({ id: `p${p}`, name: `P${p}`, lat: p, lon: p })),
      events: Array.from({ length: 60 }, (_, i) => ({
        id: `e${i}`,
        date: `${2000 + (i % 11)}`,
        title: `E${i}`,
        category: categories[i % 3],
        // p6 has no events; p5 only culture ones.
        places: i % 3 === 1 ? ['p5', `p${i % 5}`] : [`p${i % 5}`, `p${(i * 2) % 5}`],
      })),
    });
    const Y = (year: number) => Date.UTC(year, 0, 1);
    const searches = [null, new Set(['e1', 'e4', 'nope']), new Set(dataset.events.map((e) => e.id).slice(0, 50))];
    for (const hidden of [null, new Set(['culture']), new Set(['visit', 'trade'])])
      for (const matches of searches)
        for (const range of [null, { start: Y(2003), end: Y(2004) }, { start: Y(1990), end: Y(1991) }]) {
          const visible = placesWithVisibleEvents(dataset, hidden, matches, range);
          const expected = dataset.places.map((place) => {
            const events = dataset.eventsByPlace.get(place.id) ?? [];
            if (events.length === 0) return 0;
            return (range ? isOutOfRange(events, hidden, range, matches) : isFilteredOut(events, hidden, matches))
              ? 0
              : 1;
          });
          // Places without events are 0 here (they have nothing to show); the map never fades or hides them.
          expect([...visible]).toEqual(expected);
        }
    expect([...placesWithVisibleEvents(dataset, new Set(['visit', 'trade']), null, null)]).toEqual([
      1, 1, 1, 1, 1, 1, 0,
    ]);
    expect([...placesWithVisibleEvents(dataset, null, new Set(['e1']), null)]).toEqual([0, 1, 0, 0, 0, 1, 0]);
  });

  it('the timeline indexes only the matched events', () => {
    const { dataset } = checkDataset({
      meta: { title: 't' },
      events: ['a', 'b', 'c'].map((id, i) => ({ id, date: `${2000 + i}`, title: id, category: 'visit', places: [] })),
      places: [],
    });
    expect(buildEventIndex(dataset, { matches: new Set(['a', 'c']) }).events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(buildEventIndex(dataset, { matches: null }).events).toHaveLength(3);
  });

  it('the channel keeps the last search for elements that join later', () => {
    const state = initialState();
    applyMessage(state, { type: 'filter', hidden: ['visit'], eventIds: ['a'] });
    expect(state.eventIds).toEqual(['a']);
    applyMessage(state, { type: 'filter', hidden: null });
    expect(state.eventIds).toBeNull();
  });
});
