import { describe, expect, it } from 'vitest';
import { loadDatasetValue } from '../../src/data/load.js';
import { defaultView, EMPTY_VIEW, fitMaxZoom, legendRoom } from '../../src/map/fit-view.js';
import { byImportance, indexPlaces } from '../../src/map/place-index.js';
import { describePlace, mapLabel, selectedAnnouncement, tooltipDetail } from '../../src/map/place-text.js';
import { isFilteredOut, isOutOfRange } from '../../src/map/place-visibility.js';
import { tileTemplateProblem } from '../../src/map/tile-template.js';
import { visitLegs } from '../../src/map/visit-legs.js';

const { dataset } = loadDatasetValue({
  meta: {
    title: 'Small',
    parties: [
      { country: 'AZ', name: 'Azerbaijan' },
      { country: 'LT', name: 'Lithuania' },
    ],
  },
  events: [
    {
      id: 'e1',
      date: '2001-05',
      title: 'Visit to Vilnius and back',
      category: 'visit',
      places: ['baku', 'vilnius', 'trakai', 'baku'],
    },
    { id: 'e2', date: '2005', title: 'Embassy opens', category: 'diplomacy', places: ['embassy-lt-baku'] },
    { id: 'e3', date: '2010', title: 'Festival', category: 'culture', places: ['vilnius'] },
    {
      id: 'e4',
      date: '2011',
      title: 'Two venues in Baku',
      category: 'culture',
      places: ['baku', 'embassy-lt-baku', 'nowhere'],
    },
  ],
  places: [
    { id: 'baku', name: { en: 'Baku', az: 'Bakı' }, country: 'AZ', lat: 40.4093, lon: 49.8671, kinds: ['capital'] },
    { id: 'vilnius', name: 'Vilnius', country: 'LT', lat: 54.6872, lon: 25.2797, kinds: ['capital'] },
    {
      id: 'embassy-lt-baku',
      name: 'Embassy of Lithuania',
      country: 'AZ',
      represents: 'LT',
      lat: 40.378,
      lon: 49.848,
      kinds: ['embassy'],
    },
    { id: 'trakai', name: { lt: 'Trakai' }, country: 'LT', lat: 54.6378, lon: 24.9344, kinds: ['twin-city'] },
    { id: 'nowhere', name: 'No coordinates', country: 'LT' },
  ],
});

const yearRange = (from: number, to: number) => ({ start: Date.UTC(from, 0, 1), end: Date.UTC(to, 0, 1) });

describe('indexPlaces(data, lang)', () => {
  it('keeps the places with coordinates, in data order, with symbol, party, name and event count', () => {
    const index = indexPlaces(dataset, 'en');
    expect(index.list.map((e) => [e.place.id, e.index, e.symbol, e.party, e.name, e.count])).toEqual([
      ['baku', 0, 'capital', 1, 'Baku', 2],
      ['vilnius', 1, 'capital', 2, 'Vilnius', 2],
      // An embassy takes the colour of the country it represents.
      ['embassy-lt-baku', 2, 'embassy', 2, 'Embassy of Lithuania', 2],
      ['trakai', 3, 'twin-city', 2, 'Trakai', 1],
    ]);
    expect([...index.byId.keys()]).toEqual(['baku', 'vilnius', 'embassy-lt-baku', 'trakai']);
  });

  it('names places in the language asked for, falling back to another name', () => {
    expect(indexPlaces(dataset, 'az').list.map((e) => e.name)).toEqual([
      'Bakı',
      'Vilnius',
      'Embassy of Lithuania',
      'Trakai',
    ]);
  });

  it('lists the symbols present in legend order', () => {
    expect(indexPlaces(dataset, 'en').symbols).toEqual(['capital', 'embassy', 'twin-city']);
  });

  it('byImportance puts capitals first, then more events first', () => {
    const sorted = indexPlaces(dataset, 'en').list.slice().sort(byImportance);
    expect(sorted.map((e) => e.place.id)).toEqual(['baku', 'vilnius', 'trakai', 'embassy-lt-baku']);
  });
});

describe('place texts', () => {
  const baku = indexPlaces(dataset, 'en').byId.get('baku')!;
  const trakai = indexPlaces(dataset, 'en').byId.get('trakai')!;

  it('describePlace names the place, its kind and its events', () => {
    expect(describePlace(baku)).toBe('Baku (capital), 2 events');
    expect(describePlace(trakai)).toBe('Trakai (twinned place), 1 event');
  });

  it('tooltipDetail and selectedAnnouncement', () => {
    expect(tooltipDetail(baku)).toBe('Capital · 2 events');
    expect(selectedAnnouncement(trakai)).toBe('Selected Trakai: 1 event.');
    expect(selectedAnnouncement(null)).toBe('Selection cleared.');
  });

  it('mapLabel says what the map holds and which keys work', () => {
    expect(mapLabel(null, false)).toBe('Map');
    expect(mapLabel(1, false)).toBe(
      'Map of 1 place. Arrow keys move between places, Enter selects, plus and minus zoom, Escape clears.',
    );
    expect(mapLabel(3000, true)).toBe(
      'Map of 3,000 places. Arrow keys move between places, Enter selects, plus and minus zoom, Escape clears. Where places are grouped, Enter zooms in on the group nearest the centre.',
    );
  });
});

describe('isFilteredOut(events, hidden) and isOutOfRange(events, hidden, range)', () => {
  const eventsAt = (id: string) => dataset.eventsByPlace.get(id) ?? [];
  /** Every category hidden but these. */
  const only = (...shown: string[]) => new Set(dataset.categories.map((c) => c.id).filter((id) => !shown.includes(id)));

  it('hides a place only when it has events and none is in a category left visible', () => {
    expect(isFilteredOut(eventsAt('baku'), only('diplomacy'))).toBe(true);
    expect(isFilteredOut(eventsAt('baku'), only('culture'))).toBe(false);
    expect(isFilteredOut(eventsAt('baku'), new Set(['diplomacy']))).toBe(false);
    expect(isFilteredOut(eventsAt('baku'), null)).toBe(false);
    expect(isFilteredOut([], only('diplomacy'))).toBe(false);
  });

  it('fades a place whose visible events all lie outside [start, end)', () => {
    expect(isOutOfRange(eventsAt('trakai'), null, yearRange(2009, 2012))).toBe(true);
    expect(isOutOfRange(eventsAt('vilnius'), null, yearRange(2009, 2012))).toBe(false);
    // Vilnius's event in range is filtered out, so only the 2001 visit counts.
    expect(isOutOfRange(eventsAt('vilnius'), only('visit'), yearRange(2009, 2012))).toBe(true);
    expect(isOutOfRange(eventsAt('vilnius'), null, null)).toBe(false);
    expect(isOutOfRange([], null, yearRange(2009, 2012))).toBe(false);
  });

  it('treats ranges as half-open: an event ending where the range starts, or starting where it ends, is outside it', () => {
    const e2 = dataset.eventById.get('e2')!;
    expect(isOutOfRange([e2], null, { start: e2.when.end, end: e2.when.end + 1 })).toBe(true);
    expect(isOutOfRange([e2], null, { start: e2.when.start - 1, end: e2.when.start })).toBe(true);
    expect(isOutOfRange([e2], null, { start: e2.when.start - 1, end: e2.when.start + 1 })).toBe(false);
    expect(isOutOfRange([e2], null, { start: e2.when.end - 1, end: e2.when.end })).toBe(false);
  });
});

describe('visitLegs(data, selection, placeById)', () => {
  const placeById = (id: string) => dataset.placeById.get(id);

  it('gives each leg of the selected events in order, skipping legs inside one city and places with no coordinates', () => {
    const legs = visitLegs(dataset, { eventIds: ['e1', 'e4'], placeIds: [] }, (id) => {
      const place = placeById(id);
      return place && Number.isFinite(place.lat) ? place : undefined;
    });
    // Vilnius → Trakai (about 23 km) and e4’s Baku → embassy (about 4 km) are inside one city's reach; e4's embassy →
    // nowhere has no coordinates.
    expect(legs.map((leg) => [leg.from.id, leg.to.id, leg.category])).toEqual([
      ['baku', 'vilnius', 'visit'],
      ['trakai', 'baku', 'visit'],
    ]);
  });

  it('draws a leg once even when two selected events share it, and nothing for unknown events', () => {
    const twice = visitLegs(dataset, { eventIds: ['e1', 'e1', 'unknown'], placeIds: [] }, placeById);
    expect(twice.map((leg) => `${leg.from.id}>${leg.to.id}`)).toEqual(['baku>vilnius', 'trakai>baku']);
    expect(visitLegs(dataset, { eventIds: [], placeIds: ['baku'] }, placeById)).toEqual([]);
  });
});

describe('defaultView(places), fitMaxZoom and legendRoom', () => {
  it('shows no places at the bundled region, one at city scale, several by their bounds', () => {
    expect(defaultView([])).toEqual(EMPTY_VIEW);
    expect(defaultView([{ lat: 40.4, lon: 49.9 }])).toEqual({ kind: 'centre', centre: [40.4, 49.9], zoom: 6 });
    expect(
      defaultView([
        { lat: 40.4, lon: 49.9 },
        { lat: 54.7, lon: 25.3 },
        { lat: 41.1, lon: 45.4 },
      ]),
    ).toEqual({ kind: 'bounds', south: 40.4, west: 25.3, north: 54.7, east: 49.9 });
  });

  it('fitMaxZoom never zooms a single place out from where the reader is', () => {
    expect(fitMaxZoom(1, 3, 8)).toBe(6);
    expect(fitMaxZoom(1, 9, 8)).toBe(9);
    expect(fitMaxZoom(1, 3, 4)).toBe(4);
    expect(fitMaxZoom(2, 9, 8)).toBe(8);
  });

  it('legendRoom: beside a column legend (its width and 8 px), below a strip wider than half the frame', () => {
    expect(legendRoom({ width: 160, height: 120 }, 800)).toEqual([168, 0]);
    expect(legendRoom({ width: 340, height: 60 }, 360)).toEqual([0, 60]);
    expect(legendRoom({ width: 400, height: 60 }, 800)).toEqual([408, 0]);
  });
});

describe('tileTemplateProblem (issue 15, item 4)', () => {
  it('accepts http(s) templates with only the placeholders Leaflet fills', () => {
    expect(tileTemplateProblem('https://{s}.tile.example/{z}/{x}/{y}{r}.png')).toBe(null);
    expect(tileTemplateProblem('http://tiles.example/{z}/{x}/{-y}.png')).toBe(null);
  });

  it('names what is wrong with any other', () => {
    expect(tileTemplateProblem('https://t.example/{z}/{x}/{y}.png?k={apikey}')).toBe('Leaflet cannot fill {apikey}');
    expect(tileTemplateProblem('https://t.example/{foo}/{x}/{y}/{hasOwnProperty}')).toBe(
      'Leaflet cannot fill {foo}, {hasOwnProperty}',
    );
    expect(tileTemplateProblem('https://t.example/{}/{x}/{y}')).toBe('Leaflet cannot fill {}');
    expect(tileTemplateProblem('ftp://t.example/{z}/{x}/{y}')).toBe('it is not an http(s) URL');
    expect(tileTemplateProblem('javascript:alert(1)//{z}/{x}/{y}')).toBe('it is not an http(s) URL');
    expect(tileTemplateProblem('https://t.example/{z}/{x}/{y}}')).toBe('it has an unpaired brace');
    expect(tileTemplateProblem('https://t.example/{z}/{x}.png')).toBe('it lacks {z}, {x} or {y}');
  });
});
