import { describe, expect, it } from 'vitest';
import { exportFileName, filteredRecords, toCsv, toGeojson } from '../../src/atlas/atlas-export.js';
import { loadDatasetText, loadDatasetValue } from '../../src/data/index.js';

const data = loadDatasetValue({
  meta: { title: 'Azerbaijan–Lithuania relations' },
  events: [
    { id: 'visit', date: '2006-06-08', title: 'A visit', category: 'visit', places: ['vilnius', 'baku'] },
    { id: 'treaty', date: '2007', title: '=HYPERLINK("x")', category: 'treaty', places: ['baku'] },
  ],
  places: [
    { id: 'baku', name: { en: 'Baku', az: 'Bakı' }, country: 'AZ', lat: 40.4093, lon: 49.8671, kinds: ['capital'] },
    { id: 'vilnius', name: 'Vilnius', country: 'LT', lat: 54.6872, lon: 25.2797 },
    { id: 'trakai', name: 'Trakai', lat: 54.6378, lon: 24.9344 },
  ],
}).dataset;
const only = (...ids: string[]) => data.events.filter((e) => ids.includes(e.id));

describe('atlas exports', () => {
  it('keep the visible events, the places with one of them, and the places without events (as the map does)', () => {
    const { events, places } = filteredRecords(data, only('treaty'));
    expect(events.map((e) => e.id)).toEqual(['treaty']);
    expect(places.map((p) => p.id)).toEqual(['baku', 'trakai']);
    expect(events[0]).not.toHaveProperty('when');
  });

  it('write places as GeoJSON Points [lon, lat] with their visible events, which load back as the same places', () => {
    const geojson = toGeojson(data, only('visit'));
    expect(geojson.features[0]).toEqual({
      type: 'Feature',
      id: 'baku',
      geometry: { type: 'Point', coordinates: [49.8671, 40.4093] },
      properties: {
        name: 'Baku',
        name_az: 'Bakı',
        country: 'AZ',
        kinds: ['capital'],
        events: [{ id: 'visit', date: '2006-06-08', title: 'A visit', category: 'visit', places: ['vilnius', 'baku'] }],
      },
    });
    const back = loadDatasetValue(geojson);
    expect(back.diagnostics).toEqual([]);
    expect(back.dataset.places).toEqual(data.places);
  });

  it('write CSV with formulas neutralised, read back by the CSV loader', () => {
    const events = toCsv(data, only('treaty'), 'events');
    expect(events).toBe(
      'type,id,date,title,description,category,places,actors,source_section,source_quote\n' +
        'title,,,Azerbaijan–Lithuania relations,,,,,,\n' +
        'event,treaty,2007,"\'=HYPERLINK(""x"")",,treaty,baku,,,\n',
    );
    const places = toCsv(data, only('treaty'), 'places');
    const back = loadDatasetText(events, { format: 'csv', placesCsv: places });
    expect(back.dataset.events[0].title).toBe('=HYPERLINK("x")');
    expect(back.dataset.meta.title).toBe('Azerbaijan–Lithuania relations');
    expect(back.dataset.places.map((p) => p.id)).toEqual(['baku', 'trakai']);
  });

  it('name files after the title', () => {
    expect(exportFileName('Azerbaijan–Lithuania relations', '.geojson')).toBe('azerbaijan-lithuania-relations.geojson');
    expect(exportFileName('Ærø — 1864', '-events.csv')).toBe('r-1864-events.csv');
    expect(exportFileName('<>', '.geojson')).toBe('relations.geojson');
  });
});
