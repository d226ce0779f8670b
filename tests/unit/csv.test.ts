import { describe, expect, it } from 'vitest';
import { eventsToCsv, placesToCsv } from '../../src/data/csv.js';
import { loadDatasetText } from '../../src/data/load.js';

const placesCsv = `id,name,name_az,name_lt,country,lat,lon,kinds
baku,Baku,Bakı,Baku,AZ,40.4093,49.8671,capital
vilnius,Vilnius,Vilnüs,Vilnius,LT,54.6872,25.2797,capital;venue
nowhere,Nowhere,,,LT,,25,city
`;

const eventsCsv = `id,date,title,description,category,places,actors,source_section,source_quote
recognition,1991-09-10,Azerbaijan recognises Lithuania,,diplomacy,baku|vilnius,,Diplomatic relations,"The government of Azerbaijan recognized the independence of Lithuania on September 10, 1991."
visit,2006-06-08/2006-06-09,"Adamkus visits Baku, officially",A state visit.,visit,vilnius;baku,Valdas Adamkus,High-level visits,
broken,2006-02-30,Bad date,,visit,baku,,,
`;

describe('CSV import', () => {
  it('reads an events CSV with a places CSV, with row numbers in diagnostics', () => {
    const { dataset, diagnostics } = loadDatasetText(eventsCsv, { format: 'csv', placesCsv });
    expect(dataset.places.map((p) => p.id)).toEqual(['baku', 'vilnius']);
    expect(dataset.places[0].name).toEqual({ en: 'Baku', az: 'Bakı', lt: 'Baku' });
    expect(dataset.places[1].kinds).toEqual(['capital', 'venue']);
    expect(dataset.events.map((e) => e.id)).toEqual(['recognition', 'visit']);
    expect(dataset.events[1].places).toEqual(['vilnius', 'baku']);
    expect(dataset.events[1].title).toBe('Adamkus visits Baku, officially');
    expect(dataset.events[0].source?.quote).toContain('September 10, 1991');
    expect(diagnostics.map((d) => [d.collection, d.row, d.code])).toEqual([
      ['places', 4, 'missing-coordinates'],
      ['events', 4, 'invalid-date'],
    ]);
  });

  it('recognises a places CSV given alone', () => {
    const { dataset } = loadDatasetText(placesCsv);
    expect(dataset.places).toHaveLength(2);
    expect(dataset.events).toHaveLength(0);
  });

  it('round-trips a data set through CSV', () => {
    const first = loadDatasetText(eventsCsv, { format: 'csv', placesCsv });
    const again = loadDatasetText(eventsToCsv(first.dataset.events), {
      format: 'csv',
      placesCsv: placesToCsv(first.dataset.places),
    });
    expect(again.diagnostics).toEqual([]);
    const strip = (events: typeof first.dataset.events) =>
      events.map(({ when, ...rest }) => ({ ...rest, start: when.start }));
    expect(strip(again.dataset.events)).toEqual(strip(first.dataset.events));
    expect(again.dataset.places).toEqual(first.dataset.places);
  });
});
