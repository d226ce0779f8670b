import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/data/diagnostics.js';
import { epochToEdtf, parseGeojsonFields, recordsFromGeojson, slugify } from '../../src/data/geojson.js';
import { loadDatasetText, loadDatasetValue } from '../../src/data/index.js';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const usgs = readFileSync(new URL('../fixtures/usgs-earthquakes.geojson', import.meta.url), 'utf8');

describe('recordsFromGeojson', () => {
  it('makes a place of a Point feature: id from feature.id, name, kinds, country, lat and lon from [lon, lat]', () => {
    const records = recordsFromGeojson(
      collection({
        type: 'Feature',
        id: 'baku',
        properties: { name: 'Baku', kinds: ['capital'], country: 'az' },
        geometry: point(49.8671, 40.4093),
      }),
    );
    expect(records.places).toEqual([
      { id: 'baku', name: 'Baku', lat: 40.4093, lon: 49.8671, kinds: ['capital'], country: 'AZ' },
    ]);
    expect(records.events).toEqual([]);
    expect(records.diagnostics).toEqual([]);
  });

  it('makes ids from names when features have none, deduplicated and valid ids', () => {
    const f = (name: string) => ({ type: 'Feature', properties: { name }, geometry: point(1, 2) });
    const ids = recordsFromGeojson(collection(f('São Paulo'), f('São Paulo'), f('!!!'), f('Łódź'))).places.map(
      (p) => p.id,
    );
    expect(ids).toEqual(['sao-paulo', 'sao-paulo-2', 'feature-3', 'odz']);
    expect(slugify('  Vilnius — Old Town ')).toBe('vilnius-old-town');
  });

  it('reads a numeric feature id and a configured id property', () => {
    const feature = { type: 'Feature', id: 17, properties: { name: 'A', code: 'a-1' }, geometry: point(1, 2) };
    expect(recordsFromGeojson(collection(feature)).places[0].id).toBe('17');
    expect(recordsFromGeojson(collection(feature), { id: 'code' }).places[0].id).toBe('a-1');
  });

  it('turns a feature with an epoch-milliseconds time into an event at its place (USGS feeds)', () => {
    const records = recordsFromGeojson(
      collection({
        type: 'Feature',
        id: 'us7000abcd',
        properties: {
          place: '10 km SSW of Ridgecrest, CA',
          time: 1700000000000,
          title: 'M 4.2 - 10 km SSW of Ridgecrest, CA',
          url: 'https://earthquake.usgs.gov/earthquakes/eventpage/us7000abcd',
        },
        geometry: { type: 'Point', coordinates: [-117.7, 35.5, 7.8] },
      }),
    );
    expect(records.places).toEqual([{ id: 'us7000abcd', name: '10 km SSW of Ridgecrest, CA', lat: 35.5, lon: -117.7 }]);
    expect(records.events).toEqual([
      {
        id: 'us7000abcd',
        date: '2023-11-14T22:13:20Z',
        title: 'M 4.2 - 10 km SSW of Ridgecrest, CA',
        places: ['us7000abcd'],
        links: [{ label: 'earthquake.usgs.gov', url: 'https://earthquake.usgs.gov/earthquakes/eventpage/us7000abcd' }],
      },
    ]);
  });

  it('keeps ISO and EDTF dates, drops fractions of a second, and slugs a category', () => {
    const f = (date: unknown, category?: string) => ({
      type: 'Feature',
      properties: { name: 'X', date, category },
      geometry: point(1, 2),
    });
    const events = recordsFromGeojson(
      collection(f('2006-06-08/2006-06-09'), f('2000-01-05T06:45:56.789Z', 'Quarry blast'), f('2004?', 'visit')),
    ).events;
    expect(events.map((e) => [e.date, e.category])).toEqual([
      ['2006-06-08/2006-06-09', undefined],
      ['2000-01-05T06:45:56Z', 'quarry-blast'],
      ['2004?', 'visit'],
    ]);
  });

  it('skips and reports non-Point geometries, missing and out-of-range coordinates, one diagnostic per feature', () => {
    const records = recordsFromGeojson(
      collection(
        {
          type: 'Feature',
          id: 'line',
          properties: { name: 'L' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
        { type: 'Feature', id: 'none', properties: { name: 'N' }, geometry: null },
        { type: 'Feature', id: 'half', properties: { name: 'H' }, geometry: { type: 'Point', coordinates: [5] } },
        { type: 'Feature', id: 'far', properties: { name: 'F' }, geometry: point(200, 95) },
        { type: 'Feature', properties: {}, geometry: point(1, 2) },
        'not a feature',
        { type: 'Feature', id: 'ok', properties: { name: 'OK' }, geometry: point(1, 2) },
      ),
    );
    expect(records.places.map((p) => p.id)).toEqual(['ok']);
    expect(records.diagnostics.map(formatDiagnostic)).toEqual([
      'features[0] (id "line"): has a LineString, not a Point; the feature is skipped',
      'features[1] (id "none"): has no geometry, not a Point; the feature is skipped',
      'features[2] (id "half"): has no coordinates [longitude, latitude]; the feature is skipped',
      'features[3] (id "far"): has coordinates [200, 95] out of range (longitude −180 to 180, latitude −90 to 90); the feature is skipped',
      'features[4]: has no name (the property "name"); the feature is skipped',
      'features[5]: is not a GeoJSON Feature ({"type": "Feature", "geometry": …, "properties": …}); the feature is skipped',
    ]);
    expect(records.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('leaves out unknown kinds and bad countries, keeping the place', () => {
    const records = recordsFromGeojson(
      collection({
        type: 'Feature',
        id: 'p',
        properties: { name: 'P', kinds: 'capital; fortress', country: 'Lithuania' },
        geometry: point(1, 2),
      }),
    );
    expect(records.places).toEqual([{ id: 'p', name: 'P', lat: 2, lon: 1, kinds: ['capital'] }]);
    expect(records.diagnostics.map((d) => [d.severity, d.field, formatDiagnostic(d)])).toEqual([
      [
        'warning',
        'kinds',
        'features[0] (id "p"): the kind "fortress" left out (known: capital, city, region, embassy, consulate, twin-city, venue)',
      ],
      [
        'warning',
        'country',
        'features[0] (id "p"): the country "Lithuania" left out: it must be a two-letter code such as "US"',
      ],
    ]);
  });

  it('reads the properties a mapping names instead of the defaults', () => {
    const records = recordsFromGeojson(
      collection({
        type: 'Feature',
        properties: { label: 'Kaunas', when: '1920', what: 'Capital moved', kind: 'history', name: 'ignored' },
        geometry: point(23.9, 54.9),
      }),
      { name: 'label', date: 'when', title: 'what', category: 'kind' },
    );
    expect(records.places[0]).toEqual({ id: 'kaunas', name: 'Kaunas', lat: 54.9, lon: 23.9 });
    expect(records.events[0]).toEqual({
      id: 'kaunas',
      date: '1920',
      title: 'Capital moved',
      category: 'history',
      places: ['kaunas'],
    });
  });
});

describe('epochToEdtf', () => {
  it('writes UTC to the second', () => {
    expect(epochToEdtf(1700000000000)).toBe('2023-11-14T22:13:20Z');
    expect(epochToEdtf(0)).toBe('1970-01-01T00:00:00Z');
    expect(epochToEdtf(1e20)).toBeNull();
  });
});

describe('parseGeojsonFields', () => {
  it('reads "field:property" entries', () => {
    expect(parseGeojsonFields('name:place, date:time, title:title')).toEqual({
      fields: { name: 'place', date: 'time', title: 'title' },
      diagnostics: [],
    });
  });

  it('reports bad entries and keeps the good ones', () => {
    const { fields, diagnostics } = parseGeojsonFields(
      'name:place, colour:red, date, title:, name:label, id:__proto__',
    );
    expect(fields).toEqual({ name: 'place' });
    expect(diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      [
        'warning',
        'invalid-option',
        'geojson-fields: unknown field "colour" in "colour:red" ignored (known: id, name, kinds, country, date, title, category, description, url)',
      ],
      ['warning', 'invalid-option', 'geojson-fields: "date" is not field:property (for example name:place)'],
      ['warning', 'invalid-option', 'geojson-fields: "title:" names no property; write title:property'],
      ['warning', 'invalid-option', 'geojson-fields: "name" is given twice; the first ("place") is used'],
      ['warning', 'invalid-option', 'geojson-fields: "id:__proto__" names no property; write id:property'],
    ]);
  });

  it('checks an object too', () => {
    expect(parseGeojsonFields({ name: 'place', date: 5 })).toEqual({
      fields: { name: 'place' },
      diagnostics: [
        {
          severity: 'warning',
          code: 'invalid-option',
          message: 'geojson-fields: the property for "date" must be text',
        },
      ],
    });
  });
});

describe('loading GeoJSON', () => {
  it('detects a FeatureCollection in text and in a value, with its title', () => {
    const value = collection({ type: 'Feature', id: 'a', properties: { name: 'A' }, geometry: point(1, 2) });
    for (const result of [loadDatasetText(JSON.stringify(value)), loadDatasetValue(value)]) {
      expect(result.dataset.places.map((p) => p.id)).toEqual(['a']);
      expect(result.diagnostics).toEqual([]);
    }
    expect(loadDatasetText(usgs).dataset.meta.title).toBe('USGS Earthquakes, a hand-made week');
  });

  it('loads the USGS-style feed whole: 15 places, 15 events at minute precision, no problems', () => {
    const { dataset, diagnostics } = loadDatasetText(usgs);
    expect(diagnostics).toEqual([]);
    expect(dataset.places).toHaveLength(15);
    expect(dataset.events).toHaveLength(15);
    const first = dataset.eventById.get('ak023e7x5m9t')!;
    expect(first.date).toBe('2023-11-14T22:13:24Z');
    expect(first.when.start).toBe(Date.UTC(2023, 10, 14, 22, 13, 24));
    expect(first.title).toBe('M 4.6 - 112 km SSE of Sand Point, Alaska');
    expect(dataset.placeById.get('us7000l5jd')).toMatchObject({ name: 'Fiji region', lat: -17.9402, lon: 178.5231 });
    expect(new Set(dataset.events.map((e) => e.category))).toEqual(new Set(['other']));
    const byType = loadDatasetText(usgs, { geojsonFields: 'category:type' }).dataset;
    expect(byType.categories.map((c) => c.id)).toEqual(['earthquake', 'quarry-blast', 'explosion']);
  });

  it('gives an events CSV its places from a GeoJSON places file', () => {
    const places = collection(
      { type: 'Feature', id: 'baku', properties: { name: 'Baku', country: 'AZ' }, geometry: point(49.8671, 40.4093) },
      { type: 'Feature', id: 'vilnius', properties: { name: 'Vilnius' }, geometry: point(25.2797, 54.6872) },
    );
    const events = 'id,date,title,places\nvisit,2006-06-08,A visit,vilnius;baku\nlost,2007,Lost,atlantis\n';
    const { dataset, diagnostics } = loadDatasetText(events, { format: 'csv', placesCsv: JSON.stringify(places) });
    expect(dataset.places.map((p) => p.id)).toEqual(['baku', 'vilnius']);
    expect(dataset.events.map((e) => [e.id, e.places])).toEqual([
      ['visit', ['vilnius', 'baku']],
      ['lost', []],
    ]);
    expect(diagnostics.map((d) => [d.row, d.code])).toEqual([[3, 'unknown-place']]);
  });

  it('reports a places file that is JSON but no FeatureCollection, and keeps the events file', () => {
    const { diagnostics } = loadDatasetText('id,date,title,places\nx,2006,X,baku\n', {
      format: 'csv',
      placesCsv: '{"places": []}',
    });
    expect(formatDiagnostic(diagnostics[0])).toBe(
      'places: the GeoJSON is not a FeatureCollection ({"type": "FeatureCollection", "features": […]})',
    );
  });

  it('points diagnostics of records made from features at the feature', () => {
    const { diagnostics } = loadDatasetValue(
      collection(
        { type: 'Feature', id: 'ok', properties: { name: 'OK' }, geometry: point(1, 2) },
        { type: 'Feature', id: 'bad', properties: { name: 'B', date: '2006-02-30' }, geometry: point(1, 2) },
      ),
    );
    expect(diagnostics.map((d) => [d.collection, d.index, d.id, d.code])).toEqual([
      ['features', 1, 'bad', 'invalid-date'],
    ]);
  });

  it('reports geojson-fields problems with the data', () => {
    const { diagnostics } = loadDatasetValue(collection(), { geojsonFields: 'nmae:place' });
    expect(diagnostics[0].message).toMatch(/^geojson-fields: unknown field "nmae"/);
  });
});
