import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import type { Map as LeafletMap } from 'leaflet';
import '../../src/map/map.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import { until } from './atlas-helpers.js';
import { wheelAt } from './gestures.js';

/**
 * Markers stay on their places whatever moves the view: after a pan (Leaflet's panBy and a real mouse drag), a zoom
 * (zoomIn and a real wheel turn) and a resize of the element, every drawn marker's centre is within 1 px of the
 * container point Leaflet computes for the place. Each test waits for Leaflet's own end event, never a timer.
 */

const DATA_URL = new URL('../../data/azerbaijan-lithuania.json', import.meta.url).href;

const made: HTMLElement[] = [];
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

async function drawnMap(): Promise<{ el: RelationsMap; map: LeafletMap }> {
  const el = document.createElement('relations-map');
  el.style.cssText = 'display: block; width: 800px; height: 500px';
  el.src = DATA_URL;
  const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
  document.body.append(el);
  made.push(el);
  await ready;
  return { el, map: el.leafletMap! as unknown as LeafletMap };
}

const nextEvent = (map: LeafletMap, name: string) => new Promise((resolve) => map.once(name, resolve));

/** Each drawn marker whose centre is more than 1 px from its place's container point, with both points. */
function markersOffTheirPlaces(el: RelationsMap, map: LeafletMap): string[] {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const originX = box.left + container.clientLeft;
  const originY = box.top + container.clientTop;
  const markers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-place-id]')];
  expect(markers.length, 'markers drawn').to.be.greaterThan(10);
  const off: string[] = [];
  for (const marker of markers) {
    const place = el.loadedData!.placeById.get(marker.dataset.placeId!)!;
    const rect = marker.getBoundingClientRect();
    const x = rect.left + rect.width / 2 - originX;
    const y = rect.top + rect.height / 2 - originY;
    const expected = map.latLngToContainerPoint([place.lat, place.lon]);
    if (Math.abs(x - expected.x) > 1 || Math.abs(y - expected.y) > 1) {
      off.push(
        `${place.id}: drawn at ${x.toFixed(1)},${y.toFixed(1)}, place at ${expected.x.toFixed(1)},${expected.y.toFixed(1)}`,
      );
    }
  }
  return off;
}

/** A viewport point inside the map where a press lands on the map itself, not on a marker or the legend. */
function emptySpot(el: RelationsMap, map: LeafletMap): [number, number] {
  const box = map.getContainer().getBoundingClientRect();
  for (let fy = 0.2; fy < 0.9; fy += 0.1) {
    for (let fx = 0.1; fx < 0.6; fx += 0.05) {
      const [x, y] = [Math.round(box.left + box.width * fx), Math.round(box.top + box.height * fy)];
      const hit = el.shadowRoot!.elementFromPoint(x, y);
      if (hit && !hit.closest('[data-place-id], .legend, .zoom, .leaflet-interactive')) return [x, y];
    }
  }
  throw new Error('no empty spot on the map');
}

describe('<relations-map> geometry: markers stay on their places', () => {
  it('in the fitted view', async () => {
    const { el, map } = await drawnMap();
    expect(markersOffTheirPlaces(el, map)).to.deep.equal([]);
  });

  it('after map.panBy (animated), once moveend has fired', async () => {
    const { el, map } = await drawnMap();
    const moved = nextEvent(map, 'moveend');
    map.panBy([150, -90]);
    await moved;
    expect(markersOffTheirPlaces(el, map)).to.deep.equal([]);
  });

  it('after a real mouse drag, once moveend has fired (inertia included)', async () => {
    const { el, map } = await drawnMap();
    el.scrollIntoView({ block: 'center' });
    const [x, y] = emptySpot(el, map);
    const anchor = map.getCenter();
    const before = map.latLngToContainerPoint(anchor);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 6; step++) await sendMouse({ type: 'move', position: [x + step * 20, y + step * 10] });
    const moved = nextEvent(map, 'moveend');
    await sendMouse({ type: 'up' });
    await moved;
    const after = map.latLngToContainerPoint(anchor);
    // The map followed the pointer (120, 60); inertia may carry it further, never back.
    expect(after.x - before.x).to.be.at.least(119);
    expect(after.y - before.y).to.be.at.least(59);
    expect(markersOffTheirPlaces(el, map)).to.deep.equal([]);
  });

  it('after each animated zoom in and out, once moveend has fired', async () => {
    const { el, map } = await drawnMap();
    const zoom = map.getZoom();
    // Several zooms: Leaflet's end-of-zoom timer races the CSS transitions, and one zoom may not show it.
    for (const [by, expected] of [
      [1, zoom + 1],
      [1, zoom + 2],
      [-1, zoom + 1],
      [-1, zoom],
    ] as const) {
      const moved = nextEvent(map, 'moveend');
      if (by > 0) map.zoomIn(1);
      else map.zoomOut(1);
      await moved;
      expect(map.getZoom()).to.equal(expected);
      expect(markersOffTheirPlaces(el, map), `at zoom ${expected}`).to.deep.equal([]);
    }
  });

  it('after a real wheel turn over the map, once zoomend and moveend have fired', async () => {
    const { el, map } = await drawnMap();
    el.scrollIntoView({ block: 'center' });
    const [x, y] = emptySpot(el, map);
    const zoom = map.getZoom();
    // Engaged (focused), so the wheel zooms the map rather than scrolling the page.
    el.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    // Leaflet fires moveend right after zoomend, in the same task: both are listened for before the wheel turns.
    const settled = Promise.all([nextEvent(map, 'zoomend'), nextEvent(map, 'moveend')]);
    await wheelAt(x, y, -240);
    await settled;
    expect(map.getZoom()).to.be.greaterThan(zoom);
    expect(markersOffTheirPlaces(el, map)).to.deep.equal([]);
  });

  it('after the element is resized, once Leaflet has taken the new size', async () => {
    const { el, map } = await drawnMap();
    const resized = nextEvent(map, 'resize');
    el.style.width = '620px';
    el.style.height = '430px';
    await resized;
    const container = map.getContainer();
    expect([map.getSize().x, map.getSize().y]).to.deep.equal([container.clientWidth, container.clientHeight]);
    expect(map.getSize().x).to.be.lessThan(800);
    expect(markersOffTheirPlaces(el, map)).to.deep.equal([]);
  });
});

describe('<relations-map> never traps the page scroll', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('a wheel over an unengaged map scrolls the page and shows how to zoom; Ctrl + wheel and wheel-zoom zoom it', async () => {
    const { wheelAtWith } = await import('./gestures.js');
    const { el, map } = await drawnMap();
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    el.after(spacer);
    made.push(spacer);
    window.scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const [x, y] = emptySpot(el, map);
    const zoom = map.getZoom();
    await wheelAt(x, y, 200);
    await until(() => window.scrollY > 0, 'the page to scroll');
    expect(map.getZoom()).to.equal(zoom);
    expect(el.shadowRoot!.querySelector('.wheel-hint')!.textContent).to.match(/Use (Ctrl|⌘) \+ scroll to zoom/);
    window.scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const [x2, y2] = emptySpot(el, map);
    const zoomed = nextEvent(map, 'zoomend');
    await wheelAtWith(x2, y2, -240, 2);
    await zoomed;
    expect(map.getZoom()).to.be.greaterThan(zoom);
    const after = map.getZoom();
    el.setAttribute('wheel-zoom', '');
    const again = nextEvent(map, 'zoomend');
    await wheelAt(x2, y2, -240);
    await again;
    expect(map.getZoom()).to.be.greaterThan(after);
  });
});

describe('<relations-map> on a touch screen', () => {
  afterEach(async () => {
    const { emulateTouchScreen } = await import('./gestures.js');
    await emulateTouchScreen(false);
    window.scrollTo(0, 0);
  });

  it('one finger scrolls the page until the map is engaged, then pans it; two fingers always pinch', async () => {
    const { emulateTouchScreen, touchDrag } = await import('./gestures.js');
    await emulateTouchScreen(true);
    expect(matchMedia('(pointer: coarse)').matches, 'the emulated touch screen').to.equal(true);
    const { el, map } = await drawnMap();
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    el.after(spacer);
    made.push(spacer);
    expect(map.dragging.enabled()).to.equal(false);
    const [x, y] = emptySpot(el, map);
    await touchDrag([x, y], [x, y - 200], 10);
    await until(() => window.scrollY > 0, 'the page to scroll');
    window.scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    el.shadowRoot!.querySelector<HTMLElement>('.map')!.focus();
    await until(() => map.dragging.enabled(), 'dragging on once engaged');
    const before = map.getCenter();
    const moved = nextEvent(map, 'moveend');
    const [x2, y2] = emptySpot(el, map);
    await touchDrag([x2, y2], [x2 - 150, y2], 10);
    await moved;
    expect(map.getCenter().lng).to.be.greaterThan(before.lng);
  });
});
