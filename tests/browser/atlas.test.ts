import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RelationsAtlas } from '../../src/atlas/atlas.component.js';
import type { RelationsSelectEvent } from '../../src/bus/dom-events.js';
import { getChannel } from '../../src/bus/channel.js';
import {
  axeViolations,
  clickCentre,
  DATA_URL,
  frame,
  mount,
  shadowQuery,
  shadowQueryAll,
  unmountAll,
  until,
  waitFor,
} from './atlas-helpers.js';

async function mountAtlas(attributes = ''): Promise<RelationsAtlas> {
  const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}" ${attributes}></relations-atlas>`);
  await waitFor(atlas, 'relations-ready');
  // The timeline takes its size in the frame after it is first measured.
  await until(
    () => shadowQuery(shadowQuery(atlas, 'relations-timeline'), '[data-event-id]') !== null,
    'the timeline drawn',
  );
  await frame();
  return atlas;
}

const timelineOf = (atlas: RelationsAtlas) => shadowQuery<HTMLElement>(atlas, 'relations-timeline');
const mapOf = (atlas: RelationsAtlas) => shadowQuery<HTMLElement>(atlas, 'relations-map');
const highlightedPlaces = (map: Element | null) =>
  shadowQueryAll(map, '[data-place-id][data-highlighted]')
    .map((el) => el.getAttribute('data-place-id'))
    .sort();
const highlightedEvents = (timeline: Element | null) =>
  shadowQueryAll(timeline, '[data-event-id][data-highlighted]')
    .map((el) => el.getAttribute('data-event-id'))
    .sort();

describe('<relations-atlas>', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('loads the data set and reports ready once, with the counts', async () => {
    const atlas = mount<RelationsAtlas>(`<relations-atlas src="${DATA_URL}"></relations-atlas>`);
    const readies: Event[] = [];
    atlas.addEventListener('relations-ready', (e) => readies.push(e));
    await waitFor(atlas, 'relations-ready');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readies).to.have.length(1);
    const detail = (readies[0] as CustomEvent).detail as { events: number; places: number };
    expect(detail.events).to.equal(atlas.loadedData?.events.length);
    expect(detail.places).to.equal(atlas.loadedData?.places.length);
    expect(shadowQuery(atlas, 'h2')?.textContent).to.contain('Azerbaijan');
  });

  it('clicking an event mark highlights its places on the map and fills the details panel', async () => {
    const atlas = await mountAtlas();
    const event = atlas.loadedData!.events.find((e) => e.places.length >= 2 && e.category === 'visit')!;
    const timeline = timelineOf(atlas)!;
    (timeline as unknown as { zoomTo(a: Date, b: Date): void }).zoomTo(
      new Date(event.when.start - 2 * 365 * 86_400_000),
      new Date(event.when.end + 2 * 365 * 86_400_000),
    );
    await until(() => shadowQuery(timeline, `[data-event-id="${event.id}"]`) !== null, 'the event mark');
    const selections: RelationsSelectEvent[] = [];
    atlas.addEventListener('relations-select', (e) => selections.push(e));
    await clickCentre(shadowQuery(timeline, `[data-event-id="${event.id}"]`)!);
    await until(() => highlightedPlaces(mapOf(atlas)).length > 0, 'highlighted places');
    expect(highlightedPlaces(mapOf(atlas))).to.deep.equal([...new Set(event.places)].sort());
    expect(selections.at(-1)?.detail.eventIds).to.deep.equal([event.id]);
    const details = shadowQuery(atlas, 'relations-details-panel');
    await until(() => (details?.shadowRoot?.textContent ?? '').includes(event.title), 'the details panel');
  });

  it('before a selection, the panel gives the story in numbers and ways in: the busiest places and the corrected events', async () => {
    const atlas = await mountAtlas();
    const data = atlas.loadedData!;
    const panel = shadowQuery<HTMLElement>(atlas, 'relations-details-panel')!;
    await until(
      () => (panel.shadowRoot?.textContent ?? '').includes(`${data.events.length} events from`),
      'the overview',
    );
    const counts = data.places
      .map((p) => [p.id, data.eventsByPlace.get(p.id)?.length ?? 0] as const)
      .sort((a, b) => b[1] - a[1]);
    const placeButtons = shadowQueryAll<HTMLButtonElement>(panel, 'ul.chips button');
    expect(placeButtons.length).to.equal(5);
    const busiest = data.placeById.get(counts[0][0])!;
    const name = typeof busiest.name === 'string' ? busiest.name : busiest.name.en;
    expect(placeButtons[0].textContent!.trim()).to.equal(name);
    expect(placeButtons[0].nextElementSibling!.textContent!.trim()).to.equal(String(counts[0][1]));
    const flagged = data.events.filter((e) => e.flags?.length);
    const eventButtons = shadowQueryAll<HTMLButtonElement>(panel, 'ul.events button');
    expect(eventButtons.map((b) => b.textContent!.trim())).to.deep.equal(flagged.slice(0, 3).map((e) => e.title));
    const selections: RelationsSelectEvent[] = [];
    atlas.addEventListener('relations-select', (e) => selections.push(e));
    placeButtons[0].click();
    await until(() => highlightedPlaces(mapOf(atlas)).includes(busiest.id), 'the busiest place highlighted');
    expect(selections.at(-1)?.detail.placeIds).to.deep.equal([busiest.id]);
    await until(() => shadowQuery(panel, `article[data-place-id="${busiest.id}"]`) !== null, 'the place details');
  });

  it('filters apply to the timeline, the map and the list', async () => {
    const atlas = await mountAtlas();
    const chips = shadowQueryAll<HTMLButtonElement>(atlas, '.chip');
    const visitChip = chips.find((chip) => chip.textContent?.includes('visits'))!;
    const visitCount = atlas.loadedData!.events.filter((e) => e.category === 'visit').length;
    const marksBefore = shadowQueryAll(timelineOf(atlas), '[data-event-id]').length;
    visitChip.click();
    await frame();
    await frame();
    expect(visitChip.getAttribute('aria-pressed')).to.equal('false');
    shadowQuery<HTMLButtonElement>(atlas, '#tab-list')!.click();
    await frame();
    const table = shadowQuery(atlas, 'relations-event-table');
    expect(shadowQueryAll(table, 'tbody tr[data-event-id]')).to.have.length(
      atlas.loadedData!.events.length - visitCount,
    );
    const marks = shadowQueryAll(timelineOf(atlas), '[data-event-id]').map((el) => el.getAttribute('data-event-id'));
    expect(marks.length).to.be.lessThan(marksBefore);
    expect(marks.some((id) => atlas.loadedData!.eventById.get(id!)?.category === 'visit')).to.equal(false);
  });

  it('the list follows the selection, and choosing a row selects it everywhere', async () => {
    const atlas = await mountAtlas();
    shadowQuery<HTMLButtonElement>(atlas, '#tab-list')!.click();
    await frame();
    const table = shadowQuery(atlas, 'relations-event-table')!;
    const event = atlas.loadedData!.events.find((e) => e.places.includes('baku'))!;
    atlas.select({ eventIds: [event.id] });
    await frame();
    const selectedRows = shadowQueryAll(table, 'tr[aria-selected="true"]').map((r) => r.getAttribute('data-event-id'));
    expect(selectedRows).to.deep.equal([event.id]);

    const other = atlas.loadedData!.events.find((e) => e.places.length > 0 && !e.places.includes('baku'))!;
    const otherPlace = other.places[0];
    const selections: RelationsSelectEvent[] = [];
    atlas.addEventListener('relations-select', (e) => selections.push(e));
    const row = shadowQuery<HTMLElement>(table, `tr[data-event-id="${other.id}"]`)!;
    row.focus();
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await until(() => highlightedPlaces(mapOf(atlas)).includes(otherPlace), `${otherPlace} highlighted on the map`);
    expect(selections.at(-1)?.detail.eventIds).to.deep.equal([other.id]);
  });

  it('select() from the host highlights but fires no relations-select', async () => {
    const atlas = await mountAtlas();
    let fired = 0;
    atlas.addEventListener('relations-select', () => fired++);
    atlas.select({ placeIds: ['vilnius'] });
    await until(() => highlightedPlaces(mapOf(atlas)).includes('vilnius'), 'Vilnius highlighted');
    const vilniusEvents = atlas.loadedData!.eventsByPlace.get('vilnius')!.map((e) => e.id);
    await until(() => highlightedEvents(timelineOf(atlas)).length > 0, 'Vilnius events on the timeline');
    for (const id of highlightedEvents(timelineOf(atlas))) expect(vilniusEvents).to.include(id);
    expect(fired).to.equal(0);
  });

  it('keeps the selection in the URL with sync-url, and restores it from the URL', async () => {
    const atlas = await mountAtlas('sync-url');
    const event = atlas.loadedData!.events[5];
    atlas.select({ eventIds: [event.id] });
    await until(() => location.hash.includes(`events=${encodeURIComponent(event.id)}`), 'the hash');
    const hash = location.hash;
    unmountAll();
    history.replaceState(null, '', hash);
    const again = await mountAtlas('sync-url');
    await until(() => highlightedPlaces(mapOf(again)).length > 0 || event.places.length === 0, 'restored selection');
    const details = shadowQuery(again, 'relations-details-panel');
    await until(() => (details?.shadowRoot?.textContent ?? '').includes(event.title), 'restored details');
  });

  it('shows a visible message for bad records and still draws the good ones', async () => {
    const atlas = mount<RelationsAtlas>('<relations-atlas></relations-atlas>');
    const errors = waitFor<CustomEvent>(atlas, 'relations-error');
    atlas.data = {
      events: [
        { id: 'good', date: '2001', title: 'Good event', places: ['baku'] },
        { id: 'bad', date: '2001-02-30', title: 'Bad date', places: [] },
      ],
      places: [{ id: 'baku', name: 'Baku', lat: 40.4, lon: 49.9 }],
    };
    const error = await errors;
    expect(error.detail.diagnostics).to.have.length(1);
    await frame();
    // Readers: one line. Editors (debug): what and where.
    expect(shadowQuery(atlas, '.notice .status')!.textContent).to.contain('Some records could not be shown (1)');
    expect(shadowQuery(atlas, '.notice .status')!.textContent).to.not.contain('2001-02-30');
    atlas.setAttribute('debug', '');
    await frame();
    expect(shadowQuery(atlas, '.notice .status')!.textContent).to.contain('2001-02-30');
    expect(shadowQuery(atlas, '.notice .status')!.textContent).to.contain('1 problem skipped');
  });

  it('two atlases on one page do not cross-talk', async () => {
    const first = await mountAtlas('channel="one"');
    const second = await mountAtlas('channel="two"');
    first.select({ placeIds: ['baku'] });
    await until(() => highlightedPlaces(mapOf(first)).includes('baku'), 'Baku on the first map');
    await frame();
    expect(highlightedPlaces(mapOf(second))).to.deep.equal([]);
    getChannel('two').select({ placeIds: ['vilnius'] });
    await until(() => highlightedPlaces(mapOf(second)).includes('vilnius'), 'Vilnius on the second map');
    expect(highlightedPlaces(mapOf(first))).to.deep.equal(['baku']);
  });

  it('is axe-clean in its default, selected and list states', async () => {
    const atlas = await mountAtlas();
    expect(await axeViolations(atlas)).to.deep.equal([]);
    atlas.select({ placeIds: ['baku'] });
    await frame();
    expect(await axeViolations(atlas)).to.deep.equal([]);
    shadowQuery<HTMLButtonElement>(atlas, '#tab-list')!.click();
    await frame();
    expect(await axeViolations(atlas)).to.deep.equal([]);
  });
});
