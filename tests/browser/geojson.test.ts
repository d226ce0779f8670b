import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsDownloadEvent } from '../../src/atlas/download-menu.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import {
  axeViolations,
  frame,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
  waitFor,
} from './atlas-helpers.js';
import { auditDom, deepText } from './hostile-data.js';

const USGS = '/tests/fixtures/usgs-earthquakes.geojson';
const HOSTILE = '/tests/fixtures/usgs-earthquakes-hostile.geojson';
const USGS_IDS = [
  'ak023e7x5m9t',
  'ci40578176',
  'hv73650147',
  'nc73961431',
  'us7000l5jd',
  'us7000l5k2',
  'us7000l5m8',
  'us7000l5n1',
  'us7000l5p4',
  'us7000l5q9',
  'us7000l5r3',
  'us7000l5s6',
  'us7000l5t0',
  'uu60551302',
  'uw61975711',
];

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const ids = (elements: Element[], attribute: string) =>
  [...new Set(elements.map((el) => el.getAttribute(attribute)!))].sort();
const mapOf = (atlas: Element) => shadowQuery<RelationsMap>(atlas, 'relations-map')!;
const timelineOf = (atlas: Element) => shadowQuery<RelationsTimeline>(atlas, 'relations-timeline')!;
const markerIds = (map: Element) => ids(shadowQueryAll(map, '[data-place-id]'), 'data-place-id');
const eventMarkIds = (timeline: Element) => ids(shadowQueryAll(timeline, '[data-event-id]'), 'data-event-id');

/** The element focused inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mountAtlas(attributes: string): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas ${attributes}></relations-atlas>`);
  await waitFor(atlas, 'relations-ready');
  await until(() => eventMarkIds(timelineOf(atlas)).length > 0, 'the timeline drawn');
  await until(() => markerIds(mapOf(atlas)).length > 0, 'the map drawn');
  await frame();
  return atlas;
}

describe('GeoJSON in the atlas', () => {
  afterEach(() => unmountAll());

  it('shows a USGS feed given as src: every feature a marker on the map and an event on the timeline', async () => {
    const atlas = await mountAtlas(`src="${USGS}"`);
    expect(atlas.diagnostics).to.deep.equal([]);
    expect(markerIds(mapOf(atlas))).to.deep.equal(USGS_IDS);
    expect(eventMarkIds(timelineOf(atlas))).to.deep.equal(USGS_IDS);
    expect(shadowQuery(atlas, 'h2')!.textContent).to.equal('USGS Earthquakes, a hand-made week');
    const fiji = shadowQuery(mapOf(atlas), '[data-place-id="us7000l5jd"]')!;
    expect(fiji.getAttribute('aria-label') ?? fiji.textContent).to.contain('Fiji region');
  });

  it('remaps properties with geojson-fields: categories from the feed\'s "type", names from "title"', async () => {
    const atlas = await mountAtlas(`src="${USGS}" geojson-fields="category:type, name:title"`);
    const chips = shadowQueryAll(atlas, '.chip').map((chip) => chip.textContent!.trim());
    expect(chips).to.deep.equal(['Earthquake', 'Quarry blast', 'Explosion']);
    expect(atlas.loadedData!.placeById.get('ci40578176')!.name).to.equal('M 3.2 - 10 km SSW of Ridgecrest, CA');
  });

  it("reports a bad geojson-fields entry with the data's problems", async () => {
    const atlas = await mountAtlas(`src="${USGS}" geojson-fields="category:type, colour:red" debug`);
    expect(atlas.diagnostics.map((d) => d.message)).to.deep.equal([
      'geojson-fields: unknown field "colour" in "colour:red" ignored (known: id, name, kinds, country, date, title, category, description, url)',
    ]);
    expect(deepText(atlas)).to.contain('unknown field "colour"');
  });

  it('exports only what the filters show: exportGeoJSON() and exportCsv() after hiding earthquakes', async () => {
    const atlas = await mountAtlas(`src="${USGS}" geojson-fields="category:type"`);
    expect(atlas.exportGeoJSON().features).to.have.length(15);
    const chip = shadowQueryAll<HTMLButtonElement>(atlas, '.chip').find((c) => c.textContent!.includes('Earthquake'))!;
    chip.click();
    await atlas.updateComplete;
    const geojson = atlas.exportGeoJSON();
    expect(geojson.features.map((f) => f.id)).to.deep.equal(['uu60551302', 'uw61975711']);
    const blast = geojson.features[0];
    expect(blast.geometry).to.deep.equal({ type: 'Point', coordinates: [-112.0433, 40.5622] });
    expect(blast.properties.name).to.equal('8 km ENE of Bingham Canyon, Utah');
    expect((blast.properties.events as { id: string; date: string }[]).map((e) => [e.id, e.date])).to.deep.equal([
      ['uu60551302', '2023-11-15T13:14:24Z'],
    ]);
    expect(atlas.exportCsv().split('\n')[0]).to.equal(
      'type,id,date,title,description,category,places,actors,source_section,source_quote',
    );
    expect(
      atlas
        .exportCsv('events')
        .trim()
        .split('\n')
        .slice(2)
        .map((row) => row.split(',')[1]),
    ).to.deep.equal(['uu60551302', 'uw61975711']);
    expect(atlas.exportCsv('places').split('\n')[1]).to.equal(
      'uu60551302,"8 km ENE of Bingham Canyon, Utah",,,40.5622,-112.0433,,',
    );
  });

  it('downloads by keyboard: the menu opens, arrows move, Escape returns focus, Enter saves exportGeoJSON()', async () => {
    const atlas = await mountAtlas(`src="${USGS}"`);
    const button = shadowQuery<HTMLButtonElement>(atlas, '#download-button')!;
    const menu = shadowQuery<HTMLElement>(atlas, '#download-menu')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.getAttribute('data-kind') === 'geojson', 'the first item focused');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.hidden).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()?.getAttribute('data-kind')).to.equal('events-csv');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()?.getAttribute('data-kind')).to.equal('geojson');
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive()?.getAttribute('data-kind')).to.equal('places-csv');
    await sendKeys({ press: 'Escape' });
    await atlas.updateComplete;
    expect(deepActive() === button, 'focus is back on the Download button').to.equal(true);
    expect(menu.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    const saved: { download: string; href: string; text: Promise<string> }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ download: this.download, href: this.href, text: fetch(this.href).then((r) => r.text()) });
    };
    const events: RelationsDownloadEvent[] = [];
    atlas.addEventListener('relations-download', (e) => events.push(e));
    try {
      await sendKeys({ press: 'Space' });
      await until(() => deepActive()?.getAttribute('data-kind') === 'geojson', 'the first item focused');
      await sendKeys({ press: 'Enter' });
      await until(() => saved.length === 1, 'the file saved');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const expected = `${JSON.stringify(atlas.exportGeoJSON(), null, 2)}\n`;
    expect(saved[0].download).to.equal('usgs-earthquakes-a-hand-made-week.geojson');
    expect(saved[0].href).to.match(/^blob:/);
    expect(await saved[0].text).to.equal(expected);
    expect(events.map((e) => [e.detail.filename, e.detail.type, e.detail.text === expected])).to.deep.equal([
      ['usgs-earthquakes-a-hand-made-week.geojson', 'application/geo+json', true],
    ]);
    expect(deepActive() === button, 'focus is back on the Download button').to.equal(true);
    expect(menu.hidden).to.equal(true);
  });

  it('keeps the open menu on the page in a narrow atlas', async () => {
    const atlas = mount<RelationsAtlas>(`<relations-atlas src="${USGS}"></relations-atlas>`, 'width: 300px');
    await waitFor(atlas, 'relations-ready');
    await atlas.updateComplete;
    shadowQuery<HTMLButtonElement>(atlas, '#download-button')!.click();
    const menu = shadowQuery<HTMLElement>(atlas, '#download-menu')!;
    await until(() => !menu.hidden && menu.getBoundingClientRect().width > 0, 'the menu open');
    await atlas.updateComplete;
    const { left, right } = menu.getBoundingClientRect();
    expect(left).to.be.at.least(0);
    expect(right).to.be.at.most(document.documentElement.clientWidth);
  });

  it('is axe-clean with the Download menu open', async () => {
    const atlas = await mountAtlas(`src="${USGS}"`);
    shadowQuery<HTMLButtonElement>(atlas, '#download-button')!.click();
    await atlas.updateComplete;
    expect(shadowQuery<HTMLElement>(atlas, '#download-menu')!.hidden).to.equal(false);
    expect(await axeViolations(atlas)).to.deep.equal([]);
  });

  it('saves nothing when a listener cancels relations-download, and the CSV items give the CSV exports', async () => {
    const atlas = await mountAtlas(`src="${USGS}"`);
    const files: string[] = [];
    atlas.addEventListener('relations-download', (e) => {
      e.preventDefault();
      files.push(
        `${e.detail.filename} ${e.detail.type} ${e.detail.text === atlas.exportCsv(e.detail.filename.includes('places') ? 'places' : 'events')}`,
      );
    });
    let clicks = 0;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => clicks++;
    try {
      for (const kind of ['events-csv', 'places-csv']) {
        shadowQuery<HTMLButtonElement>(atlas, '#download-button')!.click();
        await atlas.updateComplete;
        shadowQuery<HTMLButtonElement>(atlas, `[data-kind="${kind}"]`)!.click();
      }
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicks).to.equal(0);
    expect(files).to.deep.equal([
      'usgs-earthquakes-a-hand-made-week-events.csv text/csv true',
      'usgs-earthquakes-a-hand-made-week-places.csv text/csv true',
    ]);
  });

  it('runs nothing from a hostile GeoJSON file and shows its strings as text', async () => {
    delete window.__pwned;
    const atlas = await mountAtlas(`src="${HOSTILE}" debug`);
    await frame();
    expect(window.__pwned).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(auditDom(atlas)).to.deep.equal([]);
    const text = deepText(atlas);
    expect(text).to.contain('<img src=x onerror="window.__pwned=1">M 4.0 quake');
    expect(text).to.contain('<img src=x onerror="window.__pwned=1">Hostile quakes');
    expect(markerIds(mapOf(atlas))).to.deep.equal(['b-h2-b', 'h1', 'h3']);
    expect(atlas.loadedData!.placeById.get('h1')!.name).to.equal('<script>window.__pwned=1</script>Reykjavík');
    const problems = atlas.diagnostics.map((d) => `${d.collection}[${d.index}] ${d.severity} ${d.field ?? ''}`);
    expect(problems).to.include.members(['features[3] error ', 'features[4] error ', 'features[2] warning country']);
    // The javascript: and data: links were left out, never linked.
    expect(atlas.loadedData!.eventById.get('h1')!.links ?? []).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });
});
