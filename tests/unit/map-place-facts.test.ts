import { describe, expect, it } from 'vitest';
import { loadDatasetValue } from '../../src/data/load.js';
import { defaultView, placeSpread, showsParties } from '../../src/map/fit-view.js';
import { indexPlaces, placeFacts } from '../../src/map/place-index.js';

const { dataset } = loadDatasetValue({
  meta: { title: 'Facts', parties: [{ country: 'AZ', name: 'Azerbaijan' }] },
  events: [
    // A round trip: baku twice, counted once there.
    { id: 'e1', date: '2001-05', title: 'Round trip', category: 'visit', places: ['baku', 'vilnius', 'baku'] },
    { id: 'e2', date: '2005', title: 'Embassy opens', category: 'diplomacy', places: ['embassy'] },
    { id: 'e3', date: '2010', title: 'Festival', category: 'culture', places: ['vilnius'] },
    // A place named twice in a two-place event is no visit.
    { id: 'e4', date: '2011', title: 'Twice', category: 'culture', places: ['trakai', 'trakai'] },
    { id: 'e5', date: '2012', title: 'Nowhere', category: 'culture', places: ['nowhere'] },
  ],
  places: [
    { id: 'baku', name: 'Baku', country: 'AZ', lat: 40.4, lon: 49.9, kinds: ['capital'] },
    { id: 'nowhere', name: 'No coordinates', country: 'LT' },
    { id: 'vilnius', name: 'Vilnius', country: 'LT', lat: 54.7, lon: 25.3, kinds: ['capital'] },
    { id: 'embassy', name: 'Embassy', country: 'AZ', represents: 'LT', lat: 40.38, lon: 49.85, kinds: ['embassy'] },
    { id: 'trakai', name: 'Trakai', country: 'LT', lat: 54.64, lon: 24.93, kinds: ['twin-city'] },
  ],
});

describe('placeFacts(data): what the first paint needs, in typed arrays, once per data set', () => {
  const facts = placeFacts(dataset);

  it('keeps the places with coordinates in data order: the data set’s own array, not a copy', () => {
    expect(facts.size).toBe(4);
    expect(facts.drawable).toBe(dataset.places);
    expect(['baku', 'vilnius', 'embassy', 'trakai', 'nowhere', 'paris'].map(facts.slotOf)).toEqual([
      0, 1, 2, 3, -1, -1,
    ]);
    expect([0, 1, 2, 3].map(facts.dataIndexOf)).toEqual([0, 1, 2, 3]);
  });

  it('maps slots to data indices when a place cannot be drawn (the checks drop those, the map copes all the same)', () => {
    const odd = { id: 'odd', name: 'Odd', lat: Number.NaN, lon: 10, kinds: [] };
    const withOdd = { ...dataset, places: [dataset.places[0], odd, ...dataset.places.slice(1)] };
    const oddFacts = placeFacts(withOdd);
    expect([oddFacts.size, oddFacts.slotOf('odd'), oddFacts.slotOf('vilnius')]).toEqual([4, -1, 1]);
    expect([0, 1, 2, 3].map(oddFacts.dataIndexOf)).toEqual([0, 2, 3, 4]);
    expect(oddFacts.drawable.map((place) => place.id)).toEqual(['baku', 'vilnius', 'embassy', 'trakai']);
    expect(indexPlaces(withOdd, 'en').get('vilnius')!.index).toBe(2);
  });

  it('counts the events at each place in one pass, a place named twice in one event once', () => {
    expect([...facts.counts]).toEqual([1, 2, 1, 1]);
  });

  it('says whether events name places and whether one names two different places (a visit)', () => {
    expect([facts.eventsHavePlaces, facts.hasVisits]).toEqual([true, true]);
    const { dataset: noVisits } = loadDatasetValue({
      meta: { title: 'No visits' },
      events: [{ id: 'e', date: '2011', title: 'Twice', category: 'culture', places: ['a', 'a'] }],
      places: [{ id: 'a', name: 'A', lat: 1, lon: 2 }],
    });
    expect([placeFacts(noVisits).eventsHavePlaces, placeFacts(noVisits).hasVisits]).toEqual([true, false]);
    const { dataset: noPlaces } = loadDatasetValue({
      meta: { title: 'No places' },
      events: [{ id: 'e', date: '2011', title: 'Somewhere', category: 'culture' }],
    });
    expect([placeFacts(noPlaces).eventsHavePlaces, placeFacts(noPlaces).hasVisits]).toEqual([false, false]);
  });

  it('lists the symbols present in legend order and the spread of the places', () => {
    expect(facts.symbols).toEqual(['capital', 'embassy', 'twin-city']);
    expect(facts.spread).toEqual({ count: 4, south: 40.38, west: 24.93, north: 54.7, east: 49.9 });
  });

  it('is computed once per data set and shared by every index of it', () => {
    expect(placeFacts(dataset)).toBe(facts);
    expect(indexPlaces(dataset, 'en').facts).toBe(facts);
    expect(indexPlaces(dataset, 'az').facts).toBe(facts);
  });
});

describe('indexPlaces(data, lang) makes entries only when asked', () => {
  it('entry(slot) and get(id) give the same entry, with its count, made once', () => {
    const index = indexPlaces(dataset, 'en');
    const vilnius = index.get('vilnius')!;
    expect([vilnius.place.id, vilnius.index, vilnius.symbol, vilnius.party, vilnius.name, vilnius.count]).toEqual([
      'vilnius',
      1,
      'capital',
      0,
      'Vilnius',
      2,
    ]);
    expect(index.entry(1)).toBe(vilnius);
    expect(index.list[1]).toBe(vilnius);
    expect(index.byId.get('vilnius')).toBe(vilnius);
    expect(index.get('nowhere')).toBeUndefined();
    expect(index.size).toBe(4);
  });
});

describe('placeSpread(places) and defaultView(spread)', () => {
  const places = [
    { lat: 55.75, lon: 37.62 },
    { lat: 38.9, lon: -77.04 },
    { lat: 40.4, lon: 49.9 },
  ];
  const spread = placeSpread(places);

  it('is the count and the box around the places', () => {
    expect(spread).toEqual({ count: 3, south: 38.9, west: -77.04, north: 55.75, east: 49.9 });
    expect(placeSpread([])).toEqual({
      count: 0,
      south: Infinity,
      west: Infinity,
      north: -Infinity,
      east: -Infinity,
    });
  });

  it('gives the same default view as the places themselves, with and without parties', () => {
    const russia = [19.6, 41.1, 190.1, 81.2] as const;
    for (const list of [[], places.slice(0, 1), places.slice(0, 2), places]) {
      const of = placeSpread(list);
      expect(defaultView(of)).toEqual(defaultView(list));
      expect(defaultView(of, [russia])).toEqual(defaultView(list, [russia]));
      expect(showsParties(of)).toBe(showsParties(list));
    }
    expect(defaultView(placeSpread([{ lat: 40.4, lon: 49.9 }]))).toEqual({
      kind: 'centre',
      centre: [40.4, 49.9],
      zoom: 6,
    });
  });
});
