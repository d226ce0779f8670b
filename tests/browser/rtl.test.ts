import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import { elementDirection } from '../../src/common/lang.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { axeViolations, DATA_URL, frame, shadowQuery, shadowQueryAll, until, waitFor } from './atlas-helpers.js';

/**
 * Right to left (`dir="rtl"` or an RTL `lang`): the layout mirrors, the time axis does not. Lane names stand right of
 * the plot, time still runs left to right, the toolbar and the zoom buttons move to the right, the legend and the
 * panel to the left, map labels go left of their markers first, the words are Arabic, and axe stays clean.
 */

const made: HTMLElement[] = [];
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

function wrapper(attributes: Record<string, string>, width = 1100): HTMLDivElement {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  div.style.width = `${width}px`;
  document.body.append(div);
  made.push(div);
  return div;
}

async function rtlAtlas(width = 1100): Promise<{
  atlas: RelationsAtlas;
  timeline: RelationsTimeline;
  map: RelationsMap;
}> {
  const atlas = document.createElement('relations-atlas') as RelationsAtlas;
  atlas.setAttribute('hide-header', '');
  const ready = waitFor(atlas, 'relations-ready');
  atlas.src = DATA_URL;
  wrapper({ dir: 'rtl', lang: 'ar' }, width).append(atlas);
  await ready;
  await until(() => shadowQuery(atlas, '#tab-details')?.textContent?.trim() === 'التفاصيل', 'the Arabic words');
  const timeline = shadowQuery<RelationsTimeline>(atlas, 'relations-timeline')!;
  const map = shadowQuery<RelationsMap>(atlas, 'relations-map')!;
  await until(() => !!map.leafletMap, 'the map');
  await timeline.updateComplete;
  await map.updateComplete;
  await frame();
  return { atlas, timeline, map };
}

const box = (el: Element | null) => el!.getBoundingClientRect();

describe('right to left (issue 12, item 11)', () => {
  it('the direction comes from the nearest dir or lang, across shadow roots', () => {
    const outer = wrapper({ lang: 'ar' });
    const plain = document.createElement('span');
    outer.append(plain);
    expect(elementDirection(plain)).to.equal('rtl');
    const ltrInside = wrapper({ dir: 'ltr' });
    outer.append(ltrInside);
    ltrInside.append(plain);
    expect(elementDirection(plain)).to.equal('ltr');
    const hebrew = document.createElement('span');
    hebrew.lang = 'he-IL';
    ltrInside.append(hebrew);
    expect(elementDirection(hebrew)).to.equal('rtl');
    const english = document.createElement('span');
    wrapper({ dir: 'rtl', lang: 'en' }).append(english);
    expect(elementDirection(english)).to.equal('rtl');
    for (const lang of ['en', 'az', 'xx-invalid', '']) {
      const span = document.createElement('span');
      wrapper(lang ? { lang } : {}).append(span);
      expect(elementDirection(span), lang).to.equal('ltr');
    }
  });

  it("setting an element's own dir re-renders it in that direction", async () => {
    const timeline = document.createElement('relations-timeline') as RelationsTimeline;
    const ready = waitFor(timeline, 'relations-ready');
    timeline.src = DATA_URL;
    wrapper({}, 800).append(timeline);
    await ready;
    await timeline.updateComplete;
    const nameLeft = () => box(shadowQuery(timeline, '.lane-name')).left;
    const plotLeft = () => box(shadowQuery(timeline, '.plot')).left;
    expect(nameLeft()).to.be.lessThan(plotLeft());
    timeline.dir = 'rtl';
    await timeline.updateComplete;
    expect(shadowQuery(timeline, '.frame')!.getAttribute('dir')).to.equal('rtl');
    expect(nameLeft()).to.be.greaterThan(plotLeft());
  });

  it('the timeline: lane names right of the plot, time still left to right, the toolbar at the right', async () => {
    const { timeline } = await rtlAtlas();
    const plot = box(shadowQuery(timeline, '.plot'));
    const names = shadowQueryAll(timeline, '.lane-name');
    expect(names.length).to.be.greaterThan(5);
    for (const name of names) expect(box(name).left, name.textContent!).to.be.at.least(plot.right - 0.5);
    const ticks = shadowQueryAll<SVGGElement>(timeline, '.tick');
    const xs = ticks.map((tick) => box(tick.querySelector('.grid')).left);
    const times = ticks.map((tick) => Number(tick.dataset.time));
    expect(xs.length).to.be.greaterThan(3);
    for (let i = 1; i < xs.length; i++) {
      expect(times[i]).to.be.greaterThan(times[i - 1]);
      expect(xs[i]).to.be.greaterThan(xs[i - 1]);
    }
    // Every tick label reads left to right and none is under the toolbar.
    const toolbar = box(shadowQuery(timeline, '.toolbar'));
    expect(toolbar.left).to.be.greaterThan(plot.left + plot.width / 2);
    for (const label of shadowQueryAll(timeline, '.tick-label')) {
      const b = box(label);
      expect(b.right <= toolbar.left || b.left >= toolbar.right, label.textContent!).to.equal(true);
    }
    const overview = box(shadowQuery(timeline, '.overview'));
    expect(overview.left).to.be.closeTo(plot.left, 1);
    expect(box(shadowQuery(timeline, '.overview-name')).left).to.be.at.least(overview.right);
  });

  it('the atlas and the map mirror: panel left of the map, zoom buttons right, legend left, labels left first', async () => {
    const { atlas, map } = await rtlAtlas();
    const mapBox = box(map);
    expect(box(shadowQuery(atlas, 'aside')).right).to.be.at.most(mapBox.left);
    const zoom = box(shadowQuery(map, '.zoom'));
    const legend = box(shadowQuery(map, '.legend'));
    expect(zoom.right).to.be.closeTo(mapBox.right - 8, 2);
    expect(legend.left).to.be.closeTo(mapBox.left + 8, 2);
    const baku = shadowQuery<HTMLElement>(map, '[data-place-id="baku"]')!;
    expect(baku.hasAttribute('data-labelled')).to.equal(true);
    expect(baku.dataset.labelSide).to.equal('left');
    // The capital's ring has a radius of 8 px around the glyph's centre.
    const glyph = box(baku.querySelector('.glyph'));
    expect(box(baku.querySelector('.label')).right).to.be.at.most((glyph.left + glyph.right) / 2 - 8);
  });

  it('speaks Arabic, with Arabic plural forms, and axe finds nothing', async () => {
    const { atlas, timeline } = await rtlAtlas();
    expect(shadowQuery(timeline, '.plot')!.getAttribute('aria-label')).to.match(/^خط زمني لـ 73 حدثًا/);
    expect(await axeViolations(atlas)).to.deep.equal([]);
  });

  it('at a phone width the mirrored layout stays clean for axe', async () => {
    const { atlas } = await rtlAtlas(390);
    expect(await axeViolations(atlas)).to.deep.equal([]);
  });
});
