import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import type { Place } from '../../src/data/types.js';
import { defaultView, EMPTY_VIEW, fitMaxZoom, legendRoom, showsParties } from '../../src/map/fit-view.js';
import {
  describePlace,
  eventCount,
  mapLabel,
  placeCount,
  selectedAnnouncement,
  SYMBOL_NAMES,
  tooltipDetail,
} from '../../src/map/place-text.js';
import { MAX_LEGS, visitLegs } from '../../src/map/visit-legs.js';

describe('fit-view', () => {
  test('defaultView(places): the region without places, city scale for one, the bounds of several', () => {
    expect(defaultView([])).toBe(EMPTY_VIEW);
    expect(EMPTY_VIEW).toEqual({ kind: 'centre', centre: [48, 30], zoom: 3 });
    expect(defaultView([{ lat: 40.4, lon: 49.9 }])).toEqual({ kind: 'centre', centre: [40.4, 49.9], zoom: 6 });
    expect(
      defaultView([
        { lat: 40, lon: 49 },
        { lat: 54, lon: 25 },
        { lat: 45, lon: 30 },
      ]),
    ).toEqual({ kind: 'bounds', south: 40, west: 25, north: 54, east: 49 });
  });

  test('defaultView(places, parties) takes in the parties’ countries around few places or one city', () => {
    const russia = [19.6, 41.1, 190.1, 81.2] as const;
    const usa = [-171.8, 18.9, -67, 71.4] as const;
    const moscow = { lat: 55.75, lon: 37.62 };
    const washington = { lat: 38.9, lon: -77.04 };
    expect(defaultView([moscow, washington], [russia, usa])).toEqual({
      kind: 'bounds',
      south: 18.9,
      west: -171.8,
      north: 81.2,
      east: 190.1,
    });
    expect(defaultView([], [russia])).toEqual({ kind: 'bounds', south: 41.1, west: 19.6, north: 81.2, east: 190.1 });
    expect(defaultView([moscow], [[21, 53.9, 26.6, 56.4]])).toEqual({
      kind: 'bounds',
      south: 53.9,
      west: 21,
      north: 56.4,
      east: 37.62,
    });
    // Three places in three cities: the places alone; the parties' bounds are not yet known: as before.
    const baku = { lat: 40.4, lon: 49.9 };
    expect(defaultView([moscow, washington, baku], [russia, usa])).toEqual({
      kind: 'bounds',
      south: 38.9,
      west: -77.04,
      north: 55.75,
      east: 49.9,
    });
    expect(defaultView([moscow], [])).toEqual({ kind: 'centre', centre: [55.75, 37.62], zoom: 6 });
  });

  test('showsParties(places): two places or fewer, or all within half a degree (one city)', () => {
    expect(showsParties([])).toBe(true);
    expect(
      showsParties([
        { lat: 1, lon: 1 },
        { lat: 50, lon: 50 },
      ]),
    ).toBe(true);
    const tokyo = [
      { lat: 35.68, lon: 139.76 },
      { lat: 35.66, lon: 139.7 },
      { lat: 35.71, lon: 139.81 },
    ];
    expect(showsParties(tokyo)).toBe(true);
    expect(showsParties([...tokyo, { lat: 37.57, lon: 126.98 }])).toBe(false);
  });

  test('fitMaxZoom(places, currentZoom, closest) never zooms out from one place', () => {
    expect(fitMaxZoom(2, 9, 12)).toBe(12);
    expect(fitMaxZoom(1, 3, 12)).toBe(6);
    expect(fitMaxZoom(1, 8, 12)).toBe(8);
    expect(fitMaxZoom(1, 3, 5)).toBe(5);
  });

  test('legendRoom(legend, frameWidth): beside the places, or below them when the legend is a wide strip', () => {
    expect(legendRoom({ width: 100, height: 40 }, 400)).toEqual([108, 0]);
    expect(legendRoom({ width: 200, height: 40 }, 400)).toEqual([108 + 100, 0]);
    expect(legendRoom({ width: 201, height: 40 }, 400)).toEqual([0, 40]);
  });
});

describe('place-text', () => {
  const baku = { name: 'Baku', symbol: 'capital', count: 1 } as const;
  const riga = { name: 'Riga', symbol: 'twin-city', count: 3 } as const;

  test('names for each symbol', () => {
    expect(SYMBOL_NAMES).toEqual({
      capital: 'Capital',
      embassy: 'Embassy',
      consulate: 'Consulate',
      'twin-city': 'Twinned place',
      venue: 'Venue',
      city: 'City or region',
    });
  });

  test('counts, accessible names, tooltips and announcements', () => {
    expect([eventCount(0), eventCount(1), eventCount(2)]).toEqual(['0 events', '1 event', '2 events']);
    expect([placeCount(0), placeCount(1), placeCount(2)]).toEqual(['0 places', '1 place', '2 places']);
    expect(describePlace(baku)).toBe('Baku (capital), 1 event');
    expect(describePlace(riga)).toBe('Riga (twinned place), 3 events');
    expect(tooltipDetail(riga)).toBe('Twinned place · 3 events');
    expect(selectedAnnouncement(baku)).toBe('Selected Baku: 1 event.');
    expect(selectedAnnouncement(null)).toBe('Selection cleared.');
  });

  test('mapLabel(places, grouped) says what the map shows and which keys work', () => {
    const keys = 'Arrow keys move between places, Enter selects, plus and minus zoom, Escape clears.';
    expect(mapLabel(null, true)).toBe('Map');
    expect(mapLabel(1, false)).toBe(`Map of 1 place. ${keys}`);
    expect(mapLabel(5, true)).toBe(
      `Map of 5 places. ${keys} Where places are grouped, Enter zooms in on the group nearest the centre.`,
    );
  });
});

describe('visitLegs(data, selection, placeById)', () => {
  const place = (id: string, lat: number, lon: number) => ({ id, name: id, lat, lon });
  const { dataset } = checkDataset({
    events: [
      { id: 'tour', date: '2006', title: 'Tour', category: 'visit', places: ['baku', 'vilnius', 'kaunas', 'vilnius'] },
      { id: 'city', date: '2007', title: 'City', places: ['baku', 'baku-old'] },
      { id: 'again', date: '2008', title: 'Again', category: 'trade', places: ['baku', 'vilnius', 'riga'] },
    ],
    places: [
      place('baku', 40.41, 49.87),
      place('baku-old', 40.37, 49.83),
      place('vilnius', 54.69, 25.28),
      place('kaunas', 54.9, 23.9),
      place('riga', 56.95, 24.1),
    ],
  });
  const drawn =
    (except: string[] = []) =>
    (id: string) =>
      except.includes(id) ? undefined : (dataset.placeById.get(id) as Place | undefined);
  const names = (legs: ReturnType<typeof visitLegs>) =>
    legs.map((leg) => `${leg.from.id}>${leg.to.id} ${leg.category}`);

  test('each pair of places once, in order, with the category of the first event that makes it', () => {
    expect(names(visitLegs(dataset, { eventIds: ['tour', 'again'], placeIds: [] }, drawn()))).toEqual([
      'baku>vilnius visit',
      'vilnius>kaunas visit',
      'kaunas>vilnius visit',
      'vilnius>riga trade',
    ]);
  });

  test('legs within one city, to places not drawn, and unknown events are left out', () => {
    expect(visitLegs(dataset, { eventIds: ['city', 'ghost'], placeIds: [] }, drawn())).toEqual([]);
    expect(names(visitLegs(dataset, { eventIds: ['tour'], placeIds: [] }, drawn(['kaunas'])))).toEqual([
      'baku>vilnius visit',
    ]);
    expect(visitLegs(dataset, { eventIds: [], placeIds: ['baku'] }, drawn())).toEqual([]);
    const same = dataset.placeById.get('baku') as Place;
    expect(visitLegs(dataset, { eventIds: ['tour'], placeIds: [] }, () => same)).toEqual([]);
  });
});

describe('bounded drawing (issue 15, item 14)', () => {
  test('an event at 5,000 places draws at most MAX_LEGS legs, the first in order', () => {
    const places = Array.from({ length: 5000 }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      lat: (i % 80) - 40,
      lon: i % 2 ? 10 : -10,
    }));
    const { dataset } = checkDataset({
      events: [{ id: 'many', date: '2006', title: 'Many', places: places.map((p) => p.id) }],
      places,
    });
    const legs = visitLegs(dataset, { eventIds: ['many'], placeIds: [] }, (id) => dataset.placeById.get(id));
    expect(MAX_LEGS).toBe(200);
    expect(legs).toHaveLength(MAX_LEGS);
    expect(legs[0].from.id).toBe('p0');
    expect(legs[1].from.id).toBe('p1');
  });
});
