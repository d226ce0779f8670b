import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import type { Map as LeafletMap } from 'leaflet';
import '../../src/atlas/atlas.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import { DATA_URL, frame, mount, unmountAll, until, waitFor } from './atlas-helpers.js';

/**
 * What the reader sees on the map: in every demo state (opening view, a place selected, an event selected, a hovered
 * place, at 1100 px and at a phone's 390 px) no visible label overlaps another label, a count badge or a control
 * (zoom buttons, legend), and no drawn marker sits under a control. Boxes are the drawn ones (getBoundingClientRect).
 */

interface Box {
  readonly name: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const TOLERANCE = 0.5;
const intersects = (a: Box, b: Box) =>
  a.left < b.right - TOLERANCE &&
  b.left < a.right - TOLERANCE &&
  a.top < b.bottom - TOLERANCE &&
  b.top < a.bottom - TOLERANCE;

function boxOf(el: Element, name: string): Box {
  const r = el.getBoundingClientRect();
  return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

const shown = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};

/** The drawn boxes of the map's labels, badges, marker glyphs and controls, inside the map's frame. */
function drawnBoxes(map: RelationsMap) {
  const root = map.shadowRoot!;
  const frameBox = boxOf(root.querySelector('.leaflet-container')!, 'frame');
  const inFrame = (b: Box) => intersects(b, frameBox);
  const markerName = (el: Element) => el.closest<HTMLElement>('[data-place-id]')!.dataset.placeId!;
  const pick = (selector: string, kind: string) =>
    [...root.querySelectorAll(selector)]
      .filter(shown)
      .map((el) => boxOf(el, `${kind} of ${markerName(el)}`))
      .filter(inFrame);
  const controls = [...root.querySelectorAll('.zoom, .legend, .leaflet-control')]
    .filter(shown)
    .map((el) => boxOf(el, el.classList.contains('legend') ? 'legend' : el.className));
  return {
    labels: pick('[data-place-id] .label', 'label'),
    badges: pick('[data-place-id] .badge', 'badge'),
    glyphs: pick('[data-place-id]:not([data-filtered]) .glyph', 'marker'),
    controls,
  };
}

function collisions(map: RelationsMap): string[] {
  const { labels, badges, glyphs, controls } = drawnBoxes(map);
  const found: string[] = [];
  labels.forEach((label, i) => {
    for (const other of labels.slice(i + 1)) if (intersects(label, other)) found.push(`${label.name} × ${other.name}`);
    for (const badge of badges) if (intersects(label, badge)) found.push(`${label.name} × ${badge.name}`);
    for (const control of controls) if (intersects(label, control)) found.push(`${label.name} × ${control.name}`);
  });
  for (const glyph of glyphs) {
    for (const control of controls) if (intersects(glyph, control)) found.push(`${glyph.name} × ${control.name}`);
  }
  return found;
}

async function atlasAt(width: number): Promise<{ atlas: RelationsAtlas; map: RelationsMap; leaflet: LeafletMap }> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas hide-header></relations-atlas>`, `width: ${width}px`);
  const ready = waitFor(atlas, 'relations-ready');
  atlas.src = DATA_URL;
  await ready;
  const map = atlas.shadowRoot!.querySelector<RelationsMap>('relations-map')!;
  await until(() => !!map.leafletMap, 'the Leaflet map');
  await map.updateComplete;
  await frame();
  return { atlas, map, leaflet: map.leafletMap as unknown as LeafletMap };
}

/** After a selection the map fits what is highlighted; under reduced motion that fit is instant. */
async function settle(map: RelationsMap): Promise<void> {
  await map.updateComplete;
  await frame();
  await frame();
}

describe('map labels never collide (issue 12, item 4)', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(unmountAll);

  for (const width of [1100, 390]) {
    describe(`at ${width} px`, () => {
      it('the opening view labels the capitals and draws every marker clear of the controls', async () => {
        const { map } = await atlasAt(width);
        const { labels } = drawnBoxes(map);
        expect(labels.map((l) => l.name)).to.include.members(['label of baku', 'label of vilnius']);
        expect(collisions(map)).to.deep.equal([]);
      });

      it('with Baku selected', async () => {
        const { atlas, map } = await atlasAt(width);
        atlas.select({ placeIds: ['baku'] });
        await settle(map);
        expect(collisions(map)).to.deep.equal([]);
      });

      it('with Vilnius selected', async () => {
        const { atlas, map } = await atlasAt(width);
        atlas.select({ placeIds: ['vilnius'] });
        await settle(map);
        expect(collisions(map)).to.deep.equal([]);
      });

      it('with Šiauliai and Baku selected', async () => {
        const { atlas, map } = await atlasAt(width);
        atlas.select({ placeIds: ['siauliai', 'baku'] });
        await settle(map);
        const { glyphs } = drawnBoxes(map);
        expect(glyphs.map((g) => g.name)).to.include('marker of siauliai');
        expect(collisions(map)).to.deep.equal([]);
      });

      it('with an event at two embassies selected', async () => {
        const { atlas, map } = await atlasAt(width);
        const event = atlas.loadedData!.events.find((e) => e.places?.includes('embassy-lt-baku'))!;
        atlas.select({ eventIds: [event.id] });
        await settle(map);
        expect(collisions(map)).to.deep.equal([]);
      });

      it('zoomed in on Vilnius, where the venues are', async () => {
        const { map, leaflet } = await atlasAt(width);
        const moved = new Promise((resolve) => leaflet.once('moveend', resolve));
        leaflet.setView([54.687, 25.28], 11, { animate: false });
        await moved;
        await settle(map);
        expect(collisions(map)).to.deep.equal([]);
      });
    });
  }
});

describe('a fit leaves the zoom buttons and the legend clear (issue 12, item 4)', () => {
  afterEach(unmountAll);

  it('the west-most fitted place is drawn right of the zoom buttons, the east-most left of the legend', async () => {
    const map = mount<RelationsMap>(`<relations-map></relations-map>`, 'width: 640px; height: 420px');
    map.style.cssText = 'display: block; width: 640px; height: 420px';
    const ready = waitFor(map, 'relations-ready');
    map.src = DATA_URL;
    await ready;
    const leaflet = map.leafletMap as unknown as LeafletMap;
    // Exact zooms: the fit then puts the outermost places right on the padding, where the controls are closest.
    leaflet.options.zoomSnap = 0;
    const moved = new Promise((resolve) => leaflet.once('moveend', resolve));
    map.fitTo(['siauliai', 'baku']);
    await moved;
    await settle(map);
    const { glyphs, controls } = drawnBoxes(map);
    const glyph = (id: string) => glyphs.find((g) => g.name === `marker of ${id}`)!;
    const control = (name: string) => controls.find((c) => c.name === name)!;
    expect(glyph('siauliai').left).to.be.at.least(control('zoom').right);
    expect(glyph('baku').right).to.be.at.most(control('legend').left);
    expect(collisions(map)).to.deep.equal([]);
  });
});
