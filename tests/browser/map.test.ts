import { expect } from '@esm-bundle/chai';
import { visualDiff } from '@web/test-runner-visual-regression';
import { getChannel } from '../../src/bus/channel.js';
import type { RelationsSelectEvent } from '../../src/bus/dom-events.js';
import '../../src/map/map.js';
import type { RelationsMap } from '../../src/map/map.component.js';

const DATA_URL = new URL('../../data/azerbaijan-lithuania.json', import.meta.url).href;

const small = {
  meta: {
    title: 'Small',
    parties: [
      { country: 'AZ', name: 'Azerbaijan' },
      { country: 'LT', name: 'Lithuania' },
    ],
  },
  events: [
    { id: 'e1', date: '2001-05', title: 'Visit to Vilnius', category: 'visit', places: ['baku', 'vilnius'] },
    { id: 'e2', date: '2005', title: 'Embassy opens', category: 'diplomacy', places: ['embassy-lt-baku'] },
    { id: 'e3', date: '2010', title: 'Festival', category: 'culture', places: ['vilnius'] },
  ],
  places: [
    { id: 'baku', name: { en: 'Baku', az: 'Bakı' }, country: 'AZ', lat: 40.4093, lon: 49.8671, kinds: ['capital'] },
    { id: 'vilnius', name: 'Vilnius', country: 'LT', lat: 54.6872, lon: 25.2797, kinds: ['capital'] },
    {
      id: 'embassy-lt-baku',
      name: 'Embassy of Lithuania',
      country: 'AZ',
      represents: 'LT',
      lat: 40.378,
      lon: 49.848,
      kinds: ['embassy'],
    },
    { id: 'gazakh', name: 'Gazakh', country: 'AZ', lat: 41.0925, lon: 45.3656, kinds: ['twin-city'] },
    { id: 'trakai', name: 'Trakai', country: 'LT', lat: 54.6378, lon: 24.9344, kinds: ['twin-city'] },
  ],
  links: [{ id: 'l1', kind: 'twinning', from: 'gazakh', to: 'trakai' }],
};

const made: HTMLElement[] = [];

async function mapWith(setup: (el: RelationsMap) => void, size = { width: 800, height: 500 }): Promise<RelationsMap> {
  const el = document.createElement('relations-map');
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  setup(el);
  const ready = new Promise((resolve, reject) => {
    el.addEventListener('relations-ready', resolve, { once: true });
    setTimeout(() => reject(new Error('no relations-ready within 10 s')), 10000);
  });
  document.body.append(el);
  made.push(el);
  await ready;
  return el;
}

const markers = (el: RelationsMap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-place-id]')];
const marker = (el: RelationsMap, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-place-id="${id}"]`)!;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

describe('<relations-map>', () => {
  it('draws every place of the AZ–LT data set that has coordinates', async () => {
    const response = await fetch(DATA_URL);
    const data = await response.json();
    const el = await mapWith((m) => (m.src = DATA_URL));
    const withCoordinates = data.places.filter(
      (p: { lat: unknown; lon: unknown }) => Number.isFinite(p.lat) && Number.isFinite(p.lon),
    );
    const ids = markers(el)
      .map((m) => m.dataset.placeId)
      .sort();
    expect(ids).to.deep.equal(withCoordinates.map((p: { id: string }) => p.id).sort());
    expect(el.shadowRoot!.querySelectorAll('.twin-link').length).to.equal(data.links.length);
  });

  it('fires relations-select with all of Baku’s events when Baku is clicked, and publishes it', async () => {
    const response = await fetch(DATA_URL);
    const data = await response.json();
    const el = await mapWith((m) => {
      m.src = DATA_URL;
      m.channel = 'map-click';
    });
    const heard: unknown[] = [];
    const off = getChannel('map-click').subscribe((message) => heard.push(message), {});
    const events: RelationsSelectEvent[] = [];
    el.addEventListener('relations-select', (e) => events.push(e));
    marker(el, 'baku').click();
    off();
    const bakuEvents = data.events
      .filter((e: { places: string[] }) => e.places.includes('baku'))
      .map((e: { id: string }) => e.id);
    expect(events).to.have.length(1);
    expect(events[0].detail.placeIds).to.deep.equal(['baku']);
    expect([...events[0].detail.eventIds].sort()).to.deep.equal(bakuEvents.sort());
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(heard).to.deep.equal([{ type: 'select', selection: events[0].detail }]);
    expect(marker(el, 'baku').hasAttribute('data-highlighted')).to.equal(true);
  });

  it('select({placeIds:["vilnius"]}) highlights Vilnius only, publishes, and fires no DOM event', async () => {
    const el = await mapWith((m) => {
      m.data = small;
      m.channel = 'map-select';
    });
    const heard: unknown[] = [];
    const off = getChannel('map-select').subscribe((message) => heard.push(message), {});
    let fired = 0;
    el.addEventListener('relations-select', () => fired++);
    el.select({ placeIds: ['vilnius'] });
    off();
    const highlighted = markers(el)
      .filter((m) => m.hasAttribute('data-highlighted'))
      .map((m) => m.dataset.placeId);
    expect(highlighted).to.deep.equal(['vilnius']);
    expect(el.highlightedPlaceIds).to.deep.equal(['vilnius']);
    expect(fired).to.equal(0);
    expect(heard).to.have.length(1);
    el.clearSelection();
    expect(markers(el).filter((m) => m.hasAttribute('data-highlighted'))).to.have.length(0);
  });

  it('highlights the places of events selected in another view and draws the visit as an arc with an arrow', async () => {
    const el = await mapWith((m) => {
      m.data = small;
      m.channel = 'map-bus';
      m.noFollow = true;
    });
    getChannel('map-bus').publish({ type: 'select', selection: { eventIds: ['e1'], placeIds: [] } }, {});
    const highlighted = markers(el)
      .filter((m) => m.hasAttribute('data-highlighted'))
      .map((m) => m.dataset.placeId)
      .sort();
    expect(highlighted).to.deep.equal(['baku', 'vilnius']);
    expect(el.shadowRoot!.querySelectorAll('.visit-arc')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.arrow-icon')).to.have.length(1);
    getChannel('map-bus').publish({ type: 'select', selection: { eventIds: [], placeIds: [] } }, {});
  });

  it('hides places whose events are all filtered out and fades places with no event in the visible range', async () => {
    const el = await mapWith((m) => {
      m.data = small;
      m.channel = 'map-filter';
    });
    const channel = getChannel('map-filter');
    const others = el.loadedData!.categories.map((c) => c.id).filter((id) => id !== 'culture');
    channel.publish({ type: 'filter', hidden: others }, {});
    const filtered = markers(el)
      .filter((m) => m.hasAttribute('data-filtered'))
      .map((m) => m.dataset.placeId)
      .sort();
    // Baku has only a visit, the embassy only diplomacy; Gazakh and Trakai have no events and stay.
    expect(filtered).to.deep.equal(['baku', 'embassy-lt-baku']);
    channel.publish({ type: 'filter', hidden: null }, {});
    channel.publish({ type: 'range', start: Date.UTC(2009, 0, 1), end: Date.UTC(2011, 0, 1) }, {});
    const faded = markers(el)
      .filter((m) => m.hasAttribute('data-faded'))
      .map((m) => m.dataset.placeId)
      .sort();
    expect(faded).to.deep.equal(['baku', 'embassy-lt-baku']);
    el.noRangeFade = true;
    await el.updateComplete;
    expect(markers(el).filter((m) => m.hasAttribute('data-faded'))).to.have.length(0);
    channel.publish({ type: 'range', start: -8e15, end: 8e15 }, {});
  });

  it('renders the bundled basemap with no network: country shapes present, no tiles, no requests elsewhere', async () => {
    const el = await mapWith((m) => (m.data = small));
    await nextFrame();
    const countries = el.shadowRoot!.querySelectorAll('path.country');
    expect(countries.length).to.be.greaterThan(20);
    expect(el.shadowRoot!.querySelectorAll('path.country-party-1').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('path.country-party-2').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    const foreign = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('draws no country shapes with basemap="none"', async () => {
    const el = await mapWith((m) => {
      m.data = small;
      m.basemap = 'none';
    });
    expect(el.shadowRoot!.querySelectorAll('path.country').length).to.equal(0);
    expect(markers(el)).to.have.length(5);
  });

  it('shows a notice when the tile server fails and stays usable on the bundled shapes', async () => {
    const el = await mapWith((m) => {
      m.data = small;
      m.tiles = 'http://127.0.0.1:9/{z}/{x}/{y}.png';
      m.attribution = '© Test tiles';
    });
    await until(() => !!el.shadowRoot!.querySelector('[part="notice"]'), 8000);
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('unavailable');
    expect(el.shadowRoot!.querySelector('[part="attribution"]')!.textContent).to.equal('© Test tiles');
    expect(el.shadowRoot!.querySelectorAll('path.country').length).to.be.greaterThan(20);
    marker(el, 'vilnius').click();
    expect(marker(el, 'vilnius').hasAttribute('data-highlighted')).to.equal(true);
  });

  for (const template of [
    'https://tiles.example/{z}/{x}/{y}.png?key={apikey}',
    'https://tiles.example/{z}/{x}/{y}{hasOwnProperty}.png',
    'https://tiles.example/{valueOf}/{x}/{y}.png',
    'javascript:alert(1)//{z}/{x}/{y}',
  ]) {
    it(`a tiles template Leaflet cannot fill (${template}) shows the notice and throws nothing, also on a pan`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const el = await mapWith((m) => {
          m.data = small;
          m.tiles = template;
        });
        await until(() => !!el.shadowRoot!.querySelector('[part="notice"]'), 3000);
        expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('unavailable');
        expect(el.shadowRoot!.querySelectorAll('.leaflet-tile').length).to.equal(0);
        const map = el.leafletMap!;
        const moved = new Promise((resolve) => map.once('moveend', resolve));
        map.panBy([120, 40], { animate: false });
        await moved;
        await nextFrame();
        expect(errors).to.deep.equal([]);
        expect(warnings.join('\n')).to.contain('is not used');
      } finally {
        console.warn = warn;
        window.removeEventListener('error', onError);
      }
    });
  }

  it('renders names with markup as text, in labels and tooltips', async () => {
    const evil = '<img src=x onerror=window.__xss=1>';
    const data = structuredClone(small);
    (data.places[1] as { name: unknown }).name = evil;
    const el = await mapWith((m) => (m.data = data));
    const vilnius = marker(el, 'vilnius');
    expect(vilnius.querySelector('.label')!.textContent).to.equal(evil);
    vilnius.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await nextFrame();
    const tooltip = el.shadowRoot!.querySelector('.leaflet-tooltip');
    expect(tooltip?.textContent).to.contain(evil);
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('labels places in the page language', async () => {
    const el = await mapWith((m) => {
      m.data = small;
      m.lang = 'az';
    });
    expect(marker(el, 'baku').querySelector('.label')!.textContent).to.equal('Bakı');
  });

  it('keeps a capital and its embassy apart on screen', async () => {
    const el = await mapWith((m) => (m.data = small));
    const a = marker(el, 'baku').querySelector('.glyph')!.getBoundingClientRect();
    const b = marker(el, 'embassy-lt-baku').querySelector('.glyph')!.getBoundingClientRect();
    expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.greaterThan(12);
  });

  it('is one tab stop; arrows move a focus ring between places, Enter selects, Escape clears', async () => {
    const el = await mapWith((m) => (m.data = small));
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    expect(container.tabIndex).to.equal(0);
    const tabbable = el.shadowRoot!.querySelectorAll(
      'a[href]:not([tabindex="-1"]), button:not([tabindex="-1"]), [tabindex="0"]',
    );
    expect(tabbable).to.have.length(1);
    container.focus();
    const key = (k: string) =>
      container.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key('ArrowRight');
    await el.updateComplete;
    const first = markers(el).find((m) => m.hasAttribute('data-focused'))!;
    expect(first).to.exist;
    expect(container.getAttribute('aria-activedescendant')).to.equal(first.id);
    key('ArrowDown');
    await el.updateComplete;
    const second = markers(el).find((m) => m.hasAttribute('data-focused'))!;
    expect(second.dataset.placeId).to.not.equal(first.dataset.placeId);
    const events: RelationsSelectEvent[] = [];
    el.addEventListener('relations-select', (e) => events.push(e));
    key('Enter');
    expect(events[0].detail.placeIds).to.deep.equal([second.dataset.placeId]);
    expect(second.hasAttribute('data-highlighted')).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.contain('Selected');
    key('Escape');
    expect(events[1].detail).to.deep.equal({ eventIds: [], placeIds: [] });
    expect(el.highlightedPlaceIds).to.deep.equal([]);
  });

  it('on a narrow map the legend is a strip at the foot and the fitted places stay clear of it', async () => {
    const el = await mapWith((m) => (m.data = small), { width: 360, height: 420 });
    await nextFrame();
    const frameBox = el.getBoundingClientRect();
    const legend = el.shadowRoot!.querySelector<HTMLElement>('.legend')!.getBoundingClientRect();
    expect(legend.width).to.be.greaterThan(frameBox.width / 2);
    expect(frameBox.bottom - legend.bottom).to.be.within(0, 16);
    for (const m of markers(el)) {
      const box = m.getBoundingClientRect();
      const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      expect(centre.x, m.dataset.placeId).to.be.within(frameBox.left, frameBox.right);
      expect(centre.y, m.dataset.placeId).to.be.within(frameBox.top, legend.top);
    }
  });

  it('zooms with + and -: one level in doubles the distance between markers, one level out halves it again', async () => {
    const el = await mapWith((m) => (m.data = small));
    const map = el.leafletMap!;
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    const apart = () => marker(el, 'baku').getBoundingClientRect().x - marker(el, 'vilnius').getBoundingClientRect().x;
    const press = async (key: string) => {
      const zoomed = new Promise((resolve) => map.once('zoomend', resolve));
      container.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await zoomed;
    };
    const zoom = map.getZoom();
    const before = apart();
    await press('+');
    expect(map.getZoom()).to.equal(zoom + 1);
    expect(apart() / before).to.be.closeTo(2, 0.01);
    await press('-');
    expect(map.getZoom()).to.equal(zoom);
    expect(apart() / before).to.be.closeTo(1, 0.01);
  });

  it('has no axe violations', async () => {
    // @ts-expect-error -- a script without types; it sets window.axe
    await import('axe-core/axe.min.js');
    const el = await mapWith((m) => (m.src = DATA_URL));
    const axe = (
      window as unknown as {
        axe: { run: (el: Element) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(el);
    expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
  });

  it('leaves one Leaflet map and no listeners behind after being removed and re-added', async () => {
    const targets = [window, document] as EventTarget[];
    const originals = targets.map((t) => ({ add: t.addEventListener, remove: t.removeEventListener }));
    const live = new Map<string, number>();
    const keyOf = (t: EventTarget, type: string) => `${t === window ? 'window' : 'document'}:${type}`;
    targets.forEach((t, i) => {
      t.addEventListener = function (type: string, ...rest: unknown[]) {
        live.set(keyOf(t, type), (live.get(keyOf(t, type)) ?? 0) + 1);
        return (originals[i].add as (...a: unknown[]) => void).call(this, type, ...rest);
      };
      t.removeEventListener = function (type: string, ...rest: unknown[]) {
        live.set(keyOf(t, type), (live.get(keyOf(t, type)) ?? 0) - 1);
        return (originals[i].remove as (...a: unknown[]) => void).call(this, type, ...rest);
      };
    });
    try {
      const el = await mapWith((m) => (m.data = small));
      el.remove();
      document.body.append(el);
      await el.updateComplete;
      await nextFrame();
      expect(el.shadowRoot!.querySelectorAll('.leaflet-container')).to.have.length(1);
      expect(markers(el)).to.have.length(5);
      marker(el, 'vilnius').click();
      expect(el.highlightedPlaceIds).to.include('vilnius');
      el.remove();
      expect([...live].filter(([, n]) => n > 0)).to.deep.equal([]);
    } finally {
      targets.forEach((t, i) => {
        t.addEventListener = originals[i].add;
        t.removeEventListener = originals[i].remove;
      });
    }
  });

  it('does not cross-talk between maps on different channels', async () => {
    const a = await mapWith((m) => {
      m.data = small;
      m.channel = 'map-a';
      m.noFollow = true;
    });
    const b = await mapWith((m) => {
      m.data = small;
      m.channel = 'map-b';
      m.noFollow = true;
    });
    marker(a, 'vilnius').click();
    expect(a.highlightedPlaceIds).to.include('vilnius');
    expect(b.highlightedPlaceIds).to.deep.equal([]);
    getChannel('map-b').publish({ type: 'select', selection: { eventIds: [], placeIds: ['gazakh'] } }, {});
    expect(b.highlightedPlaceIds).to.deep.equal(['gazakh']);
    expect(a.highlightedPlaceIds).to.not.include('gazakh');
    getChannel('map-b').publish({ type: 'select', selection: { eventIds: [], placeIds: [] } }, {});
  });

  it('fires relations-error for rejected records and still draws the good ones', async () => {
    const data = structuredClone(small) as { places: unknown[] };
    data.places.push({ id: 'broken', name: 'Broken', lat: 'north', lon: 5 });
    let errors = 0;
    const el = document.createElement('relations-map');
    el.addEventListener('relations-error', () => errors++);
    const done = await mapWith((m) => {
      m.addEventListener('relations-error', () => errors++);
      m.data = data;
    });
    expect(errors).to.be.greaterThan(0);
    expect(markers(done)).to.have.length(5);
    expect(done.shadowRoot!.querySelector('[part="status"]')).to.exist;
  });

  it('clusters a large data set and draws single markers only for what is individually visible', async () => {
    const places = Array.from({ length: 5000 }, (_, i) => ({
      id: `p${i}`,
      name: `Place ${i}`,
      lat: 30 + ((i * 7919) % 4000) / 100,
      lon: -10 + ((i * 104729) % 8000) / 100,
    }));
    const el = await mapWith((m) => (m.data = { events: [], places }));
    expect(el.shadowRoot!.querySelectorAll('canvas.relations-cluster-canvas')).to.have.length(1);
    expect(markers(el).length).to.be.at.most(300);
    el.leafletMap!.setView([places[1].lat, places[1].lon], 12, { animate: false });
    await nextFrame();
    const drawn = markers(el);
    expect(drawn.length).to.be.greaterThan(0);
    expect(drawn.length).to.be.at.most(300);
    for (const m of drawn) expect(m.dataset.placeId).to.match(/^p\d+$/);
  });

  it('with grouped places, keeps the legend, the twinning links, visit arrows and highlighted places in sight', async () => {
    const places: object[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `p${i}`,
      name: `Place ${i}`,
      lat: 36 + ((i * 7919) % 2000) / 100,
      lon: 20 + ((i * 104729) % 3000) / 100,
    }));
    places.push(...small.places);
    const data = { ...small, places };
    const el = await mapWith((m) => (m.data = data));
    await nextFrame();
    const root = el.shadowRoot!;
    expect(root.querySelector('canvas.relations-cluster-canvas')).to.exist;
    expect(root.querySelector('.legend')!.textContent).to.contain('Group of places').and.to.contain('Twinning');
    expect(root.querySelectorAll('.twin-link')).to.have.length(1);
    expect(marker(el, 'vilnius'), 'Vilnius sits inside a group').to.equal(null);
    el.select({ eventIds: ['e1'] });
    await until(() => marker(el, 'vilnius') !== null && marker(el, 'baku') !== null);
    expect(el.highlightedPlaceIds.slice().sort()).to.deep.equal(['baku', 'vilnius']);
    expect(marker(el, 'vilnius').hasAttribute('data-highlighted')).to.equal(true);
    expect(root.querySelectorAll('.visit-arc')).to.have.length(1);
    el.clearSelection();
    await until(() => marker(el, 'vilnius') === null);
    expect(root.querySelectorAll('.visit-arc')).to.have.length(0);
  });

  it('switching from grouped to a few places leaves no groups and no stale markers behind', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      id: `p${i}`,
      name: `Place ${i}`,
      lat: 40 + (i % 40) / 4,
      lon: 20 + (i % 37),
    }));
    const el = await mapWith((m) => (m.data = { events: [], places: many }));
    expect(el.shadowRoot!.querySelector('canvas.relations-cluster-canvas')).to.exist;
    const errors: ErrorEvent[] = [];
    const onError = (e: ErrorEvent) => errors.push(e);
    window.addEventListener('error', onError);
    el.data = small;
    await until(() => marker(el, 'vilnius') !== null);
    await nextFrame();
    expect(el.shadowRoot!.querySelector('canvas.relations-cluster-canvas')).to.equal(null);
    el.lang = 'az';
    await el.updateComplete;
    await nextFrame();
    expect(
      markers(el)
        .map((m) => m.dataset.placeId)
        .sort(),
    ).to.deep.equal(small.places.map((p) => p.id).sort());
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    container.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await nextFrame();
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  it('reaches clustered places by keyboard: Enter zooms in on the nearest group until places can be focused', async () => {
    // 3,000 places packed around Vilnius: at the fitted view every one of them is in a group.
    const places = Array.from({ length: 3000 }, (_, i) => ({
      id: `p${i}`,
      name: `Place ${i}`,
      lat: 54.2 + ((i * 7919) % 1000) / 1000,
      lon: 24.8 + ((i * 104729) % 1000) / 1000,
    }));
    const el = await mapWith((m) => (m.data = { events: [], places }));
    const map = el.leafletMap!;
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    expect(container.getAttribute('aria-label')).to.contain('Enter zooms in on the group');
    expect(markers(el)).to.have.length(0);
    container.focus();
    const key = (k: string) =>
      container.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    // With only groups in view the arrows pan.
    const centre = map.getCenter();
    key('ArrowRight');
    await until(() => map.getCenter().lng > centre.lng);
    // Enter opens groups until single places are markers, then the arrows move between them.
    const startZoom = map.getZoom();
    for (let i = 0; i < 8 && markers(el).length === 0; i++) {
      const zoom = map.getZoom();
      const zoomed = new Promise((resolve) => map.once('zoomend', resolve));
      key('Enter');
      await zoomed;
      expect(map.getZoom()).to.be.greaterThan(zoom);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.match(/Zoomed in on \d+ places?/);
      await nextFrame();
    }
    expect(map.getZoom()).to.be.greaterThan(startZoom);
    expect(markers(el).length).to.be.greaterThan(0);
    key('ArrowRight');
    await el.updateComplete;
    expect(markers(el).some((m) => m.hasAttribute('data-focused'))).to.equal(true);
  });

  it('looks the same (default AZ–LT view, 800×500)', async () => {
    const el = await mapWith((m) => (m.src = DATA_URL));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await visualDiff(el, 'relations-map-default');
  });
});
