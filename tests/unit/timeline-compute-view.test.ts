import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import {
  binnedLanes,
  computeView,
  growLanes,
  MAX_MARKS,
  panAnchor,
  POINT_R,
  ROW_H,
} from '../../src/timeline/compute-view.js';
import { buildEventIndex } from '../../src/timeline/event-index.js';
import { rowsOverlap } from '../../src/timeline/row-packing.js';

const Y = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
const DAY = 86_400_000;

function indexOf(events: { id: string; date: string; category: string }[]) {
  const { dataset } = checkDataset({
    meta: { title: 't' },
    events: events.map((e) => ({ ...e, title: `Event ${e.id}`, places: [] })),
    places: [],
  });
  return buildEventIndex(dataset);
}

const input = (index: ReturnType<typeof indexOf>, window: { start: number; end: number }, lanesHeight = 200) => ({
  index,
  window,
  plotWidth: 1000,
  lanesHeight,
  focus: -1,
  highlighted: new Set<string>(),
  anchor: null,
});

describe('computeView', () => {
  it('puts a year at its whole year and a day as a point at its middle, in plot px of the window', () => {
    const index = indexOf([
      { id: 'y', date: '2001', category: 'a' },
      { id: 'd', date: '2002-07-02', category: 'b' },
    ]);
    const window = { start: Y(2000), end: Y(2004) };
    const view = computeView(input(index, window))!;
    const x = (time: number) => ((time - window.start) / (window.end - window.start)) * 1000;
    const year = view.marks.find((m) => m.id === 'y')!;
    expect(year.kind).toBe('bar');
    expect(year.x0).toBeCloseTo(x(Y(2001)), 9);
    expect(year.x1).toBeCloseTo(x(Y(2002)), 9);
    const day = view.marks.find((m) => m.id === 'd')!;
    expect(day.kind).toBe('point');
    expect((day.x0 + day.x1) / 2).toBeCloseTo(x(Y(2002, 7, 2) + DAY / 2), 9);
    expect(day.x1 - day.x0).toBe(2 * POINT_R);
    // Two lanes of 100 px, one row each, centred in the lane.
    expect(year.y).toBe((100 - ROW_H) / 2 + ROW_H / 2);
    expect(day.y).toBe(100 + (100 - ROW_H) / 2 + ROW_H / 2);
    expect(view.offset).toBe(0);
  });

  it('culls what is outside the window and counts what is inside', () => {
    const index = indexOf([
      { id: 'in', date: '2001', category: 'a' },
      { id: 'out', date: '1990', category: 'a' },
    ]);
    const view = computeView(input(index, { start: Y(2000), end: Y(2002) }))!;
    expect(view.marks.map((m) => m.id)).toEqual(['in']);
    expect(view.visibleCount).toBe(1);
  });

  it('stacks overlapping marks into rows, and bins a lane whose marks need more rows than it has', () => {
    const events = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, date: `2001-0${i + 1}/2003`, category: 'a' }));
    const index = indexOf(events);
    const roomy = computeView(input(index, { start: Y(2000), end: Y(2004) }, 200))!;
    expect(new Set(roomy.marks.map((m) => m.y)).size).toBe(6);
    expect(roomy.bins).toBeNull();
    // 30 px hold two rows: six overlapping bars do not fit, so the lane is binned and draws no marks.
    const cramped = computeView(input(index, { start: Y(2000), end: Y(2004) }, 30))!;
    expect(cramped.lanes[0].binned).toBe(true);
    expect(cramped.marks).toEqual([]);
    expect(cramped.bins!.counts.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('keeps the panning anchor while only panning, so marks keep their own transforms', () => {
    const index = indexOf([{ id: 'y', date: '2001', category: 'a' }]);
    const first = computeView(input(index, { start: Y(2000), end: Y(2004) }))!;
    const panned = computeView({
      ...input(index, { start: Y(2000) + 100 * DAY, end: Y(2004) + 100 * DAY }),
      anchor: first.anchor,
    })!;
    expect(panned.anchor).toBe(first.anchor);
    const pxPerMs = 1000 / (Y(2004) - Y(2000));
    expect(panned.offset).toBeCloseTo(-100 * DAY * pxPerMs, 9);
    // The mark's own x relative to the anchor is the same as before the pan.
    expect(panned.marks[0].x0 - panned.offset).toBeCloseTo(first.marks[0].x0 - first.offset, 9);
  });
});

describe('binnedLanes and panAnchor', () => {
  it('bins nothing under the cap, and the densest lanes first above it', () => {
    expect([...binnedLanes(new Int32Array([10, 20]), 30)]).toEqual([0, 0]);
    expect([...binnedLanes(new Int32Array([MAX_MARKS, 5, 61]), MAX_MARKS + 66)]).toEqual([1, 0, 1]);
    expect([...binnedLanes(new Int32Array([50, 50, 50, 50, 50, 50, 50, 50, 50]), 450)]).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);
  });

  it('a new anchor when the zoom changes or the pan has gone far', () => {
    const anchor = { time: 0, pxPerMs: 1 };
    expect(panAnchor(anchor, 500, 1)).toBe(anchor);
    expect(panAnchor(anchor, 500, 2)).toEqual({ time: 500, pxPerMs: 2 });
    expect(panAnchor(anchor, 2e6, 1)).toEqual({ time: 2e6, pxPerMs: 1 });
    expect(panAnchor(null, 7, 3)).toEqual({ time: 7, pxPerMs: 3 });
  });
});

describe('rowsOverlap', () => {
  it('finds two marks overlapping on one row', () => {
    expect(rowsOverlap([0, 20], [10, 30], [0, 0])).toBe(false);
    expect(rowsOverlap([0, 9], [10, 30], [0, 0])).toBe(true);
    expect(rowsOverlap([0, 9], [10, 30], [0, 1])).toBe(false);
  });
});

describe('growLanes', () => {
  it('gives each lane the rows it needs and shares the rest equally', () => {
    // Needs 4 and 1 rows: 43 + 13 = 56 px of 100, 22 px more each.
    expect([...growLanes([4, 1], new Uint8Array(2), 100)]).toEqual([65, 35]);
  });

  it('bins the lane needing most rows until the rest fit', () => {
    const binned = new Uint8Array(3);
    // 10 + 2 + 1 rows need 139 px of 60: the 10-row lane is binned (2 rows), then 23 + 23 + 13 = 59 fit.
    const heights = growLanes([10, 2, 1], binned, 60);
    expect([...binned]).toEqual([1, 0, 0]);
    expect([...heights].map((h) => Math.round(h * 1000) / 1000)).toEqual(
      [23 + 1 / 3, 23 + 1 / 3, 13 + 1 / 3].map((h) => Math.round(h * 1000) / 1000),
    );
  });

  it('an already binned lane takes the rows of a bin cell', () => {
    const binned = Uint8Array.from([1, 0]);
    expect([...growLanes([40, 3], binned, 56)]).toEqual([23, 33]);
  });
});

describe('computeView grows busy lanes before binning', () => {
  it('a lane of four overlapping bars gets four rows when a quiet lane can give up room', () => {
    const events = [
      ...Array.from({ length: 4 }, (_, i) => ({ id: `busy${i}`, date: `2001-0${i + 1}/2003`, category: 'a' })),
      { id: 'quiet', date: '2001', category: 'b' },
    ];
    const view = computeView(input(indexOf(events), { start: Y(2000), end: Y(2004) }, 60))!;
    // Equal lanes of 30 px hold two rows; the busy lane needs four (43 px), the quiet one one (13 px), + 2 px each.
    const busy = view.lanes.findIndex((l) => l.id === 'a');
    const quiet = view.lanes.findIndex((l) => l.id === 'b');
    expect([view.lanes[busy].height, view.lanes[quiet].height]).toEqual([45, 15]);
    expect(view.lanes.map((l) => l.binned)).toEqual([false, false]);
    expect(new Set(view.marksByLane[busy].map((m) => m.y)).size).toBe(4);
    expect(view.marksByLane[quiet][0].y).toBe(view.lanes[quiet].top + 15 / 2);
  });
});

describe('calloutMark and firstIfNoneVisible', () => {
  it('the callout is the pointed mark, else the focused one, else a single selected mark whose label is cut', async () => {
    const { calloutMark } = await import('../../src/timeline/compute-view.js');
    const index = indexOf([
      { id: 'a', date: '2001', category: 'x' },
      { id: 'b', date: '2002', category: 'x' },
    ]);
    const view = computeView(input(index, { start: Y(2000), end: Y(2004) }))!;
    const [a, b] = ['a', 'b'].map((id) => view.marks.find((m) => m.id === id)!);
    expect(calloutMark(view, { pointed: b.event, focused: a, selected: new Set() })).toBe(b);
    expect(calloutMark(view, { pointed: null, focused: a, selected: new Set(['b']) })).toBe(a);
    // Labels "Event a" fit in a 250 px year: no callout for a selection whose label is whole.
    expect(calloutMark(view, { pointed: null, focused: null, selected: new Set(['b']) })).toBeNull();
    expect(calloutMark(null, { pointed: b.event, focused: a, selected: new Set() })).toBeNull();
  });

  it('firstIfNoneVisible gives the earliest highlighted event only when none is in the window', async () => {
    const { firstIfNoneVisible } = await import('../../src/timeline/event-index.js');
    const index = indexOf([
      { id: 'a', date: '1990', category: 'x' },
      { id: 'b', date: '1995', category: 'x' },
      { id: 'c', date: '2010', category: 'x' },
    ]);
    const pos = (id: string) => index.positionOf.get(id)!;
    expect(firstIfNoneVisible(index, ['c', 'b'], { start: Y(2000), end: Y(2005) })).toBe(pos('b'));
    expect(firstIfNoneVisible(index, ['c', 'a'], { start: Y(2009), end: Y(2011) })).toBe(-1);
    expect(firstIfNoneVisible(index, ['nope'], { start: Y(2000), end: Y(2005) })).toBe(-1);
  });
});

describe('buildEventIndex', () => {
  it('gives each event its position in start order by id, the same map each time it is asked', () => {
    const { dataset } = checkDataset({
      events: [
        { id: 'late', date: '2010', title: 'Late', category: 'b', places: [] },
        { id: 'early', date: '1990-05-01', title: 'Early', category: 'a', places: [] },
        { id: 'mid', date: '2000-02', title: 'Mid', category: 'a', places: [] },
      ],
      places: [],
    });
    const index = buildEventIndex(dataset);
    expect([...index.positionOf]).toEqual([
      ['early', 0],
      ['mid', 1],
      ['late', 2],
    ]);
    expect(index.positionOf).toBe(index.positionOf);
    expect(index.lanes.map((lane) => lane.id)).toEqual(['a', 'b']);
    expect([...index.laneOf]).toEqual([0, 0, 1]);
  });

  it('positionOfId finds each event by its start among equal starts, and -1 for ids hidden, unmatched or unknown', () => {
    const events = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      date: i % 3 === 0 ? '2000' : i % 3 === 1 ? '2000-01-01' : '1999/..',
      title: 'T',
      category: i % 2 ? 'odd' : 'even',
      places: [],
    }));
    const { dataset } = checkDataset({ events, places: [] });
    const all = buildEventIndex(dataset);
    const filtered = buildEventIndex(dataset, { hidden: new Set(['odd']), matches: new Set(['e0', 'e1', 'e2', 'e4']) });
    // Before the map exists (few lookups), then after it (many): the same answers.
    const lookups = () => [
      ...events.map((e) => [all.positionOfId(e.id), filtered.positionOfId(e.id)]),
      [all.positionOfId('nope'), filtered.positionOfId('nope')],
    ];
    const searched = lookups().slice(0, 100);
    const again = lookups();
    expect(again.slice(0, 100)).toEqual(searched);
    for (const [i, event] of events.entries()) {
      expect(all.events[again[i][0]]).toBe(dataset.eventById.get(event.id));
      expect(again[i][1]).toBe(['e0', 'e2', 'e4'].includes(event.id) ? filtered.positionOf.get(event.id) : -1);
    }
    expect(again.at(-1)).toEqual([-1, -1]);
    expect(filtered.events.map((e) => e.id)).toEqual(['e2', 'e4', 'e0']);
  });
});
