import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  eventOrder,
  indexOfEvent,
  searchText,
  sortEvents,
  type SortKey,
} from '../../src/atlas/sort-events.js';
import { checkDataset } from '../../src/data/check-dataset.js';
import { localize } from '../../src/data/localize.js';

// Titles and categories repeat and dates tie, so the binary search has runs of equal events to walk.
const { dataset } = checkDataset({
  meta: { title: 't', categories: { visit: 'Visit', culture: 'Culture', trade: 'Trade' } },
  events: Array.from({ length: 60 }, (_, i) => ({
    id: `e${i}`,
    date: `${2000 + (i % 7)}-0${1 + (i % 3)}`,
    title: ['Summit', 'summit', 'Visit 10', 'Visit 9', 'Forum'][i % 5],
    category: ['visit', 'culture', 'trade'][i % 3],
    places: [],
  })),
  places: [],
});
const label = (id: string) => localize(dataset.categories.find((c) => c.id === id)?.label) || id;

describe('sortEvents and indexOfEvent', () => {
  it('indexOfEvent finds every event at the row sortEvents put it, for every column and direction', () => {
    for (const key of ['date', 'title', 'category'] as SortKey[]) {
      for (const descending of [false, true]) {
        const sorted = sortEvents(dataset.events, key, descending, 'en', label);
        const order = eventOrder(key, 'en', label);
        for (const event of dataset.events)
          expect(indexOfEvent(sorted, event, order, descending), `${event.id} by ${key}`).toBe(sorted.indexOf(event));
      }
    }
  });

  it('indexOfEvent says -1 for an event the list does not hold (a search left it out)', () => {
    const order = eventOrder('title', 'en', label);
    const some = sortEvents(
      dataset.events.filter((e) => e.title !== 'Forum'),
      'title',
      false,
      'en',
      label,
    );
    const forum = dataset.events.find((e) => e.title === 'Forum')!;
    const kept = dataset.events.find((e) => e.title === 'Visit 9')!;
    expect(indexOfEvent(some, forum, order, false)).toBe(-1);
    expect(indexOfEvent(some, kept, order, false)).toBe(some.indexOf(kept));
    expect(indexOfEvent([], kept, order, false)).toBe(-1);
  });

  it('the title order compares numbers as numbers and ignores case, ties in time order', () => {
    const sorted = sortEvents(dataset.events, 'title', false, 'en', label);
    expect([...new Set(sorted.map((e) => e.title.toLowerCase()))]).toEqual(['forum', 'summit', 'visit 9', 'visit 10']);
    const summits = sorted.filter((e) => e.title.toLowerCase() === 'summit');
    expect(summits.map((e) => e.when.start)).toEqual(summits.map((e) => e.when.start).sort((a, b) => a - b));
  });
});

describe('the search text, built in slices', () => {
  const many = (n: number) =>
    checkDataset({
      meta: { title: 't' },
      events: Array.from({ length: n }, (_, i) => ({
        id: `e${i}`,
        date: '2001',
        title: `Visit ${i}`,
        description: 'To Baku and back',
        actors: ['Ilham Aliyev'],
        category: 'visit',
        places: ['vilnius'],
      })),
      places: [{ id: 'vilnius', name: 'Vilnius', lat: 54.7, lon: 25.3 }],
    }).dataset;
  const placeName = (id: string) => (id === 'vilnius' ? 'Vilnius' : id);

  it('each slice builds until its deadline; the text is then what one build gives', () => {
    const sliced = many(1200);
    // A clock already past the deadline: every slice stops at its first look at the clock, after 500 events.
    const late = () => 1;
    expect(buildSearchText(sliced, 'en', placeName, 0, late)).toBe(false);
    expect(buildSearchText(sliced, 'en', placeName, 0, late)).toBe(false);
    expect(buildSearchText(sliced, 'en', placeName, 0, late)).toBe(true);
    expect(searchText(sliced, 'en', placeName)).toEqual(searchText(many(1200), 'en', placeName));
    const seventh = sliced.events[7].title.toLowerCase();
    expect(searchText(sliced, 'en', placeName)[7]).toBe(`${seventh} to baku and back visit ilham aliyev vilnius`);
  });

  it('a search before the slices are done builds the rest at once', () => {
    const data = many(1200);
    expect(buildSearchText(data, 'en', placeName, 0, () => 1)).toBe(false);
    const texts = searchText(data, 'en', placeName);
    expect(texts.length).toBe(1200);
    expect(texts[1199]).toBe(`${data.events[1199].title.toLowerCase()} to baku and back visit ilham aliyev vilnius`);
    expect(buildSearchText(data, 'en', placeName, 0, () => 1)).toBe(true);
  });
});
