import { describe, expect, it } from 'vitest';
import { applyMessage, initialState } from '../../src/bus/messages.js';
import { checkDataset } from '../../src/data/check-dataset.js';
import { isFilteredOut, isOutOfRange } from '../../src/map/place-visibility.js';
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
