import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import type { RelationsErrorEvent } from '../../src/bus/dom-events.js';
import { parseEdtf } from '../../src/data/edtf.js';
import { indexDataset, type LoadedEvent } from '../../src/data/loaded.js';
import {
  clickCentre,
  frame,
  hoverCentre,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
  waitFor,
} from './atlas-helpers.js';
import {
  armXssTrap,
  auditDom,
  deepText,
  hostile,
  hostileDataset,
  hostileUrls,
  payloads,
  richPayloadText,
} from './hostile-data.js';

/**
 * The security suite: the XSS corpus in every string field, through every state of the three elements. A test fails
 * when a payload runs (it would call `__xssHit`), when an element or attribute is built from data, or when a link
 * outside http(s)/mailto reaches an href. Strings must show up as text, literally.
 */

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Checks the whole document (every shadow root) after a state was reached. */
async function expectClean(state: string): Promise<void> {
  await frame();
  await settle(); // an <img src=x> would fail to load and fire onerror by now
  expect(window.__xssHits, `payloads ran (${state})`).to.deep.equal([]);
  const elements = document.querySelectorAll('relations-atlas, relations-timeline, relations-map');
  expect(elements.length).to.be.greaterThan(0);
  const problems = [...elements].flatMap((element) => auditDom(element));
  expect(problems, `elements built from data (${state})`).to.deep.equal([]);
}

/** The words of a rich-text field (its markup read as the allowed subset) appear, as text. */
function expectRichShownAsText(root: Node, field: string): void {
  const text = deepText(root);
  const missing = richPayloadText(field).filter((words) => !text.includes(words));
  expect(missing, `${field} as rich text`).to.deep.equal([]);
}

/** The corpus of a field appears as literal text (so it was rendered, and rendered as text). */
function expectShownAsText(root: Node, field: string): void {
  const text = deepText(root);
  const missing = payloads(field).filter((payload) => !text.includes(payload));
  expect(missing, `${field} as text`).to.deep.equal([]);
}

const timelineOf = (atlas: Element) => shadowQuery<RelationsTimeline>(atlas, 'relations-timeline')!;
const mapOf = (atlas: Element) => shadowQuery<RelationsMap>(atlas, 'relations-map')!;
const panelOf = (atlas: Element) => shadowQuery<HTMLElement>(atlas, 'relations-details-panel')!;
const tableOf = (atlas: Element) => shadowQuery<HTMLElement>(atlas, 'relations-event-table')!;

async function mountWithData<T extends HTMLElement>(tag: string, data: unknown, attributes = ''): Promise<T> {
  const element = mount<T>(`<${tag} ${attributes}></${tag}>`, 'width: 1100px');
  const ready = waitFor(element, 'relations-ready');
  (element as unknown as { data: unknown }).data = data;
  await ready;
  await frame();
  return element;
}

describe('security: the XSS corpus in every string field', function () {
  this.timeout(60000);

  before(async () => {
    await setViewport({ width: 1400, height: 1100 });
  });
  beforeEach(() => armXssTrap());
  afterEach(() => unmountAll());

  it('the trap works: the corpus parsed as HTML runs and leaves elements the audit finds', async () => {
    const host = mount<HTMLElement>('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = hostile('control'); // deliberately unsafe, to prove the checks below would notice
    await settle();
    expect(window.__xssHits).to.include('control');
    expect(auditDom(host).join('\n')).to.contain('onerror').and.to.contain('<img>');
    window.__xssHits = [];
  });

  it('<relations-atlas>: default render, hover, selection, details, list, legend and diagnostics stay text', async () => {
    const errors: RelationsErrorEvent[] = [];
    // `debug`: the editors' full problem list is on the page too, and must stay text.
    const atlas = mount<RelationsAtlas>('<relations-atlas debug></relations-atlas>');
    atlas.addEventListener('relations-error', (e) => errors.push(e as RelationsErrorEvent));
    const ready = waitFor(atlas, 'relations-ready');
    atlas.data = hostileDataset();
    await ready;
    const timeline = timelineOf(atlas);
    const map = mapOf(atlas);
    await until(() => shadowQuery(timeline, '[data-event-id="ev-visit"]') !== null, 'the event marks');
    await until(() => shadowQuery(map, '[data-place-id="baku"]') !== null, 'the place markers');
    await expectClean('default render');
    // The header shows the description's text content: its markup is dropped, its words kept.
    expectRichShownAsText(shadowQuery(atlas, 'header')!, 'meta.description');
    for (const field of [
      'meta.title',
      'meta.source.title',
      'meta.source.licence',
      'category.visit.en',
      'category.javascript',
      'place.name',
      'place.twin',
      'event.title',
    ]) {
      expectShownAsText(atlas, field);
    }

    // The diagnostics: hostile ids, dates and categories were rejected, link schemes left out of their events, and the
    // notice shows them as text.
    expect(errors).to.have.length(1);
    const codes = errors[0].detail.diagnostics.map((d) => d.code);
    expect(codes).to.include.members([
      'invalid-record',
      'invalid-date',
      'duplicate-id',
      'unknown-place',
      'invalid-link',
      'invalid-media',
    ]);
    expect(atlas.loadedData!.eventById.get('ev-day')!.media).to.equal(undefined);
    const badLinks = hostileUrls('x').map((_, i) => `bad-link-${i}`);
    expect(atlas.loadedData!.events.map((e) => e.id).sort()).to.deep.equal(
      [...badLinks, 'ev-day', 'ev-visit', 'javascript:alert'].sort(),
    );
    const notice = shadowQuery<HTMLElement>(atlas, '.notice .status')!;
    expect(notice.querySelector('details')!.open).to.equal(true);
    expect(notice.textContent).to.contain(`(id ""><img src=x onerror="__xssHit('event.id')">")`);
    expect(notice.textContent).to.contain(`<img src=x onerror=__xssHit('date')>`);
    await expectClean('diagnostics list open');

    // Hover: the timeline's tooltip and the map's tooltip.
    await hoverCentre(shadowQuery(timeline, '[data-event-id="ev-visit"]')!);
    await until(() => shadowQuery(timeline, '.tooltip') !== null, 'the timeline tooltip');
    expectShownAsText(shadowQuery(timeline, '.tooltip')!, 'event.title');
    expectShownAsText(shadowQuery(timeline, '.tooltip')!, 'category.visit.en');
    await expectClean('timeline tooltip');
    await hoverCentre(shadowQuery(map, '[data-place-id="vilnius"]')!);
    await until(() => shadowQuery(map, '.leaflet-tooltip') !== null, 'the map tooltip');
    expectShownAsText(shadowQuery(map, '.leaflet-tooltip')!, 'place.name');
    await expectClean('map tooltip');

    // Selecting an event: the details panel shows its title, actors, quote, flags and links; the map draws arrows.
    await clickCentre(shadowQuery(timeline, '[data-event-id="ev-visit"]')!);
    await until(() => shadowQuery(panelOf(atlas), 'article[data-event-id="ev-visit"]') !== null, 'the event details');
    // Descriptions, captions and credits are rich text: their tags are read as the allowed subset, their words kept.
    for (const field of ['event.description', 'event.media.caption', 'event.media.credit']) {
      expectRichShownAsText(panelOf(atlas), field);
    }
    for (const field of [
      'event.title',
      'event.actor.1',
      'event.actor.2',
      'event.source.section',
      'event.source.quote',
      'event.flag.original',
      'event.flag.corrected',
      'event.flag.note',
      'event.links.label',
      'event.links.mailto',
      'place.name',
      'place.name.en',
      'category.visit.en',
    ]) {
      expectShownAsText(panelOf(atlas), field);
    }
    const hrefs = shadowQueryAll<HTMLAnchorElement>(panelOf(atlas), 'a[href]').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'https://example.org/watch?v=%3Cscript%3E',
      'https://example.org/?q=%3Cscript%3E',
      'mailto:desk@example.org',
    ]);
    expect(shadowQuery(panelOf(atlas), '.media-link a')!.textContent).to.contain('[event.media.caption]');
    await expectClean('an event selected');

    // Selecting a place: every language's name, the description and the place's flags.
    await clickCentre(shadowQuery(map, '[data-place-id="baku"]')!);
    await until(() => shadowQuery(panelOf(atlas), 'article[data-place-id="baku"]') !== null, 'the place details');
    for (const field of [
      'place.name.en',
      'place.name.az',
      'place.name.lt',
      'place.flag.original',
      'event.title',
      'event3.title',
    ]) {
      expectShownAsText(panelOf(atlas), field);
    }
    expectRichShownAsText(panelOf(atlas), 'place.description');
    await expectClean('a place selected');

    // Keyboard: the timeline's focus tooltip and the live region.
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await until(() => shadowQuery(timeline, '.tooltip') !== null, 'the keyboard tooltip');
    await sendKeys({ press: 'Enter' });
    await expectClean('keyboard focus and selection');

    // The event list, sorted by each column.
    await clickCentre(shadowQuery(atlas, '#tab-list')!);
    await until(
      () => shadowQueryAll(tableOf(atlas), 'tbody tr').length === atlas.loadedData!.events.length,
      'the event rows',
    );
    expectShownAsText(tableOf(atlas), 'event.title');
    // An event only the list shows by its title (the list draws its rows once its tab is open).
    expectShownAsText(tableOf(atlas), 'event3.title');
    expectShownAsText(tableOf(atlas), 'category.javascript');
    for (const header of shadowQueryAll<HTMLElement>(tableOf(atlas), 'th button')) {
      header.click();
      await frame();
    }
    await clickCentre(shadowQueryAll(tableOf(atlas), 'tbody tr')[0]);
    await expectClean('the event list');

    // Category filters and search (the chip labels are category labels from the data).
    const chip = shadowQueryAll<HTMLButtonElement>(atlas, '.chip')[0];
    chip.click();
    const search = shadowQuery<HTMLInputElement>(atlas, '#search')!;
    search.focus();
    await sendKeys({ type: 'onerror' });
    await sendKeys({ press: 'Enter' });
    await expectClean('filters and search');
  });

  it('<relations-timeline> alone: lanes, series, overview, tooltip and its own problem list stay text', async () => {
    const timeline = await mountWithData<RelationsTimeline>('relations-timeline', hostileDataset(), 'lang="az" debug');
    await until(() => shadowQuery(timeline, '[data-event-id="ev-visit"]') !== null, 'the event marks');
    await expectClean('default render');
    const status = shadowQuery<HTMLElement>(timeline, '[part="status"]')!;
    status.querySelector('details')!.open = true;
    await frame();
    expect(status.textContent).to.contain(`<img src=x onerror=__xssHit('date')>`);
    status.querySelector('details')!.open = false;
    // Mark labels are elided to fit; the full title is the mark's accessible name.
    expect(shadowQuery(timeline, '[data-event-id="ev-day"]')!.getAttribute('aria-label')).to.contain(
      hostile('event3.title'),
    );
    expect(deepText(timeline)).to.contain('[series.title]');
    const seriesTitle = shadowQuery(timeline, '.series-bar title');
    expect(seriesTitle?.textContent).to.contain(`<script>__xssHit('series.unit')</script>`);
    await hoverCentre(shadowQuery(timeline, '[data-event-id="javascript:alert"]')!);
    await until(() => shadowQuery(timeline, '.tooltip') !== null, 'the tooltip');
    expectShownAsText(shadowQuery(timeline, '.tooltip')!, 'event2.title');
    expectShownAsText(shadowQuery(timeline, '.tooltip')!, 'category.javascript');
    await clickCentre(shadowQuery(timeline, '[data-event-id="javascript:alert"]')!);
    await expectClean('hover and selection');
  });

  it('<relations-map> alone: labels, legend, tooltips, arrows and its own problem list stay text', async () => {
    const map = await mountWithData<RelationsMap>('relations-map', hostileDataset(), 'lang="lt" debug');
    await until(() => shadowQuery(map, '[data-place-id="twin"]') !== null, 'the markers');
    await expectClean('default render');
    expect(deepText(shadowQuery(map, '[data-place-id="baku"]')!)).to.contain(payloads('place.name.lt')[0]);
    expectShownAsText(shadowQuery(map, '.legend')!, 'meta.party.en');
    expectShownAsText(shadowQuery(map, '.legend')!, 'meta.party');
    const status = shadowQuery<HTMLElement>(map, '[part="status"]')!;
    status.querySelector('details')!.open = true;
    await frame();
    expect(status.textContent).to.contain(`(id "'><svg onload="__xssHit('place.id')">")`);
    status.querySelector('details')!.open = false;
    await frame();
    for (const id of ['baku', 'vilnius', 'twin']) {
      const marker = shadowQuery<HTMLElement>(map, `[data-place-id="${id}"]`)!;
      await hoverCentre(marker);
      await until(() => shadowQuery(map, '.leaflet-tooltip') !== null, 'the tooltip');
    }
    expectShownAsText(shadowQuery(map, '.leaflet-tooltip')!, 'place.twin');
    map.select({ eventIds: ['ev-visit'] });
    await until(() => shadowQuery(map, '.arrow') !== null, 'the visit arrow');
    await clickCentre(shadowQuery(map, '[data-place-id="baku"]')!);
    await expectClean('hover, arrows and selection');
  });

  it('a data set whose metadata is rejected still shows its title as text', async () => {
    const data = hostileDataset() as { meta: Record<string, unknown> };
    data.meta.categories = { [hostile('category.key')]: 'label' };
    const atlas = await mountWithData<RelationsAtlas>('relations-atlas', data);
    expect(shadowQuery(atlas, 'h2')!.textContent).to.contain(payloads('meta.title')[1]);
    expect(atlas.diagnostics.some((d) => d.collection === 'meta')).to.equal(true);
    await expectClean('rejected metadata');
  });
});

describe('security: links', function () {
  this.timeout(30000);
  beforeEach(() => armXssTrap());
  afterEach(() => unmountAll());

  it('a link in a script or data scheme, in any disguise, is left out with a diagnostic, never an href', async () => {
    const atlas = await mountWithData<RelationsAtlas>('relations-atlas', hostileDataset());
    const rejected = atlas.diagnostics.filter((d) => d.id?.startsWith('bad-link-'));
    expect(rejected.map((d) => d.id)).to.deep.equal(hostileUrls('x').map((_, i) => `bad-link-${i}`));
    expect(rejected.every((d) => d.field === 'links' && d.code === 'invalid-link')).to.equal(true);
    // The events themselves are kept, without the link.
    const kept = atlas.loadedData!.events.filter((e) => e.id.startsWith('bad-link-'));
    expect(kept).to.have.length(rejected.length);
    expect(kept.every((e) => e.links?.length === 0)).to.equal(true);
    atlas.select({ eventIds: atlas.loadedData!.events.map((e) => e.id) });
    await frame();
    await expectClean('every event selected');
  });

  it('a loaded data set handed over unchecked still never puts a hostile link in an href', async () => {
    const when = (text: string) => {
      const result = parseEdtf(text);
      if (!result.ok) throw new Error(result.reason);
      return result.value;
    };
    const events: LoadedEvent[] = hostileUrls('loaded.link').map((url, i) => ({
      id: `e${i}`,
      date: '2001',
      when: when(`${2001 + i}`),
      title: `event ${i}`,
      category: 'other',
      places: [],
      links: [
        { label: `bad ${i}`, url },
        { label: `good ${i}`, url: `https://example.org/${i}` },
      ],
    }));
    const dataset = indexDataset({
      meta: { title: 'Unchecked', source: { title: 'Source', url: 'JaVaScRiPt:__xssHit("meta.source.url")' } },
      events,
      places: [],
      links: [],
      series: [],
    });
    const atlas = await mountWithData<RelationsAtlas>('relations-atlas', dataset);
    atlas.select({ eventIds: events.map((e) => e.id) });
    await frame();
    const panel = panelOf(atlas);
    await until(() => shadowQueryAll(panel, 'article').length === events.length, 'every event in the panel');
    const hrefs = shadowQueryAll<HTMLAnchorElement>(panel, 'a[href]').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(events.map((_, i) => `https://example.org/${i}`));
    expect(shadowQuery(atlas, 'footer a')).to.equal(null);
    expect(shadowQuery(atlas, 'footer')!.textContent).to.contain('Source');
    await expectClean('unchecked links');
  });
});

describe('security: prototype pollution', function () {
  this.timeout(30000);
  afterEach(() => {
    unmountAll();
    for (const key of Object.keys(Object.prototype)) delete (Object.prototype as Record<string, unknown>)[key];
  });

  const pollutingText = () =>
    JSON.stringify({
      meta: { title: 'T', categories: { visit: 'Visits' } },
      events: [{ id: 'a', date: '2001', title: 'A', places: ['p'], category: 'visit' }],
      places: [{ id: 'p', name: { en: 'P' }, lat: 1, lon: 2 }],
    })
      .replace(
        '{"meta":{',
        '{"__proto__":{"polluted":"root"},"constructor":{"prototype":{"polluted":"ctor"}},"meta":{"__proto__":{"polluted":"meta"},',
      )
      .replace(
        '"categories":{',
        '"categories":{"__proto__":{"polluted":"categories"},"constructor":{"prototype":{"polluted":"cat"}},',
      )
      .replace(
        '{"id":"a",',
        '{"__proto__":{"polluted":"event"},"constructor":{"prototype":{"polluted":"event"}},"id":"a",',
      )
      .replace(
        '"name":{"en":"P"}',
        '"name":{"en":"P","__proto__":{"polluted":"name"},"constructor":{"prototype":{"polluted":"name"}}}',
      );

  function expectUnpolluted(): void {
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.to.include('polluted');
    expect((Object as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  }

  for (const tag of ['relations-atlas', 'relations-timeline', 'relations-map']) {
    it(`<${tag}>: JSON text and parsed objects with __proto__ and constructor.prototype keys pollute nothing`, async () => {
      const text = pollutingText();
      // JSON text is parsed without the keys; a parsed object keeps them as own properties, and the checks reject
      // the records that carry them where the schema allows no such key (a name's languages, category ids).
      for (const data of [text, JSON.parse(text) as unknown]) {
        const element = await mountWithData<HTMLElement & { loadedData: { places: object[]; events: object[] } }>(
          tag,
          data,
        );
        expectUnpolluted();
        const { places, events } = element.loadedData;
        expect(events).to.have.length(1);
        expect(places).to.have.length(typeof data === 'string' ? 1 : 0);
        for (const record of [...places, ...events]) {
          expect(Object.getPrototypeOf(record)).to.equal(Object.prototype);
          expect((record as Record<string, unknown>).polluted).to.equal(undefined);
        }
        (element as unknown as { select(s: object): void }).select({ placeIds: ['p'] });
        await frame();
        expectUnpolluted();
        unmountAll();
      }
    });

    it(`<${tag}>: the same file loaded from src pollutes nothing`, async () => {
      const element = mount<HTMLElement & { loadedData: { places: object[] } | null }>(
        `<${tag} src="/tests/fixtures/proto-pollution.json"></${tag}>`,
      );
      await waitFor(element, 'relations-ready');
      expect(element.loadedData!.places).to.have.length(1);
      expectUnpolluted();
    });
  }
});

describe('security: the XSS corpus on a page with a strict CSP and Trusted Types', function () {
  this.timeout(60000);
  let iframe: HTMLIFrameElement;

  interface ProbedWindow extends Window {
    cspViolations: string[];
    pageErrors: string[];
    atlasReady?: boolean;
  }

  before(async () => {
    await setViewport({ width: 1400, height: 1100 });
  });
  afterEach(() => iframe?.remove());

  /** A real pointer move or click at the centre of an element inside the frame. */
  async function pointAt(element: Element, type: 'move' | 'click'): Promise<void> {
    element.scrollIntoView({ block: 'center', inline: 'center' });
    await frame();
    const inner = element.getBoundingClientRect();
    const outer = iframe.getBoundingClientRect();
    const position: [number, number] = [
      Math.round(outer.x + inner.x + inner.width / 2),
      Math.round(outer.y + inner.y + inner.height / 2),
    ];
    const { sendMouse } = await import('@web/test-runner-commands');
    await sendMouse({ type, position });
  }

  it('drives the drop-in bundle through hover, selection, the list and the notice with no violation and no script', async () => {
    iframe = document.createElement('iframe');
    iframe.style.cssText =
      'position: fixed; left: 0; top: 0; width: 1300px; height: 1100px; border: 0; background: white';
    iframe.src = '/tests/csp/hostile.html';
    document.body.append(iframe);
    await until(
      () => (iframe.contentWindow as ProbedWindow | null)?.atlasReady === true,
      'the atlas inside the page',
      15000,
    );
    const win = iframe.contentWindow as ProbedWindow & Window;
    const atlas = win.document.querySelector('relations-atlas')!;
    const timeline = atlas.shadowRoot!.querySelector('relations-timeline')!;
    const map = atlas.shadowRoot!.querySelector('relations-map')!;
    const inFrame = (root: Element, selector: string) => root.shadowRoot!.querySelector<HTMLElement>(selector);
    await until(() => inFrame(timeline, '[data-event-id="ev-visit"]') !== null, 'event marks');
    await until(() => inFrame(map, '[data-place-id="baku"]') !== null, 'place markers');

    await pointAt(inFrame(timeline, '[data-event-id="ev-visit"]')!, 'move');
    await until(() => inFrame(timeline, '.tooltip') !== null, 'the timeline tooltip');
    await pointAt(inFrame(map, '[data-place-id="vilnius"]')!, 'move');
    await until(() => inFrame(map, '.leaflet-tooltip') !== null, 'the map tooltip');
    await pointAt(inFrame(timeline, '[data-event-id="ev-visit"]')!, 'click');
    const panel = atlas.shadowRoot!.querySelector('relations-details-panel')!;
    await until(() => inFrame(panel, 'article[data-event-id="ev-visit"]') !== null, 'the event details');
    await pointAt(inFrame(map, '[data-place-id="baku"]')!, 'click');
    await until(() => inFrame(panel, 'article[data-place-id="baku"]') !== null, 'the place details');
    await pointAt(inFrame(atlas, '#tab-list')!, 'click');
    await pointAt(inFrame(atlas, '.notice summary')!, 'click');
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(deepText(atlas)).to.contain(payloads('event.title')[0]);
    // The rich-text fields were rendered (their markup read, their words kept) without a report.
    expect(deepText(panel)).to.contain('[place.description]').and.to.contain('styled').and.to.contain('bold');
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect((win as unknown as Window).__xssHits).to.deep.equal([]);
    expect(auditDom(atlas)).to.deep.equal([]);
  });
});
