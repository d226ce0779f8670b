import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { RelationsSelectEvent } from '../../src/bus/dom-events.js';
import '../../src/map/map.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type * as L from 'leaflet';

/**
 * Every key the map's JSDoc names, pressed through the browser's input pipeline (sendKeys), with its effect:
 * arrows move the focus to the named neighbour (or pan when none lies that way), Enter and Space select, + and -
 * zoom by exactly one level, Home shows all places again, Escape clears.
 */

// A cross of places around a capital, far enough apart that no two are spread or grouped.
const cross = {
  meta: { title: 'Cross' },
  events: [
    { id: 'e-centre', date: '2001', title: 'At the centre', category: 'visit', places: ['centre'] },
    { id: 'e-east', date: '2002', title: 'In the east', category: 'culture', places: ['east'] },
  ],
  places: [
    { id: 'centre', name: 'Centre', lat: 50, lon: 20, kinds: ['capital'] },
    { id: 'east', name: 'East', lat: 50, lon: 26 },
    { id: 'west', name: 'West', lat: 50.3, lon: 14 },
    { id: 'north', name: 'North', lat: 54, lon: 20.4 },
    { id: 'south', name: 'South', lat: 46, lon: 19.6 },
  ],
};

const made: HTMLElement[] = [];
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

async function focusedMap(): Promise<{ el: RelationsMap; map: L.Map; container: HTMLElement }> {
  const el = document.createElement('relations-map');
  el.style.cssText = 'display: block; width: 800px; height: 500px';
  el.basemap = 'none';
  el.noLegend = true;
  el.data = cross;
  const ready = new Promise((resolve) => el.addEventListener('relations-ready', resolve, { once: true }));
  document.body.append(el);
  made.push(el);
  await ready;
  const container = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
  container.focus();
  return { el, map: el.leafletMap!, container };
}

const focusedId = (el: RelationsMap) =>
  el.shadowRoot!.querySelector<HTMLElement>('[data-place-id][data-focused]')?.dataset.placeId ?? null;
const liveText = (el: RelationsMap) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent;

/** Presses a key and waits for the map event it causes. */
async function pressAndAwait(map: L.Map, key: string, event: 'zoomend' | 'moveend'): Promise<void> {
  const done = new Promise((resolve) => map.once(event, resolve));
  await sendKeys({ press: key });
  await done;
}

describe('<relations-map> keyboard', () => {
  it('- zooms out by exactly one level, and _ (- with Shift) too', async () => {
    const { map } = await focusedMap();
    const before = map.getZoom();
    await pressAndAwait(map, '-', 'zoomend');
    expect(map.getZoom()).to.equal(before - 1);
    await pressAndAwait(map, '_', 'zoomend');
    expect(map.getZoom()).to.equal(before - 2);
  });

  it('+ zooms in by exactly one level, and = (+ without Shift) too', async () => {
    const { map } = await focusedMap();
    const before = map.getZoom();
    await pressAndAwait(map, '+', 'zoomend');
    expect(map.getZoom()).to.equal(before + 1);
    await pressAndAwait(map, '=', 'zoomend');
    expect(map.getZoom()).to.equal(before + 2);
  });

  it('the first arrow focuses the most important place; each arrow then moves to the neighbour that way', async () => {
    const { el, container } = await focusedMap();
    expect(focusedId(el)).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('centre');
    const steps: [string, string][] = [
      ['ArrowRight', 'east'],
      ['ArrowLeft', 'centre'],
      ['ArrowLeft', 'west'],
      ['ArrowRight', 'centre'],
      ['ArrowUp', 'north'],
      ['ArrowDown', 'centre'],
      ['ArrowDown', 'south'],
    ];
    for (const [key, expected] of steps) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(focusedId(el), key).to.equal(expected);
      const marker = el.shadowRoot!.querySelector<HTMLElement>(`[data-place-id="${expected}"]`)!;
      expect(container.getAttribute('aria-activedescendant'), key).to.equal(marker.id);
    }
    expect(liveText(el)).to.equal('South (city or region), 0 events');
  });

  it('an arrow with no place that way pans the map 80 px that way and keeps the focus', async () => {
    const { el, map } = await focusedMap();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('east');
    const centre = map.getCenter();
    const before = map.latLngToContainerPoint(centre);
    await pressAndAwait(map, 'ArrowRight', 'moveend');
    const after = map.latLngToContainerPoint(centre);
    expect(Math.round(before.x - after.x)).to.equal(80);
    expect(Math.round(before.y - after.y)).to.equal(0);
    expect(focusedId(el)).to.equal('east');
  });

  it('Enter and Space select the focused place: relations-select with its events, highlighted, announced', async () => {
    const { el } = await focusedMap();
    const events: RelationsSelectEvent[] = [];
    el.addEventListener('relations-select', (e) => events.push(e));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(events.map((e) => e.detail)).to.deep.equal([{ eventIds: ['e-centre'], placeIds: ['centre'] }]);
    expect(el.highlightedPlaceIds).to.deep.equal(['centre']);
    await el.updateComplete;
    expect(liveText(el)).to.equal('Selected Centre: 1 event.');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    expect(events[1].detail).to.deep.equal({ eventIds: ['e-east'], placeIds: ['east'] });
    expect(el.highlightedPlaceIds).to.deep.equal(['east']);
  });

  it('Escape clears the selection and the focus, and fires relations-select with nothing', async () => {
    const { el, container } = await focusedMap();
    const events: RelationsSelectEvent[] = [];
    el.addEventListener('relations-select', (e) => events.push(e));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([
      { eventIds: ['e-centre'], placeIds: ['centre'] },
      { eventIds: [], placeIds: [] },
    ]);
    expect(el.highlightedPlaceIds).to.deep.equal([]);
    expect(focusedId(el)).to.equal(null);
    expect(container.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(liveText(el)).to.equal('Selection cleared.');
  });

  it('Escape with nothing selected or focused is left to the page', async () => {
    const { el, container } = await focusedMap();
    let fired = 0;
    el.addEventListener('relations-select', () => fired++);
    let prevented: boolean | null = null;
    container.addEventListener('keydown', (e) => queueMicrotask(() => (prevented = e.defaultPrevented)));
    await sendKeys({ press: 'Escape' });
    expect(fired).to.equal(0);
    expect(prevented).to.equal(false);
  });

  it('Home goes back to the view of all places after zooming and panning', async () => {
    const { map } = await focusedMap();
    const zoom = map.getZoom();
    const centre = map.getCenter();
    await pressAndAwait(map, '+', 'zoomend');
    map.panBy([120, -60], { animate: false });
    expect(map.getZoom()).to.not.equal(zoom);
    await sendKeys({ press: 'Home' });
    expect(map.getZoom()).to.equal(zoom);
    expect(map.getCenter().lat).to.be.closeTo(centre.lat, 1e-9);
    expect(map.getCenter().lng).to.be.closeTo(centre.lng, 1e-9);
  });

  it('leaves chords with Ctrl, Alt or Meta to the browser', async () => {
    const { map, container } = await focusedMap();
    const zoom = map.getZoom();
    for (const init of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }]) {
      const press = new KeyboardEvent('keydown', {
        key: '-',
        bubbles: true,
        composed: true,
        cancelable: true,
        ...init,
      });
      container.dispatchEvent(press);
      expect(press.defaultPrevented, JSON.stringify(init)).to.equal(false);
    }
    expect(map.getZoom()).to.equal(zoom);
  });
});
