import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/timeline/timeline.js';
import type { Dataset } from '../../src/data/types.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { axeViolations, frame, mount, shadowQuery, shadowQueryAll, unmountAll, waitFor } from './atlas-helpers.js';
import type { RelationsRangeEvent } from '../../src/bus/dom-events.js';
import { wheelAt } from './gestures.js';

/**
 * Deep time and times of day (issue 11, items 2 and 4): marks from the Big Bang to 2000 and within one morning stay
 * at `scale(date)` (within 1 px) at the first view and after zooms, and the axis says what it shows in words a
 * reader reads: "14 Ga" … "2 Ga", "601 BC", "06:00".
 */

const DEEP: Dataset = {
  events: [
    { id: 'big-bang', date: 'Y-13800000000', title: 'Big Bang', category: 'cosmos', places: [] },
    { id: 'earth', date: 'Y-4600000000', title: 'The Sun and the Earth form', category: 'cosmos', places: [] },
    { id: 'bce', date: '-0600', title: 'The 7th century BCE', category: 'history', places: [] },
    { id: 'ce', date: '0650', title: 'The 7th century', category: 'history', places: [] },
    { id: 'c19', date: '1850', title: 'The 1800s', category: 'history', places: [] },
    { id: 'y2k', date: '2000', title: 'The year 2000', category: 'history', places: [] },
  ],
  places: [],
};

const MORNING: Dataset = {
  events: [
    { id: 'early', date: '2000-01-05T06:45Z', title: 'Quarter to seven', places: [] },
    { id: 'later', date: '2000-01-05T09:30Z', title: 'Half past nine', places: [] },
  ],
  places: [],
};

async function mountWith(data: Dataset): Promise<RelationsTimeline> {
  const timeline = mount<RelationsTimeline>('<relations-timeline></relations-timeline>', 'width: 960px; height: 360px');
  const ready = waitFor(timeline, 'relations-ready');
  timeline.data = data;
  await ready;
  await settled(timeline);
  return timeline;
}

/** Waits until the visible range has stopped changing for two frames (an animation or a gesture has ended). */
async function settled(timeline: RelationsTimeline): Promise<void> {
  let last = '';
  let still = 0;
  while (still < 2) {
    await frame();
    const range = timeline.rangeTimes;
    const key = range ? `${range.start}:${range.end}` : '';
    still = key === last ? still + 1 : 0;
    last = key;
  }
}

/** The reader's scale: visible window (UTC ms, valid beyond `Date`) → plot x in viewport px. */
function readerScale(timeline: RelationsTimeline): (time: number) => number {
  const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
  const { start, end } = timeline.rangeTimes!;
  return (time) => plot.left + ((time - start) / (end - start)) * plot.width;
}

/** Every drawn mark and every tick against the scale; returns the ids of the marks checked. */
function expectInPlace(timeline: RelationsTimeline): string[] {
  const x = readerScale(timeline);
  const misplaced: string[] = [];
  const ids: string[] = [];
  for (const mark of shadowQueryAll<SVGGElement>(timeline, '[data-event-id]')) {
    const event = timeline.loadedData!.eventById.get(mark.dataset.eventId!)!;
    ids.push(event.id);
    const box = mark.querySelector('.shape')!.getBoundingClientRect();
    const { start, end } = event.when;
    if (mark.classList.contains('point')) {
      const want = x((start + end) / 2);
      const got = box.left + box.width / 2;
      if (Math.abs(got - want) > 1) misplaced.push(`${event.id}: centre ${got.toFixed(1)} ≠ ${want.toFixed(1)}`);
      continue;
    }
    if (Math.abs(box.left - x(start)) > 1)
      misplaced.push(`${event.id}: left ${box.left.toFixed(1)} ≠ ${x(start).toFixed(1)}`);
    if (x(end) - x(start) >= 4 && Math.abs(box.right - x(end)) > 1) {
      misplaced.push(`${event.id}: right ${box.right.toFixed(1)} ≠ ${x(end).toFixed(1)}`);
    }
  }
  for (const tick of shadowQueryAll<SVGGElement>(timeline, '.axis .tick')) {
    const got = tick.querySelector('.grid')!.getBoundingClientRect().left;
    const want = x(Number(tick.dataset.time));
    if (Math.abs(got - want) > 1) misplaced.push(`tick ${tick.textContent}: ${got.toFixed(1)} ≠ ${want.toFixed(1)}`);
  }
  expect(misplaced, misplaced.join('\n')).to.deep.equal([]);
  expectBrushOnRange(timeline);
  return ids.sort();
}

/** The overview brush covers the visible range of the whole span. */
function expectBrushOnRange(timeline: RelationsTimeline): void {
  const strip = shadowQuery<HTMLElement>(timeline, '.overview')!.getBoundingClientRect();
  const brush = shadowQuery<SVGRectElement>(timeline, '.brush')!.getBoundingClientRect();
  const { start, end } = timeline.extentTimes!;
  const x = (time: number) => strip.left + ((time - start) / (end - start)) * strip.width;
  const range = timeline.rangeTimes!;
  expect(brush.left).to.be.closeTo(Math.max(strip.left, x(range.start)), 1);
  expect(brush.right).to.be.closeTo(Math.max(brush.left + 2, Math.min(strip.right, x(range.end))), 1);
}

/** The axis's tick labels, left to right, after checking that no two of them overlap. */
function tickLabels(timeline: RelationsTimeline): string[] {
  const labels = shadowQueryAll<SVGTextElement>(timeline, '.axis .tick-label');
  const boxes = labels.map((label) => label.getBoundingClientRect());
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i].left, `"${labels[i].textContent}" overlaps "${labels[i - 1].textContent}"`).to.be.greaterThan(
      boxes[i - 1].right,
    );
  }
  return labels.map((label) => label.textContent!.trim());
}

const span = (timeline: RelationsTimeline) => timeline.rangeTimes!.end - timeline.rangeTimes!.start;

function markX(timeline: RelationsTimeline, id: string): number {
  const box = shadowQuery(timeline, `[data-event-id="${id}"] .shape`)!.getBoundingClientRect();
  return Math.round(box.left + box.width / 2);
}

describe('<relations-timeline> from the Big Bang to 2000', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  afterEach(() => unmountAll());

  it('opens on the whole span: every mark at its time, the axis in billions of years', async () => {
    const timeline = await mountWith(DEEP);
    expect(expectInPlace(timeline)).to.deep.equal(['bce', 'big-bang', 'c19', 'ce', 'earth', 'y2k']);
    expect(tickLabels(timeline)).to.deep.equal(['14 Ga', '12 Ga', '10 Ga', '8 Ga', '6 Ga', '4 Ga', '2 Ga', '0 Ga']);
    const bigBang = timeline.loadedData!.eventById.get('big-bang')!;
    expect(bigBang.when.start).to.equal(-435485999767219200000);
  });

  it('zooms in with the wheel about the Big Bang, whose time stays under the pointer', async () => {
    const timeline = await mountWith(DEEP);
    const x = markX(timeline, 'big-bang');
    const y = Math.round(shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect().top + 4);
    const whole = span(timeline);
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
    const timeAt = (px: number) => timeline.rangeTimes!.start + ((px - plot.left) / plot.width) * span(timeline);
    const pinned = timeAt(x);
    for (let i = 0; i < 6; i++) await wheelAt(x, y, -300);
    await settled(timeline);
    expect(span(timeline)).to.be.lessThan(whole / 4);
    expect(expectInPlace(timeline)).to.include('big-bang');
    expect(Math.abs(timeAt(x) - pinned)).to.be.lessThan(span(timeline) / plot.width);
    const labels = tickLabels(timeline);
    expect(labels.length).to.be.at.least(3);
    for (const label of labels) expect(label).to.match(/^1\d(\.\d+)? Ga$/);
  });

  it('the keyboard reaches the Big Bang from 1850 (Home pans there), axe-clean, and says where in words', async () => {
    const timeline = await mountWith(DEEP);
    timeline.zoomTo('1849', '1851');
    await settled(timeline);
    const ranges: RelationsRangeEvent[] = [];
    timeline.addEventListener('relations-range', (event) => ranges.push(event));
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await sendKeys({ press: 'Home' });
    await settled(timeline);
    const bigBang = timeline.loadedData!.eventById.get('big-bang')!;
    const { start, end } = timeline.rangeTimes!;
    expect(bigBang.when.start).to.be.within(start, end);
    expect(expectInPlace(timeline)).to.include('big-bang');
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!;
    expect(plot.getAttribute('aria-activedescendant')).to.equal(
      shadowQuery(timeline, '[data-event-id="big-bang"]')!.id,
    );
    expect(shadowQuery(timeline, '[data-event-id="big-bang"]')!.getAttribute('aria-label')).to.equal(
      'Big Bang, 13.8 billion years ago, Cosmos',
    );
    // The range event's ms hold the window where its Dates cannot.
    const last = ranges.at(-1)!.detail;
    expect([last.startTime, last.endTime]).to.deep.equal([start, end]);
    expect(Number.isNaN(last.start.getTime())).to.equal(true);
    expect(await axeViolations(timeline)).to.deep.equal([]);
  });

  it('shows the Earth at 4.6 Ga among hundreds of millions of years', async () => {
    const timeline = await mountWith(DEEP);
    timeline.zoomTo('Y-5000000000', 'Y-4000000000');
    await settled(timeline);
    expect(expectInPlace(timeline)).to.deep.equal(['earth']);
    expect(tickLabels(timeline)).to.include.members(['5 Ga', '4.8 Ga', '4.6 Ga', '4.4 Ga', '4.2 Ga']);
  });

  it('reads the 7th century BCE and the 1800s as before, down to a single year and months', async () => {
    const timeline = await mountWith(DEEP);
    timeline.zoomTo('-0700', '0700');
    await settled(timeline);
    expect(expectInPlace(timeline)).to.deep.equal(['bce', 'ce']);
    expect(tickLabels(timeline)).to.include.members(['601 BC', '401 BC', '200', '600']);
    timeline.zoomTo('1850', '1850');
    await settled(timeline);
    expect(span(timeline)).to.equal(Date.UTC(1851, 0, 1) - Date.UTC(1850, 0, 1));
    expect(expectInPlace(timeline)).to.deep.equal(['c19']);
    expect(tickLabels(timeline)).to.include.members(['Jan 1850', 'Apr', 'Jul', 'Oct']);
    // And below a year: a wheel zoom into the middle of 1850.
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await wheelAt(Math.round(plot.left + plot.width / 2), Math.round(plot.top + 4), -500);
    await settled(timeline);
    expect(span(timeline)).to.be.lessThan(Date.UTC(1851, 0, 1) - Date.UTC(1850, 0, 1));
    expect(expectInPlace(timeline)).to.deep.equal(['c19']);
  });
});

describe('<relations-timeline> within one morning', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  afterEach(() => unmountAll());

  it('opens on a day about its events (not a month), in hours', async () => {
    const timeline = await mountWith(MORNING);
    expect(span(timeline)).to.equal(1.06 * 86_400_000);
    const middle = (Date.UTC(2000, 0, 5, 6, 45) + Date.UTC(2000, 0, 5, 9, 31)) / 2;
    expect((timeline.rangeTimes!.start + timeline.rangeTimes!.end) / 2).to.equal(middle);
    expect(expectInPlace(timeline)).to.deep.equal(['early', 'later']);
    const labels = tickLabels(timeline);
    expect(labels).to.include.members(['Jan 5', '06:00', '12:00']);
    for (const label of labels) expect(label).to.match(/^(\d\d:\d\d|Jan 5)$/);
  });

  it('zoomed to the day, ticks show hours and minutes and the marks sit at their minute', async () => {
    const timeline = await mountWith(MORNING);
    timeline.zoomTo('2000-01-05', '2000-01-05');
    await settled(timeline);
    expect(timeline.rangeTimes).to.deep.equal({ start: Date.UTC(2000, 0, 5), end: Date.UTC(2000, 0, 6) });
    expect(expectInPlace(timeline)).to.deep.equal(['early', 'later']);
    expect(tickLabels(timeline)).to.deep.equal([
      'Jan 5',
      '03:00',
      '06:00',
      '09:00',
      '12:00',
      '15:00',
      '18:00',
      '21:00',
    ]);
    const x = readerScale(timeline);
    expect(markX(timeline, 'early')).to.be.closeTo(x(Date.UTC(2000, 0, 5, 6, 45, 30)), 1);
  });

  it('zoomed by the wheel to under two hours, a minute is drawn at its true extent', async () => {
    const timeline = await mountWith(MORNING);
    timeline.zoomTo('2000-01-05T06:00Z', '2000-01-05T08:00Z');
    await settled(timeline);
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
    const x = markX(timeline, 'early');
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await wheelAt(x, Math.round(plot.top + 4), -300);
    await settled(timeline);
    expect(span(timeline)).to.be.lessThan(2 * 3_600_000 - 60_000);
    expect(expectInPlace(timeline)).to.deep.equal(['early']);
    const mark = shadowQuery(timeline, '[data-event-id="early"] .shape')!.getBoundingClientRect();
    const scale = readerScale(timeline);
    expect(mark.left).to.be.closeTo(scale(Date.UTC(2000, 0, 5, 6, 45)), 1);
    expect(mark.right).to.be.closeTo(scale(Date.UTC(2000, 0, 5, 6, 46)), 1);
    const labels = tickLabels(timeline);
    expect(labels.length).to.be.at.least(3);
    for (const label of labels) expect(label).to.match(/^\d\d:\d\d$/);
  });
});
