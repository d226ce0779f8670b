import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { getChannel } from '../../src/bus/channel.js';
import type { RelationsMap } from '../../src/map/map.component.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { loadDatasetText } from '../../src/data/load.js';
import type { LoadedDataset } from '../../src/data/loaded.js';
import {
  clickCentre,
  DATA_URL,
  frame,
  hoverCentre,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
  waitFor,
} from './atlas-helpers.js';

const YEAR = 365.25 * 86_400_000;

const highlightedPlaces = (map: Element) =>
  shadowQueryAll(map, '[data-place-id][data-highlighted]')
    .map((el) => el.getAttribute('data-place-id'))
    .sort();
const highlightedEvents = (timeline: Element) =>
  shadowQueryAll(timeline, '[data-event-id][data-highlighted]')
    .map((el) => el.getAttribute('data-event-id'))
    .sort();

let data: LoadedDataset;

async function mountPair(channel: string) {
  const timeline = mount<RelationsTimeline>(
    `<relations-timeline src="${DATA_URL}" channel="${channel}"></relations-timeline>`,
    'width: 1000px; height: 360px',
  );
  const map = mount<RelationsMap>(
    `<relations-map src="${DATA_URL}" channel="${channel}"></relations-map>`,
    'width: 800px; height: 500px',
  );
  await Promise.all([waitFor(timeline, 'relations-ready'), waitFor(map, 'relations-ready')]);
  await frame();
  return { timeline, map };
}

async function showEvent(timeline: RelationsTimeline, eventId: string): Promise<Element> {
  const event = data.eventById.get(eventId)!;
  timeline.zoomTo(new Date(event.when.start - 2 * YEAR), new Date(event.when.end + 2 * YEAR));
  await until(() => shadowQuery(timeline, `[data-event-id="${eventId}"]`) !== null, `mark ${eventId}`);
  await frame();
  return shadowQuery(timeline, `[data-event-id="${eventId}"]`)!;
}

describe('separate elements on channels', () => {
  before(async () => {
    data = loadDatasetText(await (await fetch(DATA_URL)).text()).dataset;
  });
  afterEach(unmountAll);

  it('clicking an event mark highlights its places on a map of the same channel and not on a map of another', async () => {
    const story = await mountPair('story-a');
    const other = await mountPair('story-b');
    const visit = data.events.find((e) => e.category === 'visit' && e.places.length === 2)!;
    await clickCentre(await showEvent(story.timeline, visit.id));
    await until(() => highlightedPlaces(story.map).length > 0, 'places highlighted on the story map');
    expect(highlightedPlaces(story.map)).to.deep.equal([...visit.places].sort());
    await frame();
    expect(highlightedPlaces(other.map)).to.deep.equal([]);
    expect(highlightedEvents(other.timeline)).to.deep.equal([]);
  });

  it('clicking a place highlights its events on the timeline', async () => {
    const { timeline, map } = await mountPair('story-c');
    const selections: CustomEvent[] = [];
    map.addEventListener('relations-select', (e) => selections.push(e as unknown as CustomEvent));
    const marker = shadowQuery(map, '[data-place-id="berlin"]')!;
    await clickCentre(marker);
    await until(() => highlightedEvents(timeline).length > 0, 'events highlighted on the timeline');
    const expected = data.eventsByPlace.get('berlin')!.map((e) => e.id);
    for (const id of highlightedEvents(timeline)) expect(expected).to.include(id);
    expect(selections.at(-1)?.detail.placeIds).to.deep.equal(['berlin']);
    expect([...selections.at(-1)!.detail.eventIds].sort()).to.deep.equal([...expected].sort());
  });

  it('hover is a light highlight in the other view, both ways', async () => {
    const { timeline, map } = await mountPair('story-d');
    const visit = data.events.find((e) => e.category === 'visit' && e.places.length === 2)!;
    await hoverCentre(await showEvent(timeline, visit.id));
    await until(() => shadowQueryAll(map, '[data-place-id][data-hovered]').length > 0, 'places hovered on the map');
    const hoveredPlaces = shadowQueryAll(map, '[data-place-id][data-hovered]').map((el) =>
      el.getAttribute('data-place-id'),
    );
    expect(hoveredPlaces.sort()).to.deep.equal([...visit.places].sort());
    expect(highlightedPlaces(map)).to.deep.equal([]);

    await hoverCentre(shadowQuery(map, '[data-place-id="baku"]')!);
    await until(() => shadowQueryAll(timeline, '[data-event-id].hovered').length > 0, 'events hovered on the timeline');
    const bakuEvents = data.eventsByPlace.get('baku')!.map((e) => e.id);
    for (const el of shadowQueryAll(timeline, '[data-event-id].hovered')) {
      expect(bakuEvents).to.include(el.getAttribute('data-event-id'));
    }
  });

  it("the timeline's visible window fades places with no event in it, unless turned off", async () => {
    const { timeline, map } = await mountPair('story-e');
    const plain = mount<RelationsMap>(
      `<relations-map src="${DATA_URL}" channel="story-e" no-range-fade></relations-map>`,
      'width: 800px; height: 500px',
    );
    await waitFor(plain, 'relations-ready');
    timeline.zoomTo('2019-01-01', '2020-12-31');
    await until(() => shadowQueryAll(map, '[data-place-id][data-faded]').length > 0, 'faded places');
    const inWindow = new Set(
      data.events
        .filter((e) => e.when.end > Date.UTC(2019, 0, 1) && e.when.start < Date.UTC(2020, 11, 31))
        .flatMap((e) => e.places),
    );
    for (const el of shadowQueryAll(map, '[data-place-id][data-faded]')) {
      expect(inWindow.has(el.getAttribute('data-place-id')!)).to.equal(false);
    }
    expect(shadowQuery(map, '[data-place-id="baku"]')?.hasAttribute('data-faded')).to.equal(!inWindow.has('baku'));
    expect(shadowQueryAll(plain, '[data-place-id][data-faded]')).to.have.length(0);
  });

  it('a category filter on the channel applies to both views', async () => {
    const { timeline, map } = await mountPair('story-f');
    getChannel('story-f').publish({
      type: 'filter',
      hidden: data.categories.map((c) => c.id).filter((id) => id !== 'culture'),
    });
    await frame();
    await frame();
    timeline.zoomTo('1985', '2022');
    await frame();
    const marks = shadowQueryAll(timeline, '[data-event-id]').map((el) =>
      data.eventById.get(el.getAttribute('data-event-id')!),
    );
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.every((e) => e?.category === 'culture')).to.equal(true);
    const cultural = new Set(data.events.filter((e) => e.category === 'culture').flatMap((e) => e.places));
    const shown = shadowQueryAll<HTMLElement>(map, '[data-place-id]').filter((el) => !el.hasAttribute('data-filtered'));
    for (const el of shown) {
      const id = el.getAttribute('data-place-id')!;
      const hasEvents = (data.eventsByPlace.get(id)?.length ?? 0) > 0;
      if (hasEvents) expect(cultural.has(id), id).to.equal(true);
    }
  });

  it('a host page can select through the channel, and elements joining late start in step', async () => {
    getChannel('story-g').select({ placeIds: ['vilnius'] });
    const { timeline, map } = await mountPair('story-g');
    await until(() => highlightedPlaces(map).includes('vilnius'), 'Vilnius highlighted on a late map');
    await until(() => highlightedEvents(timeline).length > 0, 'Vilnius events on a late timeline');
  });
});

describe('channels between unlike data sets, and bad messages from a page (issue 15, item 13)', () => {
  afterEach(unmountAll);

  const small = (categories: readonly string[]) => ({
    meta: { title: 'Other' },
    places: [{ id: 'p', name: 'P', lat: 10, lon: 10 }],
    events: categories.map((category, i) => ({
      id: `o${i}`,
      date: `${2001 + i}`,
      title: `O${i}`,
      category,
      places: ['p'],
    })),
  });

  it('hiding a category in one atlas hides only that category in another with other data', async () => {
    const first = mount<HTMLElement & { data: unknown; loadedData: LoadedDataset | null }>(
      `<relations-atlas channel="unlike"></relations-atlas>`,
      'width: 900px',
    );
    const second = mount<HTMLElement & { data: unknown; loadedData: LoadedDataset | null }>(
      `<relations-atlas channel="unlike"></relations-atlas>`,
      'width: 900px',
    );
    const ready = Promise.all([waitFor(first, 'relations-ready'), waitFor(second, 'relations-ready')]);
    first.data = small(['diplomacy', 'visit']);
    second.data = small(['trade', 'culture', 'visit']);
    await ready;
    const count = (atlas: HTMLElement) => shadowQuery(atlas, '.count')!.textContent!.trim();
    await until(() => count(second) === '3 of 3 events', 'the second atlas counts its events');
    const visitChip = shadowQueryAll<HTMLButtonElement>(first, '.chip').find((chip) =>
      /visit/i.test(chip.textContent!),
    )!;
    visitChip.click();
    await until(() => count(first) === '1 of 2 events', 'the first hides its visits');
    await until(() => count(second) === '2 of 3 events', 'the second hides its visit, only');
    const marks = shadowQueryAll(shadowQuery(second, 'relations-timeline'), '[data-event-id]').map((m) =>
      m.getAttribute('data-event-id'),
    );
    expect(marks.sort()).to.deep.equal(['o0', 'o1']);
  });

  it('a malformed message from a page script is ignored with a warning; nothing throws in the views', async () => {
    const { timeline, map } = await mountPair('bad-messages');
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const channel = getChannel('bad-messages');
      channel.select({ eventIds: 'x' as unknown as string[] });
      channel.select({ placeIds: [1, 2] as unknown as string[] });
      channel.publish({ type: 'range', start: Number.NaN, end: 5 });
      channel.publish({ type: 'filter', hidden: 'visit' as unknown as string[] });
      channel.publish({ type: 'nonsense' } as unknown as Parameters<typeof channel.publish>[0]);
      channel.publish(null as unknown as Parameters<typeof channel.publish>[0]);
      await frame();
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(6);
      expect(warnings[0]).to.contain('eventIds is not a list of id strings');
      expect(warnings[4]).to.contain('"nonsense" is not a message type');
      // The channel still works.
      channel.select({ placeIds: ['baku'] });
      await until(() => highlightedPlaces(map).includes('baku'), 'Baku highlighted');
      expect(highlightedEvents(timeline).length).to.be.greaterThan(0);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      getChannel('bad-messages').clearSelection();
    }
  });
});
