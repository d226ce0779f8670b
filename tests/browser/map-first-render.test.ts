import { expect } from '@esm-bundle/chai';
import type { RelationsSelectEvent } from '../../src/bus/dom-events.js';
import { loadDatasetValue } from '../../src/data/load.js';
import type { LoadedDataset } from '../../src/data/loaded.js';
import '../../src/map/map.js';
import type { RelationsMap } from '../../src/map/map.component.js';

/**
 * What the map's first paint needs is places and counts (issue 14): the per-place event lists are built for a click,
 * not for the first render. A data set whose `eventsByPlace` is watched tells which of the two read it.
 */

function watched(value: unknown): { dataset: LoadedDataset; reads: () => number } {
  const { dataset } = loadDatasetValue(value);
  const lists = dataset.eventsByPlace;
  let reads = 0;
  Object.defineProperty(dataset, 'eventsByPlace', {
    get: () => {
      reads++;
      return lists;
    },
  });
  return { dataset, reads: () => reads };
}

/** `n` places on a grid over Europe, each with one event; the first event is a visit of places 0 and 1. */
function grid(n: number) {
  const places = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Place ${i}`,
    lat: 40 + (i % 40) * 0.5,
    lon: Math.floor(i / 40) * 0.5,
  }));
  const events = places.map((place, i) => ({
    id: `e${i}`,
    date: `${2000 + (i % 20)}`,
    title: `Event ${i}`,
    category: 'culture',
    places: i === 0 ? ['p0', 'p1', 'p0'] : [place.id],
  }));
  return { meta: { title: 'Grid' }, events, places };
}

const made: HTMLElement[] = [];

async function mapOf(dataset: LoadedDataset): Promise<RelationsMap> {
  const el = document.createElement('relations-map');
  el.style.cssText = 'display: block; width: 800px; height: 500px';
  const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
  el.data = dataset;
  document.body.append(el);
  made.push(el);
  await ready;
  return el;
}

const markerOf = (el: RelationsMap, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`.leaflet-marker-icon[data-place-id="${id}"]`);

describe('the map’s first render', () => {
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  for (const [what, n] of [
    ['a few places, each a marker', 20],
    ['places enough to be grouped', 1200],
  ] as const) {
    it(`${what}: counts and the visit legend without the per-place event lists, which a click then reads`, async () => {
      const { dataset, reads } = watched(grid(n));
      const el = await mapOf(dataset);
      expect(reads(), 'eventsByPlace read by the first render').to.equal(0);
      // The visit names p0 twice and p1 once: one event at each, as the badges say.
      const legend = el.shadowRoot!.querySelector('.legend')!;
      expect(legend.querySelector('.visit-sample'), 'the visit row of the legend').to.not.equal(null);
      expect(legend.querySelector('.count-sample'), 'the count row of the legend').to.not.equal(null);
      el.fitTo(['p0', 'p1']);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const p0 = markerOf(el, 'p0');
      expect(p0, 'p0 drawn as a marker').to.not.equal(null);
      expect(p0!.querySelector('.badge')!.textContent).to.equal('1');
      expect(reads(), 'eventsByPlace read to draw p0').to.equal(0);
      const selected = new Promise<RelationsSelectEvent>((resolve) =>
        el.addEventListener('relations-select', (e) => resolve(e as RelationsSelectEvent), { once: true }),
      );
      p0!.click();
      expect((await selected).detail).to.deep.equal({ eventIds: ['e0'], placeIds: ['p0'] });
      expect(reads()).to.be.greaterThan(0);
    });
  }
});
