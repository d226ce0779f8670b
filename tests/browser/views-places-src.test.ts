import { expect } from '@esm-bundle/chai';
// The views alone, without the package's index (which loads the GeoJSON reader up front): here the reader must be
// fetched on first use, as on a page with only one tag.
import '../../src/map/map.js';
import '../../src/timeline/timeline.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { mount, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';

const ids = (elements: Element[], attribute: string) =>
  [...new Set(elements.map((el) => el.getAttribute(attribute)!))].sort();
const markerIds = (map: Element) => ids(shadowQueryAll(map, '[data-place-id]'), 'data-place-id');
const eventMarkIds = (timeline: Element) => ids(shadowQueryAll(timeline, '[data-event-id]'), 'data-event-id');

describe('places-src on the views alone', () => {
  afterEach(() => unmountAll());

  it('a map given an events CSV and a GeoJSON places file shows the places', async () => {
    const map = mount<RelationsMap>(
      `<relations-map src="/tests/fixtures/geo-events.csv" places-src="/tests/fixtures/geo-places.geojson" style="height: 400px"></relations-map>`,
    );
    await waitFor(map, 'relations-ready');
    await until(() => markerIds(map).length === 4, 'four markers');
    expect(markerIds(map)).to.deep.equal(['baku', 'gazakh', 'trakai', 'vilnius']);
    expect(map.diagnostics).to.deep.equal([]);
  });

  it('a timeline given the same files shows the events, with their places known', async () => {
    const timeline = mount<RelationsTimeline>(
      `<relations-timeline src="/tests/fixtures/geo-events.csv" places-src="/tests/fixtures/geo-places.geojson"></relations-timeline>`,
    );
    await waitFor(timeline, 'relations-ready');
    await until(() => eventMarkIds(timeline).length === 4, 'four events');
    expect(eventMarkIds(timeline)).to.deep.equal(['embassy-lt', 'recognition', 'twinning', 'visit-2006']);
    expect(timeline.diagnostics).to.deep.equal([]);
    expect(timeline.loadedData!.placeById.get('baku')!.name).to.deep.equal({ en: 'Baku', az: 'Bakı' });
  });
});

describe('changing places-src or geojsonFields later', () => {
  afterEach(() => unmountAll());

  it('loads again: without places-src the map has nothing to draw, with a geojsonFields object names change', async () => {
    const map = mount<RelationsMap>(
      `<relations-map src="/tests/fixtures/geo-events.csv" places-src="/tests/fixtures/geo-places.geojson" style="height: 400px"></relations-map>`,
    );
    await until(() => markerIds(map).length === 4, 'four markers');
    map.placesSrc = null;
    await until(() => markerIds(map).length === 0, 'no markers');
    expect(map.diagnostics.map((d) => d.code)).to.include('unknown-place');
    map.placesSrc = '/tests/fixtures/geo-places.geojson';
    map.geojsonFields = { name: 'country' };
    await until(() => markerIds(map).length === 4, 'four markers again');
    expect(map.loadedData!.placeById.get('baku')!.name).to.deep.equal({ en: 'AZ', az: 'Bakı' });
  });
});

describe('GeoJSON as the data property of a view alone', () => {
  afterEach(() => unmountAll());

  it('a map given a FeatureCollection as data fetches the reader and shows the places', async () => {
    const map = mount<RelationsMap>('<relations-map style="height: 400px"></relations-map>');
    map.data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'baku',
          properties: { name: 'Baku' },
          geometry: { type: 'Point', coordinates: [49.8671, 40.4093] },
        },
        {
          type: 'Feature',
          properties: { name: 'Vilnius' },
          geometry: { type: 'Point', coordinates: [25.2797, 54.6872] },
        },
      ],
    };
    await waitFor(map, 'relations-ready');
    await until(() => markerIds(map).length === 2, 'two markers');
    expect(markerIds(map)).to.deep.equal(['baku', 'vilnius']);
    expect(map.diagnostics).to.deep.equal([]);
  });
});
