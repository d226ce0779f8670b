// The probe goes first: it wraps listeners, observers and timers before Leaflet keeps its own references to them.
import { listenerCount, liveListeners, liveObservers, sleep, timers } from './lifecycle-probe.js';
import { expect } from '@esm-bundle/chai';
import * as L from '../../src/map/leaflet.js';
import '../../src/index.js';
import { getChannel } from '../../src/bus/channel.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import {
  clickCentre,
  DATA_URL,
  frame,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
} from './atlas-helpers.js';

/**
 * The lifecycle suite: elements mounted and unmounted many times leave nothing behind, survive being moved, take
 * properties set before their definition loads, tolerate a second copy of the library, and share a page.
 */

// ---- Leaflet maps alive now --------------------------------------------------------------------------------------

const liveMaps = new Set<L.Map>();
L.Map.addInitHook(function (this: L.Map) {
  liveMaps.add(this);
});
const removeMap = L.Map.prototype.remove;
L.Map.prototype.remove = function (this: L.Map) {
  liveMaps.delete(this);
  return removeMap.call(this);
};

/** `.leaflet-container`s in every connected shadow root, however deep. */
function leafletContainers(root: Document | ShadowRoot = document): Element[] {
  const found = [...root.querySelectorAll('.leaflet-container')];
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) found.push(...leafletContainers(element.shadowRoot));
  return found;
}

const mapsIn = (element: Element) => [...liveMaps].filter((map) => element.shadowRoot?.contains(map.getContainer()));

// ---- what the page holds -----------------------------------------------------------------------------------------

interface Holdings {
  listeners: Map<string, number>;
  observers: Map<string, number>;
  leafletMaps: number;
  leafletContainers: number;
  pendingFrames: number;
  intervals: number;
}

function holdings(): Holdings {
  const { pendingFrames, intervals } = timers();
  return {
    listeners: liveListeners(),
    observers: liveObservers(),
    leafletMaps: liveMaps.size,
    leafletContainers: leafletContainers().length,
    pendingFrames,
    intervals,
  };
}

/** What grew between two counts, as `name: before → after` lines (empty when nothing did). */
function growth(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after]
    .filter(([name, count]) => count > (before.get(name) ?? 0))
    .map(([name, count]) => `${name}: ${before.get(name) ?? 0} → ${count}`);
}

/** Waits for animations, Leaflet's zoom timers and pending fetches to finish, without requesting frames itself. */
async function settle(): Promise<void> {
  await sleep(700);
}

async function expectNothingLeft(before: Holdings): Promise<void> {
  await settle();
  const after = holdings();
  expect(growth(before.listeners, after.listeners), 'listeners left').to.deep.equal([]);
  expect(growth(before.observers, after.observers), 'observers left').to.deep.equal([]);
  expect(after.leafletMaps, 'Leaflet maps alive').to.equal(before.leafletMaps);
  expect(after.leafletContainers, 'Leaflet containers in the page').to.equal(before.leafletContainers);
  expect(after.intervals, 'intervals running').to.equal(before.intervals);
  expect(after.pendingFrames, 'animation frames pending').to.equal(0);
  // No loop: nothing asks for animation frames while the page is idle.
  const requests = timers().frameRequests;
  await sleep(300);
  expect(timers().frameRequests - requests, 'animation frames requested while idle').to.equal(0);
}

/** Uncaught errors and unhandled rejections from now until `stop()`. */
function collectErrors(): { stop(): string[] } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return errors;
    },
  };
}

// ---- mounting ----------------------------------------------------------------------------------------------------

type Tag = 'relations-timeline' | 'relations-map' | 'relations-atlas';
type AnyElement = RelationsTimeline | RelationsMap | RelationsAtlas;

let raw: unknown;

const SHARED_CHANNELS = Symbol.for('relations-atlas.channels.v2');
/** The platform object a named channel's messages travel on (shared by every copy of the library). */
function channelTarget(name: string): EventTarget {
  getChannel(name);
  const registry = (document as unknown as Record<symbol, Map<string, { target: EventTarget }>>)[SHARED_CHANNELS];
  return registry.get(name)!.target;
}

function create(tag: Tag, source: 'src' | 'data', channel: string): AnyElement {
  const element = document.createElement(tag) as AnyElement;
  if (source === 'src') element.src = DATA_URL;
  else element.data = raw;
  element.channel = channel;
  return element;
}

/** Resolves when the element fires `relations-ready` (never rejects: a removed element may never be ready). */
const readyOf = (element: Element) =>
  new Promise<void>((resolve) => element.addEventListener('relations-ready', () => resolve(), { once: true }));

/** Waits until the element and, for the atlas, both views inside it have drawn their marks. */
async function drawn(element: AnyElement, ready: Promise<void>): Promise<void> {
  let isReady = false;
  void ready.then(() => (isReady = true));
  await until(() => isReady, `${element.localName} ready`, 10000);
  const views = element.localName === 'relations-atlas' ? Object.values((element as RelationsAtlas).views) : [element];
  await until(
    () => views.every((view) => view?.shadowRoot?.querySelector('[data-event-id], [data-place-id]')),
    `${element.localName} drawn`,
    10000,
  );
}

const highlightedIn = (element: AnyElement): string[] => {
  if (element.localName === 'relations-atlas') {
    const { timeline, map } = (element as RelationsAtlas).views;
    return [...(timeline?.highlightedEventIds ?? []), ...(map?.highlightedPlaceIds ?? [])].sort();
  }
  if (element.localName === 'relations-map') return [...(element as RelationsMap).highlightedPlaceIds].sort();
  return [...(element as RelationsTimeline).highlightedEventIds].sort();
};

/**
 * One mount and unmount. The cycles vary when the element goes: at once (mid-fetch, before the first update),
 * after it is drawn, and right after a selection (mid-animation: the map flies, the timeline pans).
 */
async function cycle(tag: Tag, source: 'src' | 'data', channel: string, i: number): Promise<AnyElement> {
  const parent = document.createElement('div');
  parent.style.width = '1000px';
  const element = create(tag, source, channel);
  const ready = readyOf(element);
  parent.append(element);
  document.body.append(parent);
  if (i % 3 !== 0) {
    await drawn(element, ready);
    if (i % 3 === 2) {
      element.select({ placeIds: [i % 2 ? 'baku' : 'vilnius'] });
      // The atlas's playback runs on an interval, which must stop with it.
      shadowQuery<HTMLButtonElement>(element, 'button[aria-pressed="false"]:not(.chip)')?.click();
      await frame();
    }
  }
  parent.remove();
  return element;
}

// ---- 1. mount and unmount ----------------------------------------------------------------------------------------

describe('lifecycle: 50 mounts and unmounts', function () {
  this.timeout(180000);
  before(async () => {
    raw = await (await fetch(DATA_URL)).json();
  });
  afterEach(unmountAll);

  for (const tag of ['relations-timeline', 'relations-map', 'relations-atlas'] as const) {
    for (const source of ['src', 'data'] as const) {
      it(`<${tag}> with the data from ${source === 'src' ? 'its src' : 'its data property'} leaves no listener, observer, timer, Leaflet map or channel subscription`, async () => {
        const channel = `cycles-${tag}-${source}`;
        // Warm up: one-time work (Leaflet's document listeners, the basemap module, adopted styles) is not a leak.
        for (let i = 1; i <= 2; i++) await cycle(tag, source, `${channel}-warm-up`, i);
        await settle();
        const errors = collectErrors();
        const before = holdings();
        const removed: AnyElement[] = [];
        for (let i = 0; i < 50; i++) removed.push(await cycle(tag, source, channel, i));
        await expectNothingLeft(before);
        expect(errors.stop(), 'errors on the page').to.deep.equal([]);

        // The channel: no subscription is left, and nothing removed answers a message on it.
        expect(listenerCount(channelTarget(channel)), 'subscriptions left on the channel').to.equal(0);
        const highlightsBefore = removed.map(highlightedIn);
        getChannel(channel).select({ placeIds: ['berlin'] });
        await sleep(100);
        expect(removed.map(highlightedIn)).to.deep.equal(highlightsBefore);
      });
    }
  }

  it('a page that swaps elements the moment one is ready raises no "ResizeObserver loop" error', async () => {
    // `relations-ready` (and `relations-range`) follow the first measurement; a page that mounts the next element in
    // the handler must not find itself inside the browser's resize-observer turn.
    const errors = collectErrors();
    const parent = document.createElement('div');
    parent.style.width = '1000px';
    document.body.append(parent);
    const tags: Tag[] = ['relations-timeline', 'relations-map', 'relations-atlas'];
    await new Promise<void>((resolve) => {
      let count = 0;
      const next = () => {
        const element = create(tags[count % 3], 'data', 'swap');
        element.addEventListener(
          'relations-ready',
          () => {
            element.remove();
            if (++count === 12) resolve();
            else next();
          },
          { once: true },
        );
        parent.append(element);
      };
      next();
    });
    await settle();
    parent.remove();
    expect(errors.stop()).to.deep.equal([]);
  });

  it('a still-mounted element holds the same before and after 50 others came and went beside it', async () => {
    const stay = mount<RelationsTimeline>(
      `<relations-timeline src="${DATA_URL}" channel="beside"></relations-timeline>`,
    );
    await drawn(stay, readyOf(stay));
    await settle();
    const before = holdings();
    const subscriptions = listenerCount(channelTarget('beside'));
    for (let i = 0; i < 50; i++) await cycle('relations-map', 'data', 'beside', i);
    await expectNothingLeft(before);
    expect(listenerCount(channelTarget('beside'))).to.equal(subscriptions);
    // And it still follows the channel.
    getChannel('beside').select({ placeIds: ['baku'] });
    await until(() => stay.highlightedEventIds.length > 0, 'the timeline follows');
  });
});

// ---- 2. moving ---------------------------------------------------------------------------------------------------

describe('lifecycle: an element moved to another parent', function () {
  this.timeout(60000);
  let parents: HTMLElement[] = [];
  before(async () => {
    raw ??= await (await fetch(DATA_URL)).json();
  });
  beforeEach(() => {
    parents = [0, 1].map(() => {
      const parent = document.createElement('div');
      parent.style.width = '1000px';
      document.body.append(parent);
      return parent;
    });
  });
  afterEach(() => {
    for (const parent of parents) parent.remove();
  });

  /** Moves the element back and forth between the two parents, `times` times, and lets it settle. */
  async function move(element: Element, times: number): Promise<void> {
    for (let i = 0; i < times; i++) {
      parents[(i + 1) % 2].append(element);
      await frame();
    }
    await settle();
  }

  it('the timeline re-renders, keeps one set of listeners, zooms by wheel and double-click and follows its channel', async () => {
    const timeline = create('relations-timeline', 'src', 'moved-timeline') as RelationsTimeline;
    const ready = readyOf(timeline);
    parents[0].append(timeline);
    await drawn(timeline, ready);
    await settle();
    const before = holdings();
    const shown = timeline.range!;

    await move(timeline, 5);
    expect(timeline.parentElement).to.equal(parents[1]);
    expect(shadowQueryAll(timeline, '[data-event-id]').length).to.be.greaterThan(0);
    expect(timeline.range).to.deep.equal(shown);
    const after = holdings();
    expect(growth(before.listeners, after.listeners), 'listeners added by moving').to.deep.equal([]);
    expect(growth(before.observers, after.observers), 'observers added by moving').to.deep.equal([]);
    expect(listenerCount(channelTarget('moved-timeline'))).to.equal(1);

    const stage = shadowQuery<HTMLElement>(timeline, '.stage')!;
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
    const at = {
      clientX: plot.left + plot.width / 2,
      clientY: plot.top + plot.height / 2,
      bubbles: true,
      cancelable: true,
    };
    const span = () => timeline.range!.end.getTime() - timeline.range!.start.getTime();
    const whole = span();
    // Engaged (focused), so the wheel zooms the timeline rather than scrolling the page.
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    stage.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -200 }));
    await until(() => span() < whole * 0.9, 'the wheel zooms in');
    const wheeled = span();
    stage.dispatchEvent(new MouseEvent('dblclick', at));
    await sleep(400);
    // One double-click is one step (×2), however often the element was moved.
    expect(wheeled / span()).to.be.closeTo(2, 0.05);

    getChannel('moved-timeline').select({ placeIds: ['baku'] });
    await until(() => timeline.highlightedEventIds.length > 0, 'events of Baku highlighted');
    await until(() => shadowQuery(timeline, '[data-event-id][data-highlighted]') !== null, 'a highlighted mark');
  });

  it('the map keeps exactly one Leaflet map with its markers, and selection still travels both ways', async () => {
    const map = create('relations-map', 'data', 'moved-map') as RelationsMap;
    const ready = readyOf(map);
    parents[0].append(map);
    await drawn(map, ready);
    await settle();
    const before = holdings();

    await move(map, 5);
    expect(mapsIn(map)).to.have.length(1);
    expect(map.leafletMap).to.equal(mapsIn(map)[0]);
    expect(shadowQueryAll(map, '.leaflet-container')).to.have.length(1);
    expect(shadowQueryAll(map, '[data-place-id]').length).to.be.greaterThan(5);
    await until(() => shadowQueryAll(map, 'path.country').length > 10, 'the basemap drawn again');
    const after = holdings();
    expect(growth(before.listeners, after.listeners), 'listeners added by moving').to.deep.equal([]);
    expect(growth(before.observers, after.observers), 'observers added by moving').to.deep.equal([]);
    expect(after.leafletMaps).to.equal(before.leafletMaps);
    expect(listenerCount(channelTarget('moved-map'))).to.equal(1);

    const heard: string[][] = [];
    const off = getChannel('moved-map').subscribe((message) => {
      if (message.type === 'select') heard.push([...message.selection.placeIds]);
    });
    await clickCentre(shadowQuery(map, '[data-place-id="vilnius"]')!);
    await until(() => heard.length > 0, 'the click reaches the channel');
    expect(heard).to.deep.equal([['vilnius']]);
    off();
    getChannel('moved-map').select({ placeIds: ['baku'] });
    await until(() => map.highlightedPlaceIds.includes('baku'), 'Baku highlighted from the channel');
    expect(map.highlightedPlaceIds).to.deep.equal(['baku']);
  });

  it('moved while its data is still loading, each element loads it and draws', async () => {
    const elements = (['relations-timeline', 'relations-map', 'relations-atlas'] as const).map((tag) => {
      const element = create(tag, 'src', 'moved-early');
      parents[0].append(element);
      return element;
    });
    const ready = elements.map(readyOf);
    for (const element of elements) parents[1].append(element);
    await Promise.all(elements.map((element, i) => drawn(element, ready[i])));
    expect(leafletContainers()).to.have.length(2);
  });

  it('the atlas keeps one Leaflet map, redraws both views and follows its channel', async () => {
    const atlas = create('relations-atlas', 'src', 'moved-atlas') as RelationsAtlas;
    const ready = readyOf(atlas);
    parents[0].append(atlas);
    await drawn(atlas, ready);
    await settle();
    const before = holdings();
    // The atlas and both views inside it.
    expect(listenerCount(channelTarget('moved-atlas'))).to.equal(3);

    await move(atlas, 5);
    const { timeline, map } = atlas.views;
    expect(mapsIn(map!)).to.have.length(1);
    expect(shadowQueryAll(map, '.leaflet-container')).to.have.length(1);
    expect(shadowQueryAll(timeline, '[data-event-id]').length).to.be.greaterThan(0);
    const after = holdings();
    expect(growth(before.listeners, after.listeners), 'listeners added by moving').to.deep.equal([]);
    expect(growth(before.observers, after.observers), 'observers added by moving').to.deep.equal([]);
    expect(after.leafletMaps).to.equal(before.leafletMaps);
    expect(listenerCount(channelTarget('moved-atlas'))).to.equal(3);

    getChannel('moved-atlas').select({ placeIds: ['vilnius'] });
    await until(() => map!.highlightedPlaceIds.includes('vilnius'), 'Vilnius highlighted on the map');
    await until(() => timeline!.highlightedEventIds.length > 0, 'its events highlighted on the timeline');
  });
});

// ---- 4. the library loaded twice --------------------------------------------------------------------------------

interface Copy {
  RelationsTimeline: typeof HTMLElement;
  RelationsMap: typeof HTMLElement;
  getChannel: typeof getChannel;
}
interface TwicePage extends Window {
  pageErrors: string[];
  libraryLoaded?: boolean;
  copies: { first: Copy; second: Copy; sources: Copy };
}

describe('lifecycle: the library loaded twice', function () {
  this.timeout(60000);
  let iframe: HTMLIFrameElement;
  afterEach(() => iframe?.remove());

  for (const [page, label] of [
    ['twice.html', ''],
    ['twice-csp.html', ', also under a strict Content-Security-Policy with Trusted Types'],
  ]) {
    it(`the bundle, the npm build and the sources: no definition throws, and channels meet across copies but stay apart${label}`, async () => {
      iframe = document.createElement('iframe');
      iframe.style.cssText = 'width: 1100px; height: 1800px; border: 0';
      iframe.src = `/tests/lifecycle/${page}`;
      document.body.append(iframe);
      await until(
        () => (iframe.contentWindow as TwicePage | null)?.libraryLoaded === true,
        'the page loads three copies',
        20000,
      );
      const win = iframe.contentWindow as TwicePage;
      const { first, second, sources } = win.copies;
      expect(win.pageErrors).to.deep.equal([]);
      // Three copies really: three classes, and the first to load defined the tags.
      expect(new Set([first.RelationsTimeline, second.RelationsTimeline, sources.RelationsTimeline]).size).to.equal(3);
      expect(win.customElements.get('relations-timeline')).to.equal(first.RelationsTimeline);
      expect(win.customElements.get('relations-map')).to.equal(first.RelationsMap);

      const byId = <T extends Element>(id: string) => win.document.getElementById(id) as unknown as T;
      const oneTimeline = byId<RelationsTimeline>('one-timeline');
      const oneMap = byId<RelationsMap>('one-map');
      const twoTimeline = byId<RelationsTimeline>('two-timeline');
      const twoMap = byId<RelationsMap>('two-map');
      expect(oneMap).to.be.instanceOf(second.RelationsMap);
      expect(twoMap).to.be.instanceOf(first.RelationsMap);
      for (const element of [oneTimeline, oneMap, twoTimeline, twoMap]) {
        await until(
          () => (element.shadowRoot?.querySelectorAll('[data-event-id], [data-place-id]').length ?? 0) > 5,
          `${element.id} drawn`,
          20000,
        );
      }

      // A host script of a third copy hears what the first and the second copy say on "one", and nothing of "two".
      const heard: { placeIds: readonly string[]; eventIds: readonly string[] }[] = [];
      const off = sources.getChannel('one', win.document).subscribe((message) => {
        if (message.type === 'select') heard.push(message.selection);
      });

      // The first copy's timeline selects: the second copy's map on "one" follows, channel "two" does not.
      oneTimeline.select({ placeIds: ['baku'] });
      await until(() => oneMap.highlightedPlaceIds.includes('baku'), 'the map of the other copy follows');
      // The second copy's map hears a reader's click: the first copy's timeline follows.
      const vilnius = oneMap.shadowRoot!.querySelector('[data-place-id="vilnius"]')!;
      vilnius.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await until(() => heard.at(-1)?.placeIds[0] === 'vilnius', 'the click on the channel');
      const ofVilnius = [...heard.at(-1)!.eventIds].sort();
      expect(ofVilnius.length).to.be.greaterThan(0);
      await until(
        () => [...oneTimeline.highlightedEventIds].sort().join() === ofVilnius.join(),
        'the timeline of the other copy follows',
      );
      await sleep(100);
      expect(twoMap.highlightedPlaceIds).to.deep.equal([]);
      expect(twoTimeline.highlightedEventIds).to.deep.equal([]);
      expect(heard[0].placeIds).to.deep.equal(['baku']);

      // And "two" the other way round, without a word on "one".
      const heardOnOne = heard.length;
      second.getChannel('two', win.document).select({ placeIds: ['berlin'] });
      await until(
        () => twoMap.highlightedPlaceIds.includes('berlin') && twoTimeline.highlightedEventIds.length > 0,
        'channel two follows',
      );
      expect(oneMap.highlightedPlaceIds).not.to.include('berlin');
      expect(heard.length).to.equal(heardOnOne);
      off();
      expect(win.pageErrors).to.deep.equal([]);
    });
  }
});

// ---- 5. two atlases ----------------------------------------------------------------------------------------------

describe('lifecycle: two atlases on one page', function () {
  this.timeout(60000);
  afterEach(unmountAll);

  async function pair(channels: [string | null, string | null]): Promise<RelationsAtlas[]> {
    const atlases = channels.map((channel) =>
      mount<RelationsAtlas>(
        `<relations-atlas src="${DATA_URL}"${channel ? ` channel="${channel}"` : ''}></relations-atlas>`,
      ),
    );
    await Promise.all(atlases.map((atlas) => drawn(atlas, readyOf(atlas))));
    return atlases;
  }

  const places = (atlas: RelationsAtlas) => [...(atlas.views.map?.highlightedPlaceIds ?? [])].sort();
  const events = (atlas: RelationsAtlas) => [...(atlas.views.timeline?.highlightedEventIds ?? [])];

  for (const [label, channels] of [
    ['different channels', ['left', 'right']],
    ['no channel (each its own)', [null, null]],
  ] as const) {
    it(`on ${label}: both work and neither hears the other`, async () => {
      const [a, b] = await pair([...channels]);
      expect(leafletContainers()).to.have.length(2);
      a.select({ placeIds: ['baku'] });
      await until(() => places(a).includes('baku') && events(a).length > 0, 'the first atlas highlights Baku');
      b.select({ placeIds: ['vilnius'] });
      await until(() => places(b).includes('vilnius'), 'the second atlas highlights Vilnius');
      await sleep(100);
      expect(places(a)).to.deep.equal(['baku']);
      expect(places(b)).to.deep.equal(['vilnius']);

      // A reader's click in one atlas's timeline stays in that atlas.
      const eventsOfB = events(b).sort();
      const mark = shadowQuery(a.views.timeline, '[data-event-id]:not([data-highlighted])')!;
      await clickCentre(mark);
      const id = mark.getAttribute('data-event-id')!;
      await until(
        () => events(a).length === 1 && events(a)[0] === id,
        'the clicked event highlighted in the first atlas',
      );
      await sleep(100);
      expect(places(b)).to.deep.equal(['vilnius']);
      expect(events(b).sort()).to.deep.equal(eventsOfB);
    });
  }

  it('on the same channel: each follows the other', async () => {
    const [a, b] = await pair(['together', 'together']);
    a.select({ placeIds: ['baku'] });
    await until(() => places(b).includes('baku') && events(b).length > 0, 'the second atlas follows the first');
    expect(events(b).sort()).to.deep.equal(events(a).sort());
    const mark = shadowQuery(b.views.timeline, '[data-event-id]')!;
    const id = mark.getAttribute('data-event-id')!;
    await clickCentre(mark);
    await until(
      () => events(a).includes(id) && events(a).length === 1,
      'the first atlas follows a click in the second',
    );
    // The details panels agree.
    const title = (atlas: RelationsAtlas) =>
      shadowQuery(shadowQuery(atlas, 'relations-details-panel'), 'h3, h2')?.textContent?.trim();
    await until(() => Boolean(title(a)) && title(a) === title(b), 'both panels show the event');
  });
});
