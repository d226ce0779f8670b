import { describe, expect, it } from 'vitest';
import { fetchDataset, loadDatasetValue, loadGeojsonSupport, needsGeojson } from '../../src/data/load.js';

// load.js alone, as the elements import it: the GeoJSON reader is not there until it is asked for.
const collection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id: 'a', properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [1, 2] } }],
};

describe('the GeoJSON reader, loaded on first use', () => {
  it('says when loading needs it, without parsing', () => {
    expect(needsGeojson(collection)).toBe(true);
    expect(needsGeojson(JSON.stringify(collection))).toBe(true);
    expect(needsGeojson('id,date,title\n', { text: '{"type": "FeatureCollection"}' })).toBe(true);
    expect(needsGeojson('id,date,title\n', { text: 'id,name,lat,lon\n' })).toBe(false);
    expect(needsGeojson({ events: [], places: [] })).toBe(false);
    expect(needsGeojson('x', undefined, 'geojson')).toBe(true);
  });

  it('reports GeoJSON given to the synchronous loader before the reader is loaded', () => {
    expect(loadDatasetValue(collection).diagnostics.map((d) => d.message)).toEqual([
      'the data is GeoJSON, and the GeoJSON reader is not loaded: import relations-atlas/data (or call loadGeojsonSupport())',
    ]);
  });

  it('fetchDataset loads the reader itself for a .geojson file; then the synchronous loader reads GeoJSON too', async () => {
    const fetcher = async () =>
      new Response(JSON.stringify(collection), { headers: { 'content-type': 'application/geo+json' } });
    const result = await fetchDataset('/places.geojson', { fetch: fetcher as typeof fetch });
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset.places.map((p) => p.id)).toEqual(['a']);
    expect(needsGeojson(collection)).toBe(false);
    expect(loadDatasetValue(collection).dataset.places.map((p) => p.id)).toEqual(['a']);
    await loadGeojsonSupport();
  });
});
