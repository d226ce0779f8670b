import { expect } from '@esm-bundle/chai';
import type { Map as LeafletMap } from 'leaflet';
import '../../src/map/map.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import { until } from './atlas-helpers.js';

/**
 * The whole world on the map (issue 11, item 1): a pair of countries across the antimeridian and a pair outside
 * Europe get their land, shaded parties and a first view that shows them, with the 1:50m shapes fetched only once the
 * reader zooms in. Land is read from the drawn SVG paths themselves (isPointInFill at a place's screen point).
 */

const US_RUSSIA = new URL('../../data/united-states-russia.json', import.meta.url).href;
const JAPAN_KOREA = new URL('../../data/japan-south-korea.json', import.meta.url).href;

const made: HTMLElement[] = [];
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

async function drawnMap(src: string, width = 1000, height = 500): Promise<{ el: RelationsMap; map: LeafletMap }> {
  const el = document.createElement('relations-map');
  el.style.cssText = `display: block; width: ${width}px; height: ${height}px`;
  el.src = src;
  const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
  document.body.append(el);
  made.push(el);
  await ready;
  return { el, map: el.leafletMap! as unknown as LeafletMap };
}

/** The detail regions' files this page has fetched, with when each request started. */
const detailRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/map/generated/basemap-detail-'))
    .map((entry) => ({ file: entry.name.split('/').pop()!, start: entry.startTime }));

const drawnPaths = (el: RelationsMap) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg.basemap path')];

/** The countries (ISO codes) whose drawn paths cover the screen point of lat, lon. */
function landAt(el: RelationsMap, map: LeafletMap, lat: number, lon: number): string[] {
  const box = map.getContainer().getBoundingClientRect();
  const point = map.latLngToContainerPoint([lat, lon]);
  const screen = new DOMPoint(box.left + point.x, box.top + point.y);
  return drawnPaths(el)
    .filter((path) => path.isConnected && path.isPointInFill(screen.matrixTransform(path.getScreenCTM()!.inverse())))
    .map((path) => path.dataset.country ?? '');
}

function setView(map: LeafletMap, lat: number, lon: number, zoom: number): Promise<unknown> {
  const moved = new Promise((resolve) => map.once('moveend', resolve));
  map.setView([lat, lon], zoom, { animate: false });
  return moved;
}

describe('the world map: United States–Russia', () => {
  // First in the file: no detail region has been fetched by this page yet.
  it('fetches the 1:50m shapes only once the reader zooms in, and draws them', async () => {
    const { el, map } = await drawnMap(US_RUSSIA);
    expect(map.getZoom()).to.be.below(4);
    const worldAlaska = drawnPaths(el)
      .find((p) => p.dataset.country === 'US')!
      .getAttribute('d')!.length;
    const zoomedAt = performance.now();
    await setView(map, 61.2, -149.9, 6);
    await until(() => detailRequests().length > 0, 'a detail region requested after zooming in');
    await until(
      () =>
        drawnPaths(el).some(
          (p) => p.isConnected && p.dataset.country === 'US' && p.getAttribute('d')!.length > 2 * worldAlaska,
        ),
      'the 1:50m United States drawn',
    );
    // A request is listed once it is answered: by now any made for the world view would be there too.
    const requests = detailRequests();
    expect(
      requests.filter((r) => r.start < zoomedAt).map((r) => r.file),
      'fetched before zooming in',
    ).to.deep.equal([]);
    // Only the regions under an Alaskan view (Alaska's, Canada's, Russia's that reaches past 180°), not the dozen.
    expect(requests.length).to.be.within(1, 3);
    expect(landAt(el, map, 61.6, -149.5)).to.include('US');
  });

  it('opens on a view that holds every place, from Sitka and Anchorage to Moscow and Vladivostok', async () => {
    const { el, map } = await drawnMap(US_RUSSIA);
    const bounds = map.getBounds();
    const places = el.loadedData!.places;
    expect(places.length).to.equal(12);
    const outside = places.filter((p) => !bounds.contains([p.lat, p.lon])).map((p) => p.id);
    expect(outside).to.deep.equal([]);
  });

  it('shades the United States as the first party and Russia as the second, the rest quiet', async () => {
    const { el } = await drawnMap(US_RUSSIA);
    const classesOf = (iso: string) => [
      ...new Set(
        drawnPaths(el)
          .filter((p) => p.dataset.country === iso)
          .map((p) => p.getAttribute('class')),
      ),
    ];
    expect(classesOf('US')).to.deep.equal(['country country-party-1']);
    expect(classesOf('RU')).to.deep.equal(['country country-party-2']);
    expect(classesOf('CA')).to.deep.equal(['country country-other']);
    const fill = (iso: string) => getComputedStyle(drawnPaths(el).find((p) => p.dataset.country === iso)!).fill;
    expect(fill('US')).to.not.equal(fill('CA'));
    expect(fill('RU')).to.not.equal(fill('CA'));
    expect(fill('RU')).to.not.equal(fill('US'));
  });

  it('at world zoom, Chukotka on both sides of 180° is Russia and Alaska is the United States, the Pacific is sea', async () => {
    const { el, map } = await drawnMap(US_RUSSIA);
    await setView(map, 60, 180, 2);
    expect(landAt(el, map, 66, 175)).to.deep.equal(['RU']);
    expect(landAt(el, map, 67, -178)).to.deep.equal(['RU']);
    expect(landAt(el, map, 64, -150)).to.deep.equal(['US']);
    // A ring that jumped across the world would paint a streak over the open ocean.
    expect(landAt(el, map, 40, -160)).to.deep.equal([]);
    expect(landAt(el, map, 30, 170)).to.deep.equal([]);
    // The same land east of the antimeridian, in the copy of the world beside this one.
    expect(landAt(el, map, 64, 210)).to.deep.equal(['US']);
  });
  it('keeps the land under its places through an animated zoom and a pan', async () => {
    const { el, map } = await drawnMap(US_RUSSIA);
    const zoomed = new Promise((resolve) => map.once('zoomend', resolve));
    map.setZoomAround(map.latLngToContainerPoint([55.75, 37.62]), map.getZoom() + 1, { animate: true });
    await zoomed;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(landAt(el, map, 55.75, 37.62), 'Moscow after the zoom').to.deep.equal(['RU']);
    const panned = new Promise((resolve) => map.once('moveend', resolve));
    map.panBy([-300, 0], { animate: false });
    await panned;
    expect(landAt(el, map, 55.75, 37.62), 'Moscow after the pan').to.deep.equal(['RU']);
    expect(landAt(el, map, 38.9, -77.04), 'Washington after the pan').to.deep.equal(['US']);
  });
});

describe('the world map: Japan–South Korea', () => {
  it('shades Japan and South Korea and draws the land around Tokyo', async () => {
    const { el, map } = await drawnMap(JAPAN_KOREA);
    const classesOf = (iso: string) => [
      ...new Set(
        drawnPaths(el)
          .filter((p) => p.dataset.country === iso)
          .map((p) => p.getAttribute('class')),
      ),
    ];
    expect(classesOf('JP')).to.deep.equal(['country country-party-1']);
    expect(classesOf('KR')).to.deep.equal(['country country-party-2']);
    // Saitama, north of Tokyo, and Daejeon in South Korea; the sea between them is not land.
    expect(landAt(el, map, 35.9, 139.6)).to.deep.equal(['JP']);
    expect(landAt(el, map, 36.35, 127.38)).to.deep.equal(['KR']);
    expect(landAt(el, map, 38, 134)).to.deep.equal([]);
    const bounds = map.getBounds();
    expect(el.loadedData!.places.filter((p) => !bounds.contains([p.lat, p.lon])).map((p) => p.id)).to.deep.equal([]);
  });
});
