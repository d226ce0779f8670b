import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RelationsErrorEvent } from '../../src/bus/dom-events.js';
import type { Diagnostic } from '../../src/data/diagnostics.js';
import type { LoadedDataset } from '../../src/data/loaded.js';
import { frame, mount, shadowQuery, shadowQueryAll, unmountAll, until } from './atlas-helpers.js';
import { deepElements } from './hostile-data.js';

/**
 * The bad-input suite: for each kind of broken data, each element shows a visible message and sends the diagnostics
 * in `relations-error`, the good records are still drawn, and nothing uncaught reaches the page.
 */

type Tag = 'relations-timeline' | 'relations-map' | 'relations-atlas';
type Viewed = HTMLElement & { loadedData: LoadedDataset | null; diagnostics: readonly Diagnostic[] };

const TAGS: readonly Tag[] = ['relations-timeline', 'relations-map', 'relations-atlas'];

const baku = {
  id: 'baku',
  name: { en: 'Baku', az: 'Bakı' },
  country: 'AZ',
  lat: 40.4093,
  lon: 49.8671,
  kinds: ['capital'],
};
const vilnius = { id: 'vilnius', name: 'Vilnius', country: 'LT', lat: 54.6872, lon: 25.2797, kinds: ['capital'] };
const relations = {
  id: 'relations',
  date: '1995-11-27',
  title: 'Diplomatic relations',
  category: 'diplomacy',
  places: ['baku', 'vilnius'],
};
const visit = {
  id: 'visit-2006',
  date: '2006-06-08/2006-06-09',
  title: 'Official visit',
  category: 'visit',
  places: ['vilnius', 'baku'],
};

/** Everything uncaught on the page while a test runs. */
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`);

interface Mounted {
  readonly element: Viewed;
  readonly reports: Diagnostic[][];
}

/** Mounts an element with `src` or `data`, recording its `relations-error` reports from the start. */
function mountView(tag: Tag, source: { src?: string; data?: unknown }, style = 'width: 1000px'): Mounted {
  const element = mount<Viewed>(`<${tag}></${tag}>`, style);
  const reports: Diagnostic[][] = [];
  element.addEventListener('relations-error', (event) =>
    reports.push([...(event as RelationsErrorEvent).detail.diagnostics]),
  );
  if (source.src !== undefined) element.setAttribute('src', source.src);
  else (element as unknown as { data: unknown }).data = source.data;
  return { element, reports };
}

/** The element's own visible message: an alert or a (not visually hidden) status with text, on screen. */
function visibleMessage(element: Element): HTMLElement | null {
  const candidates = shadowQueryAll<HTMLElement>(element, '[role="alert"], [role="status"]');
  return (
    candidates.find((candidate) => {
      const box = candidate.getBoundingClientRect();
      return (
        !candidate.matches('.visually-hidden') &&
        candidate.textContent!.trim() !== '' &&
        box.width > 1 &&
        box.height > 1 &&
        candidate.checkVisibility()
      );
    }) ?? null
  );
}

/** The atlas's views are `quiet`: the atlas shows one notice for all of them. */
function expectQuietChildren(element: Element): void {
  if (element.localName !== 'relations-atlas') return;
  for (const child of shadowQueryAll(element, 'relations-timeline, relations-map')) {
    expect(child.hasAttribute('quiet')).to.equal(true);
    expect(shadowQuery(child, '.status.problem')).to.equal(null);
  }
}

/** The good records are drawn: event marks on the timeline, place markers on the map, both in the atlas. */
async function expectDrawn(
  element: Element,
  ids: { events?: readonly string[]; places?: readonly string[] },
): Promise<void> {
  const timeline = element.localName === 'relations-atlas' ? shadowQuery(element, 'relations-timeline') : element;
  const map = element.localName === 'relations-atlas' ? shadowQuery(element, 'relations-map') : element;
  if (timeline?.localName === 'relations-timeline') {
    for (const id of ids.events ?? []) {
      await until(() => shadowQuery(timeline, `[data-event-id="${id}"]`) !== null, `the mark of ${id}`);
    }
  }
  if (map?.localName === 'relations-map') {
    for (const id of ids.places ?? []) {
      await until(() => shadowQuery(map, `[data-place-id="${id}"]`) !== null, `the marker of ${id}`);
    }
  }
}

interface Case {
  readonly name: string;
  readonly source: { src?: string; data?: unknown };
  /** Diagnostic codes that must be reported (none: the data is fine and no message is shown). */
  readonly codes: readonly string[];
  readonly events?: readonly string[];
  readonly places?: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'invalid JSON at src', source: { src: '/tests/fixtures/invalid.json' }, codes: ['invalid-json'] },
  { name: 'a 404 at src', source: { src: '/tests/fixtures/no-such-file.json' }, codes: ['fetch-failed'] },
  { name: 'an HTML page at src', source: { src: '/tests/fixtures/page.html' }, codes: ['wrong-content-type'] },
  { name: 'JSON text that is not JSON', source: { data: '{"events": [' }, codes: ['invalid-json'] },
  { name: 'a value that is not a data set', source: { data: [1, 2, 3] }, codes: ['invalid-dataset'] },
  { name: 'an empty data set', source: { data: { events: [], places: [] } }, codes: ['empty-dataset'] },
  {
    name: 'a single event',
    source: { data: { events: [relations], places: [baku, vilnius] } },
    codes: [],
    events: ['relations'],
    places: ['baku', 'vilnius'],
  },
  {
    name: 'invalid dates',
    source: {
      data: {
        events: [
          relations,
          visit,
          { ...relations, id: 'feb-30', date: '2013-02-30' },
          { ...relations, id: 'words', date: 'spring 2001' },
          { ...relations, id: 'month-13', date: '2001-13' },
          { ...relations, id: 'backwards', date: '2010/2005' },
          { ...relations, id: 'open-both', date: '../..' },
          { ...relations, id: 'empty', date: '' },
          { ...relations, id: 'number', date: 2001 },
          { ...relations, id: 'missing', date: undefined },
        ],
        places: [baku, vilnius],
      },
    },
    codes: ['invalid-date', 'missing-field'],
    events: ['relations', 'visit-2006'],
    places: ['baku', 'vilnius'],
  },
  {
    name: 'NaN, infinite, out-of-range and missing coordinates',
    source: {
      data: {
        events: [relations, { ...visit, places: ['vilnius', 'nan-lat'] }],
        places: [
          baku,
          vilnius,
          { id: 'nan-lat', name: 'NaN', lat: Number.NaN, lon: 10 },
          { id: 'inf-lon', name: 'Infinity', lat: 10, lon: Number.POSITIVE_INFINITY },
          { id: 'north', name: 'North of the pole', lat: 95, lon: 10 },
          { id: 'west', name: 'Past the date line', lat: 10, lon: -200 },
          { id: 'no-lat', name: 'No latitude', lon: 10 },
          { id: 'null-lon', name: 'Null longitude', lat: 10, lon: null },
          { id: 'text-lat', name: 'Text latitude', lat: '54.6', lon: 10 },
        ],
      },
    },
    codes: ['invalid-coordinates', 'missing-coordinates', 'unknown-place'],
    events: ['relations', 'visit-2006'],
    places: ['baku', 'vilnius'],
  },
  {
    name: 'unknown place ids',
    source: {
      data: {
        events: [relations, { ...visit, places: ['atlantis', 'vilnius', 'el-dorado'] }],
        places: [baku, vilnius],
        links: [{ id: 'twin', kind: 'twinning', from: 'baku', to: 'atlantis' }],
      },
    },
    codes: ['unknown-place'],
    events: ['relations', 'visit-2006'],
    places: ['baku', 'vilnius'],
  },
  {
    name: 'duplicate ids',
    source: {
      data: {
        events: [relations, visit, { ...relations, title: 'Again' }, { ...visit, date: '2020' }],
        places: [baku, vilnius, { ...baku, name: 'Baku again' }],
      },
    },
    codes: ['duplicate-id'],
    events: ['relations', 'visit-2006'],
    places: ['baku', 'vilnius'],
  },
];

describe('bad input', function () {
  this.timeout(60000);

  before(async () => {
    await setViewport({ width: 1280, height: 1000 });
  });
  beforeEach(() => {
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    unmountAll();
  });

  /** Lets late work (timers, frames, fetches) finish, then asserts nothing uncaught happened. */
  async function expectNothingUncaught(): Promise<void> {
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pageErrors).to.deep.equal([]);
  }

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const testCase of CASES) {
        it(`${testCase.name}: ${testCase.codes.length ? 'a message, diagnostics and the good records' : 'drawn, no message'}`, async () => {
          const { element, reports } = mountView(tag, testCase.source);
          await until(() => element.loadedData !== null, 'a loaded (or failed) data set', 8000);
          await expectDrawn(element, testCase);
          await frame();
          if (testCase.codes.length > 0) {
            await until(() => reports.length > 0, 'relations-error');
            expect(reports).to.have.length(1);
            const codes = new Set(reports[0].map((d) => d.code));
            for (const code of testCase.codes) expect([...codes], code).to.include(code);
            expect(element.diagnostics).to.deep.equal(reports[0]);
            await until(() => visibleMessage(element) !== null, 'a visible message');
            const message = visibleMessage(element)!;
            expect(message.textContent!.trim().length).to.be.greaterThan(10);
          } else {
            await new Promise((resolve) => setTimeout(resolve, 100));
            expect(reports).to.deep.equal([]);
            expect(visibleMessage(element)).to.equal(null);
          }
          expectQuietChildren(element);
          await expectNothingUncaught();
        });
      }
    });
  }

  it('the atlas names what went wrong: the URL and status of a failed fetch, the kind of a wrong page', async () => {
    const missing = mountView('relations-atlas', { src: '/tests/fixtures/no-such-file.json' }).element;
    const page = mountView('relations-atlas', { src: '/tests/fixtures/page.html' }).element;
    await until(() => missing.loadedData !== null && page.loadedData !== null, 'both failures');
    await until(() => visibleMessage(missing) !== null && visibleMessage(page) !== null, 'both notices');
    expect(visibleMessage(missing)!.getAttribute('role')).to.equal('alert');
    expect(visibleMessage(missing)!.textContent).to.contain('The data could not be loaded from');
    expect(visibleMessage(missing)!.textContent).to.contain('/tests/fixtures/no-such-file.json').and.to.contain('404');
    expect(visibleMessage(page)!.textContent).to.contain('text/html');
    const empty = mountView('relations-atlas', { data: { events: [], places: [] } }).element;
    await until(() => visibleMessage(empty) !== null, 'the empty notice');
    expect(visibleMessage(empty)!.textContent).to.contain('no events and no places').and.not.to.contain('repaired');
    await expectNothingUncaught();
  });

  describe('very long strings', () => {
    const long = (n: number, seed: string) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
    const unbroken = long(20000, 'AzərbaycanLietuva'); // no break opportunity anywhere
    const data = () => ({
      meta: {
        title: unbroken,
        description: long(20000, 'word '),
        parties: [
          { country: 'AZ', name: unbroken },
          { country: 'LT', name: long(20000, 'Lietuva ') },
        ],
        categories: { visit: unbroken },
      },
      events: [
        relations,
        {
          ...visit,
          title: unbroken,
          description: unbroken,
          actors: [unbroken],
          source: { section: unbroken, quote: unbroken },
        },
        { ...relations, id: 'too-long', title: long(100000, 'x') },
        { ...relations, id: 'long-date', date: long(100000, '2001-') },
        { ...relations, id: long(100000, 'id') },
      ],
      places: [baku, { ...vilnius, name: unbroken, description: unbroken }],
    });

    /** Within its box: no wider than its container, the page gets no horizontal scroll, the views keep their size. */
    function expectWithinBox(element: HTMLElement, container: HTMLElement): void {
      const box = element.getBoundingClientRect();
      const outer = container.getBoundingClientRect();
      expect(box.width).to.be.at.most(outer.width + 0.5);
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(window.innerWidth);
      // Nothing in the element (shadow roots included) sticks out sideways, unless something clips it.
      const wide = deepElements(element).filter((el) => {
        const rect = el.getBoundingClientRect();
        return (
          rect.width > 0 &&
          (rect.right > box.right + 1 || rect.left < box.left - 1) &&
          el.checkVisibility() &&
          !clipped(el, box)
        );
      });
      expect(wide.map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}">`)).to.deep.equal([]);
    }

    /** True when an ancestor (crossing shadow roots) clips overflow inside the element's box. */
    function clipped(el: Element, box: DOMRect): boolean {
      let node: Element | null = el;
      while (node) {
        const parent: Element | null = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
        if (!parent) return false;
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible') {
          const rect = parent.getBoundingClientRect();
          if (rect.right <= box.right + 1 && rect.left >= box.left - 1) return true;
        }
        node = parent;
      }
      return false;
    }

    for (const tag of TAGS) {
      it(`<${tag}>: a 100,000-character title and date are reported; 20,000-character names stay inside the element`, async () => {
        const { element, reports } = mountView(tag, { data: data() }, 'width: 900px');
        await until(() => element.loadedData !== null, 'the data set');
        await expectDrawn(element, { events: ['relations', 'visit-2006'], places: ['baku', 'vilnius'] });
        await until(() => reports.length > 0, 'relations-error');
        const ids = reports[0].map((d) => d.id);
        expect(ids).to.include('too-long').and.to.include('long-date');
        expect(
          reports[0].every((d) => d.message.length <= 300),
          'short messages',
        ).to.equal(true);
        await until(() => visibleMessage(element) !== null, 'a visible message');
        // The map still shows its places: the legend does not push them out of view.
        const map = tag === 'relations-atlas' ? shadowQuery<HTMLElement>(element, 'relations-map')! : element;
        if (map.localName === 'relations-map') {
          const frameBox = shadowQuery<HTMLElement>(map, '.map')!.getBoundingClientRect();
          for (const id of ['baku', 'vilnius']) {
            const marker = shadowQuery<HTMLElement>(map, `[data-place-id="${id}"]`)!.getBoundingClientRect();
            expect(marker.left, id).to.be.within(frameBox.left, frameBox.right);
            expect(marker.top, id).to.be.within(frameBox.top, frameBox.bottom);
          }
        }
        for (const details of deepElements(element).filter(
          (el): el is HTMLDetailsElement => el.localName === 'details',
        ))
          details.open = true;
        if (tag === 'relations-atlas') {
          const atlas = element as unknown as { select(s: object): void };
          atlas.select({ eventIds: ['visit-2006'] });
          await frame();
          shadowQuery<HTMLElement>(element, '#tab-list')!.click();
          await frame();
          shadowQuery<HTMLElement>(element, '#tab-details')!.click();
          atlas.select({ placeIds: ['vilnius'] });
        } else {
          (element as unknown as { select(s: object): void }).select({ eventIds: ['visit-2006'] });
        }
        await frame();
        await frame();
        expectWithinBox(element, element.parentElement!);
        if (tag === 'relations-map') {
          // A highlighted place's long name ends in an ellipsis instead of running across the map.
          const label = shadowQuery<HTMLElement>(element, '[data-place-id="vilnius"] .label')!;
          expect(label.checkVisibility()).to.equal(true);
          expect(label.getBoundingClientRect().width).to.be.within(100, 240);
        }
        if (tag !== 'relations-atlas') {
          // The views keep their set heights.
          expect(element.getBoundingClientRect().height).to.be.within(300, 460);
        } else {
          for (const view of shadowQueryAll<HTMLElement>(element, 'relations-timeline, relations-map')) {
            expect(view.getBoundingClientRect().height, view.localName).to.be.within(300, 460);
          }
          // A 20,000-character title and description are cut to a few lines, so the views stay near the top.
          const header = shadowQuery<HTMLElement>(element, 'header')!;
          expect(header.getBoundingClientRect().height, 'header height').to.be.at.most(300);
          expect(header.textContent).to.include(unbroken);
        }
        await expectNothingUncaught();
      });
    }
  });

  describe('100,000 records, 10% bad', () => {
    function manyEvents(count: number) {
      const events: Record<string, unknown>[] = [];
      for (let i = 0; i < count; i++) {
        // About nine a day from 1991 to 2020; every tenth has an impossible or malformed date.
        const day = new Date(Date.UTC(1991, 0, 1) + i * 9_500_000).toISOString().slice(0, 10);
        const bad = i % 10 === 9;
        events.push({
          id: `e${i}`,
          date: bad ? (i % 20 === 9 ? `${day.slice(0, 5)}13-01` : `${day}x`) : day,
          title: `Event ${i}`,
          category: ['diplomacy', 'visit', 'economy', 'culture'][i % 4],
          places: [i % 2 ? 'baku' : 'vilnius'],
        });
      }
      return events;
    }

    function manyPlaces(count: number) {
      const places: Record<string, unknown>[] = [];
      for (let i = 0; i < count; i++) {
        const bad = i % 10 === 9;
        places.push({
          id: `p${i}`,
          name: `Place ${i}`,
          lat: bad ? 91 + (i % 5) : -60 + ((i * 7919) % 12000) / 100,
          lon: -170 + ((i * 104729) % 34000) / 100,
        });
      }
      return places;
    }

    for (const tag of TAGS) {
      it(`<${tag}>: 90% drawn, 10% reported, the message stays short`, async () => {
        const data =
          tag === 'relations-map'
            ? { events: [], places: [baku, vilnius, ...manyPlaces(100000)] }
            : { events: manyEvents(100000), places: [baku, vilnius] };
        const started = performance.now();
        const { element, reports } = mountView(tag, { data }, 'width: 1000px');
        await until(() => reports.length > 0, 'relations-error', 30000);
        await until(() => visibleMessage(element) !== null, 'a visible message', 30000);
        const elapsed = performance.now() - started;
        expect(reports[0]).to.have.length(10000);
        expect(reports[0].every((d) => d.severity === 'error')).to.equal(true);
        if (tag === 'relations-map') expect(element.loadedData!.places).to.have.length(90002);
        else expect(element.loadedData!.events).to.have.length(90000);
        // The list of problems is capped, so a page is not flooded with 10,000 items.
        expect(deepElements(element).filter((el) => el.localName === 'li').length).to.be.below(1000);
        expect(visibleMessage(element)!.textContent).to.match(/10,?000/);
        if (tag !== 'relations-map') {
          const timeline = (
            tag === 'relations-atlas' ? shadowQuery(element, 'relations-timeline') : element
          ) as HTMLElement & {
            zoomTo(a: Date, b: Date): void;
          };
          await until(() => timeline.shadowRoot!.querySelector('.plot') !== null, 'the timeline');
          const { when } = element.loadedData!.events[45000];
          timeline.zoomTo(new Date(when.start - 5 * 86_400_000), new Date(when.end + 5 * 86_400_000));
          await until(
            () => shadowQueryAll(timeline, '[data-event-id]').length > 0,
            'event marks after zooming in',
            10000,
          );
        } else {
          await until(() => shadowQuery(element, 'canvas') !== null, 'the cluster canvas', 10000);
        }
        expect(elapsed, 'load and first message (ms)').to.be.below(20000);
        await expectNothingUncaught();
      });
    }
  });
});
