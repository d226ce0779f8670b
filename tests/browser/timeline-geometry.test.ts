import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/timeline/timeline.js';
import type { RelationsTimeline } from '../../src/timeline/timeline.component.js';
import { DATA_URL, frame, mount, shadowQuery, shadowQueryAll, unmountAll, until, waitFor } from './atlas-helpers.js';
import { doubleClick, emulateTouchScreen, pinch, touchDrag, wheelAt, wheelAtWith } from './gestures.js';

/**
 * Where every mark is after each gesture: a mark's x must equal the time scale's x for its date (within 1 px), the
 * scale being the one the reader sees (the visible range over the plot's width), and the overview brush must cover
 * the visible range of the whole span.
 */

async function mountTimeline(attributes: string, width = 960): Promise<RelationsTimeline> {
  const timeline = mount<RelationsTimeline>(
    `<relations-timeline src="${DATA_URL}" ${attributes}></relations-timeline>`,
    `width: ${width}px; height: 360px`,
  );
  await waitFor(timeline, 'relations-ready');
  await frame();
  return timeline;
}

/** Waits until the visible range has stopped changing for two frames (an animation or a gesture has ended). */
async function settled(timeline: RelationsTimeline): Promise<void> {
  let last = '';
  let still = 0;
  while (still < 2) {
    await frame();
    const range = timeline.range;
    const key = range ? `${range.start.getTime()}:${range.end.getTime()}` : '';
    still = key === last ? still + 1 : 0;
    last = key;
  }
}

/** The reader's scale: visible range → plot x in viewport px. */
function readerScale(timeline: RelationsTimeline): (time: number) => number {
  const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
  const { start, end } = timeline.range!;
  const t0 = start.getTime();
  const t1 = end.getTime();
  return (time) => plot.left + ((time - t0) / (t1 - t0)) * plot.width;
}

/** Every drawn mark against the scale; returns how many were checked. */
function expectMarksInPlace(timeline: RelationsTimeline): number {
  const x = readerScale(timeline);
  const marks = shadowQueryAll<SVGGElement>(timeline, '[data-event-id]');
  const misplaced: string[] = [];
  for (const mark of marks) {
    const event = timeline.loadedData!.eventById.get(mark.dataset.eventId!)!;
    const box = mark.querySelector('.shape')!.getBoundingClientRect();
    const { start, end } = event.when;
    if (mark.classList.contains('point')) {
      const want = x((start + end) / 2);
      const got = box.left + box.width / 2;
      if (Math.abs(got - want) > 1) misplaced.push(`${event.id}: centre ${got.toFixed(1)} ≠ ${want.toFixed(1)}`);
      continue;
    }
    if (Number.isFinite(start) && Math.abs(box.left - x(start)) > 1) {
      misplaced.push(`${event.id}: left ${box.left.toFixed(1)} ≠ ${x(start).toFixed(1)}`);
    }
    if (Number.isFinite(end) && x(end) - x(start) >= 4 && Math.abs(box.right - x(end)) > 1) {
      misplaced.push(`${event.id}: right ${box.right.toFixed(1)} ≠ ${x(end).toFixed(1)}`);
    }
  }
  expect(misplaced, misplaced.join('\n')).to.deep.equal([]);
  expectBrushOnRange(timeline);
  return marks.length;
}

/** The overview brush covers the visible range of the whole span. */
function expectBrushOnRange(timeline: RelationsTimeline): void {
  const strip = shadowQuery<HTMLElement>(timeline, '.overview')!.getBoundingClientRect();
  const brush = shadowQuery<SVGRectElement>(timeline, '.brush')!.getBoundingClientRect();
  const { start, end } = timeline.extent!;
  const x = (time: number) => strip.left + ((time - start.getTime()) / (end.getTime() - start.getTime())) * strip.width;
  const range = timeline.range!;
  expect(brush.left).to.be.closeTo(Math.max(strip.left, x(range.start.getTime())), 1);
  expect(brush.right).to.be.closeTo(Math.max(brush.left + 2, Math.min(strip.right, x(range.end.getTime()))), 1);
}

function plotPoint(timeline: RelationsTimeline, fx: number, fy = 0.5): [number, number] {
  const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
  return [Math.round(plot.left + plot.width * fx), Math.round(plot.top + plot.height * fy)];
}

const span = (timeline: RelationsTimeline) => timeline.range!.end.getTime() - timeline.range!.start.getTime();

describe('<relations-timeline> marks stay at their dates after every gesture', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  afterEach(async () => {
    unmountAll();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await emulateTouchScreen(false);
  });

  it('after zoomTo', async () => {
    const timeline = await mountTimeline('');
    expect(expectMarksInPlace(timeline)).to.equal(73);
    timeline.zoomTo('2003', '2011');
    await settled(timeline);
    expect(Math.abs(timeline.range!.start.getTime() - Date.UTC(2003, 0, 1))).to.be.lessThan(1000);
    expect(expectMarksInPlace(timeline)).to.be.greaterThan(20);
  });

  it('after a mouse drag on the plot', async () => {
    const timeline = await mountTimeline('start="2003" end="2011"');
    const before = timeline.range!.start.getTime();
    // Start on empty space above the lanes' marks: the axis row is part of the zoom surface too.
    const [x, y] = plotPoint(timeline, 0.5, 0.02);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 40, y] });
    await sendMouse({ type: 'move', position: [x - 100, y] });
    await sendMouse({ type: 'up' });
    await settled(timeline);
    const moved = timeline.range!.start.getTime() - before;
    // 100 px to the left shows later dates: 100 px of the 8-year window.
    const plotWidth = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect().width;
    expect(moved / span(timeline)).to.be.closeTo(100 / plotWidth, 0.01);
    expectMarksInPlace(timeline);
    // The 2004 double-taxation convention is still drawn in 2004.
    const convention = timeline.loadedData!.events.find((e) => /double taxation/i.test(e.title))!;
    const box = shadowQuery(timeline, `[data-event-id="${convention.id}"] .shape`)!.getBoundingClientRect();
    expect(
      new Date(
        timeline.range!.start.getTime() +
          ((box.left + box.width / 2 - shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect().left) /
            plotWidth) *
            span(timeline),
      ).getUTCFullYear(),
    ).to.equal(2004);
  });

  it('after Page Down and Page Up (animated and with reduced motion)', async () => {
    const timeline = await mountTimeline('start="2003" end="2011"');
    const width = span(timeline);
    const start = timeline.range!.start.getTime();
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await sendKeys({ press: 'PageDown' });
    await settled(timeline);
    expect((timeline.range!.start.getTime() - start) / width).to.be.closeTo(0.8, 0.001);
    expectMarksInPlace(timeline);
    await emulateMedia({ reducedMotion: 'reduce' });
    await sendKeys({ press: 'PageUp' });
    await settled(timeline);
    expect((timeline.range!.start.getTime() - start) / width).to.be.closeTo(0, 0.001);
    expectMarksInPlace(timeline);
  });

  it('after a wheel zoom at a point, which keeps the date under the pointer', async () => {
    const timeline = await mountTimeline('start="2000" end="2012"');
    const [x, y] = plotPoint(timeline, 0.75, 0.02);
    const before = readerScale(timeline);
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
    const timeAt = (scaleX: number) =>
      timeline.range!.start.getTime() + ((scaleX - plot.left) / plot.width) * span(timeline);
    const pinned = timeAt(x);
    const oldSpan = span(timeline);
    // Engaged (focused), so the wheel zooms rather than scrolling the page.
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await wheelAt(x, y, -200);
    await settled(timeline);
    expect(span(timeline)).to.be.lessThan(oldSpan);
    expect(Math.abs(timeAt(x) - pinned)).to.be.lessThan(span(timeline) / plot.width);
    expect(before).to.not.equal(readerScale(timeline));
    expectMarksInPlace(timeline);
  });

  it('after a one-finger touch drag', async () => {
    await emulateTouchScreen(true);
    const timeline = await mountTimeline('start="2003" end="2011"');
    const before = timeline.range!.start.getTime();
    const [x, y] = plotPoint(timeline, 0.6, 0.02);
    // One finger pans a timeline the reader has engaged (a tap focuses it); otherwise the page takes the swipe.
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await touchDrag([x, y], [x - 150, y]);
    await settled(timeline);
    const plotWidth = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect().width;
    expect((timeline.range!.start.getTime() - before) / span(timeline)).to.be.closeTo(150 / plotWidth, 0.01);
    expectMarksInPlace(timeline);
  });

  it('after a two-finger pinch, which zooms about the fingers', async () => {
    await emulateTouchScreen(true);
    const timeline = await mountTimeline('start="2000" end="2012"');
    const oldSpan = span(timeline);
    const [x, y] = plotPoint(timeline, 0.5, 0.02);
    await pinch([x, y], 100, 200);
    await settled(timeline);
    expect(span(timeline) / oldSpan).to.be.closeTo(0.5, 0.02);
    expectMarksInPlace(timeline);
  });

  it('after a resize', async () => {
    const timeline = await mountTimeline('start="2003" end="2011"');
    const before = timeline.range!;
    const ranges: Event[] = [];
    timeline.addEventListener('relations-range', (e) => ranges.push(e));
    (timeline.parentElement as HTMLElement).style.width = '700px';
    await until(
      () => shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect().width < 600,
      'the narrower plot',
    );
    await settled(timeline);
    expect(timeline.range!.start.getTime()).to.equal(before.start.getTime());
    expect(timeline.range!.end.getTime()).to.equal(before.end.getTime());
    expectMarksInPlace(timeline);
    expect(ranges.length).to.equal(0);
  });
});

describe('<relations-timeline> keys that move focus', () => {
  afterEach(() => unmountAll());

  it('ArrowDown and ArrowUp move to the nearest event in the lane below and above', async () => {
    const timeline = await mountTimeline('');
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!;
    plot.focus();
    await sendKeys({ press: 'Home' });
    await frame();
    const laneOf = (id: string | null) =>
      shadowQuery(timeline, `#${CSS.escape(id ?? '')}`)
        ?.closest('[role=group]')
        ?.getAttribute('aria-label');
    const lanes = shadowQueryAll(timeline, '.marks [role=group]').map((g) => g.getAttribute('aria-label'));
    // The first event in time is in the last lane (the community since 1988): up first, then down again.
    const first = plot.getAttribute('aria-activedescendant');
    const firstLane = lanes.indexOf(laneOf(first)!);
    expect(firstLane).to.equal(lanes.length - 1);
    await sendKeys({ press: 'ArrowUp' });
    await frame();
    const up = plot.getAttribute('aria-activedescendant');
    expect(lanes.indexOf(laneOf(up)!)).to.be.lessThan(firstLane);
    await sendKeys({ press: 'ArrowUp' });
    await frame();
    const upTwice = plot.getAttribute('aria-activedescendant');
    expect(lanes.indexOf(laneOf(upTwice)!)).to.be.lessThan(lanes.indexOf(laneOf(up)!));
    await sendKeys({ press: 'ArrowDown' });
    await frame();
    expect(lanes.indexOf(laneOf(plot.getAttribute('aria-activedescendant'))!)).to.equal(lanes.indexOf(laneOf(up)!));
  });
});

describe('<relations-timeline> bins', () => {
  afterEach(() => unmountAll());

  it('paints a bin with its count where a dense lane would have too many marks', async () => {
    const events = Array.from({ length: 1200 }, (_, i) => ({
      id: `dense-${i}`,
      date: `${2000 + Math.floor(i / 120)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Dense ${i}`,
      category: 'dense',
      places: [],
    }));
    events.push({ id: 'sparse', date: '2005-06-01', title: 'Sparse', category: 'sparse', places: [] });
    const timeline = mount<RelationsTimeline>(
      '<relations-timeline></relations-timeline>',
      'width: 960px; height: 360px',
    );
    const ready = waitFor(timeline, 'relations-ready');
    timeline.data = { meta: { title: 'Dense' }, events, places: [] };
    await ready;
    await frame();
    // The sparse lane keeps its mark; the dense lane has none, and its bins are painted on the canvas.
    expect(shadowQueryAll(timeline, '[data-event-id]').map((m) => m.getAttribute('data-event-id'))).to.deep.equal([
      'sparse',
    ]);
    const canvas = shadowQuery<HTMLCanvasElement>(timeline, 'canvas.dense')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
    // The dense lane is half the plot and its cells 18 px of its ~140 px row: several per cent of the canvas, not 0.
    expect(painted / (canvas.width * canvas.height)).to.be.greaterThan(0.03);
  });
});

describe('<relations-timeline> zoom keys, buttons and double-click', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(async () => {
    unmountAll();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  const middle = (timeline: RelationsTimeline) => (timeline.range!.start.getTime() + timeline.range!.end.getTime()) / 2;

  it('+ and = zoom in 1.6× and - and _ zoom out about the focused event; 0 fits all', async () => {
    const timeline = await mountTimeline('start="2000" end="2012"');
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!;
    plot.focus();
    await frame();
    const full = timeline.extent!;
    for (const [key, factor] of [
      ['+', 1 / 1.6],
      ['=', 1 / 1.6],
      ['-', 1.6],
      ['_', 1.6],
    ] as const) {
      const before = span(timeline);
      const focused = shadowQuery(
        timeline,
        `#${CSS.escape(plot.getAttribute('aria-activedescendant')!)} .shape`,
      )!.getBoundingClientRect();
      const focusX = focused.left + focused.width / 2;
      await sendKeys({ press: key });
      await settled(timeline);
      expect(span(timeline) / before, key).to.be.closeTo(factor, 1e-6);
      // The focused event stays where it was on screen.
      const after = shadowQuery(
        timeline,
        `#${CSS.escape(plot.getAttribute('aria-activedescendant')!)} .shape`,
      )!.getBoundingClientRect();
      expect(after.left + after.width / 2, key).to.be.closeTo(focusX, 1);
      expectMarksInPlace(timeline);
    }
    await sendKeys({ press: '0' });
    await settled(timeline);
    expect(timeline.range!.start.getTime()).to.equal(full.start.getTime());
    expect(timeline.range!.end.getTime()).to.equal(full.end.getTime());
  });

  it('the toolbar zooms in and out 2× about the middle and fits', async () => {
    const timeline = await mountTimeline('start="2000" end="2012"');
    const [zoomIn, zoomOut, fit] = shadowQueryAll<HTMLButtonElement>(timeline, '.toolbar button');
    const before = span(timeline);
    const centre = middle(timeline);
    zoomIn.click();
    await settled(timeline);
    expect(span(timeline) / before).to.be.closeTo(0.5, 1e-6);
    expect(middle(timeline)).to.be.closeTo(centre, 1000);
    zoomOut.click();
    await settled(timeline);
    expect(span(timeline) / before).to.be.closeTo(1, 1e-6);
    fit.click();
    await settled(timeline);
    expect(timeline.range!.start.getTime()).to.equal(timeline.extent!.start.getTime());
    expectMarksInPlace(timeline);
  });

  it('a double-click zooms in 2× about the pointer and Shift + double-click zooms out (d3-zoom)', async () => {
    const timeline = await mountTimeline('start="2000" end="2012"');
    const [x, y] = plotPoint(timeline, 0.25, 0.02);
    const plot = shadowQuery<HTMLElement>(timeline, '.plot')!.getBoundingClientRect();
    const timeAt = () => timeline.range!.start.getTime() + ((x - plot.left) / plot.width) * span(timeline);
    const pinned = timeAt();
    const before = span(timeline);
    await doubleClick(x, y);
    await settled(timeline);
    expect(span(timeline) / before).to.be.closeTo(0.5, 1e-6);
    expect(Math.abs(timeAt() - pinned)).to.be.lessThan(span(timeline) / plot.width);
    await doubleClick(x, y, 8);
    await settled(timeline);
    expect(span(timeline) / before).to.be.closeTo(1, 1e-6);
    expectMarksInPlace(timeline);
  });

  it('a programmatic zoom fires one relations-range and no reader events, and ranges from the channel do not move it', async () => {
    const timeline = await mountTimeline('channel="echo-test"');
    const seen: string[] = [];
    for (const name of ['relations-range', 'relations-select', 'relations-hover'])
      timeline.addEventListener(name, () => seen.push(name));
    timeline.zoomTo('2004', '2008');
    await settled(timeline);
    expect(seen).to.deep.equal(['relations-range']);
    const { getChannel } = await import('../../src/bus/channel.js');
    getChannel('echo-test').publish({ type: 'range', start: Date.UTC(1990, 0, 1), end: Date.UTC(1991, 0, 1) });
    await settled(timeline);
    expect(timeline.range!.start.getTime()).to.equal(Date.UTC(2004, 0, 1));
    expect(seen).to.deep.equal(['relations-range']);
  });
});

describe('<relations-timeline> never traps the page scroll', () => {
  before(() => setViewport({ width: 1200, height: 700 }));
  afterEach(() => unmountAll());

  async function tallPage(attributes = ''): Promise<RelationsTimeline> {
    const timeline = await mountTimeline(attributes);
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    timeline.parentElement!.append(spacer);
    window.scrollTo(0, 0);
    await frame();
    return timeline;
  }

  it('a wheel over an unengaged timeline scrolls the page, does not zoom, and shows how to zoom', async () => {
    const timeline = await tallPage('start="2000" end="2012"');
    const before = span(timeline);
    const [x, y] = plotPoint(timeline, 0.5, 0.3);
    await wheelAt(x, y, 200);
    await until(() => window.scrollY > 0, 'the page to scroll');
    await frame();
    expect(span(timeline)).to.equal(before);
    expect(shadowQuery(timeline, '.wheel-hint')!.textContent).to.match(/Use (Ctrl|⌘) \+ scroll to zoom/);
  });

  it('Ctrl + wheel zooms an unengaged timeline, and a focused one zooms with the plain wheel', async () => {
    const timeline = await tallPage('start="2000" end="2012"');
    const before = span(timeline);
    const [x, y] = plotPoint(timeline, 0.5, 0.3);
    await wheelAtWith(x, y, -200, 2);
    await settled(timeline);
    expect(span(timeline)).to.be.lessThan(before);
    expect(window.scrollY).to.equal(0);
    const zoomed = span(timeline);
    shadowQuery<HTMLElement>(timeline, '.plot')!.focus();
    await wheelAt(x, y, -200);
    await settled(timeline);
    expect(span(timeline)).to.be.lessThan(zoomed);
    expect(window.scrollY).to.equal(0);
  });

  it('a vertical swipe over the timeline scrolls the page', async () => {
    await emulateTouchScreen(true);
    try {
      const timeline = await tallPage('start="2000" end="2012"');
      const before = timeline.range!.start.getTime();
      const [x, y] = plotPoint(timeline, 0.5, 0.8);
      await touchDrag([x, y], [x, y - 250], 10);
      await until(() => window.scrollY > 0, 'the page to scroll');
      await settled(timeline);
      expect(timeline.range!.start.getTime()).to.equal(before);
    } finally {
      await emulateTouchScreen(false);
    }
  });

  it('wheel-zoom makes the wheel always zoom', async () => {
    const timeline = await tallPage('start="2000" end="2012" wheel-zoom');
    const before = span(timeline);
    const [x, y] = plotPoint(timeline, 0.5, 0.3);
    await wheelAt(x, y, -200);
    await settled(timeline);
    expect(span(timeline)).to.be.lessThan(before);
    expect(shadowQuery(timeline, '.wheel-hint')).to.equal(null);
  });
});
