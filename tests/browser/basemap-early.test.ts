import { expect } from '@esm-bundle/chai';
import '../../src/map/map.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import { DATA_URL, mount, unmountAll, until, waitFor } from './atlas-helpers.js';

/**
 * The map asks for its country shapes as soon as its Leaflet map exists, while its data is still on the way, not
 * after the data arrived and was checked (issue 14, item 3). The data fetch is held until the shapes' module has
 * been requested. A pin: it held before this test was written.
 */

describe('the basemap off the critical path', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    unmountAll();
  });

  it('the shapes are requested while the data is held back, and the map is ready once the data comes', async () => {
    let letGo: () => void = () => {};
    const held = new Promise<void>((resolve) => (letGo = resolve));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      await held;
      return realFetch(input, init);
    };
    const shapesRequested = () =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/map/generated/basemap'));
    expect(shapesRequested(), 'not loaded before this test').to.equal(false);
    const map = mount<RelationsMap>(`<relations-map src="${DATA_URL}"></relations-map>`, 'width: 600px; height: 400px');
    await until(shapesRequested, 'the shapes requested with the data still held', 5000);
    const ready = waitFor(map, 'relations-ready');
    letGo();
    await ready;
    expect(map.shadowRoot!.querySelectorAll('path.country').length).to.be.greaterThan(20);
  });
});
