import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { binEvents } from '../../src/timeline/density-bins.js';
import {
  buildEventIndex,
  countWindow,
  laneKey,
  laneVisiblePositions,
  lowerBound,
  visiblePositions,
} from '../../src/timeline/event-index.js';
import { stepInTime, stepLane } from '../../src/timeline/keyboard-nav.js';
import { elide, placeLabels } from '../../src/timeline/label-placement.js';
import { markId } from '../../src/timeline/mark-id.js';
import { packRows } from '../../src/timeline/row-packing.js';
import { axisTicks, tickUnit } from '../../src/timeline/time-axis.js';
import { timelineLayout } from '../../src/timeline/timeline-layout.js';

const Y = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);

function dataset() {
  const events = [
    { id: 'a', date: '2001', title: 'A', category: 'diplomacy', places: [] },
    { id: 'b', date: '2001-06-01', title: 'B', category: 'visit', places: [] },
    { id: 'c', date: '1990/1996', title: 'C', category: 'visit', places: [] },
    { id: 'd', date: '2005-03', title: 'D', category: 'diplomacy', places: [] },
    { id: 'e', date: '2010/..', title: 'E', category: 'culture', places: [] },
    { id: 'f', date: '2003-02-02', title: 'F', category: 'culture', places: [] },
  ];
  return checkDataset({
    meta: { title: 't', categories: { diplomacy: 'Diplomacy', visit: 'Visits', culture: 'Culture' } },
    events,
    places: [],
  }).dataset;
}

describe('event index', () => {
  it('keeps events in start order with lanes in the data set category order', () => {
    const index = buildEventIndex(dataset());
    expect(index.events.map((e) => e.id)).toEqual(['c', 'a', 'b', 'f', 'd', 'e']);
    expect(index.lanes.map((l) => l.label)).toEqual(['Diplomacy', 'Visits', 'Culture']);
    expect([...index.byLane[1]].map((p) => index.events[p].id)).toEqual(['c', 'b']);
  });

  it('countWindow counts each lane and column as visiblePositions and binEvents do, without the list', () => {
    // A seeded mix: days, months, years, spans up to and past the long limit, open starts and ends, in four lanes.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = () => {
      const year = 1990 + Math.floor(random() * 30);
      const kind = random();
      if (kind < 0.4) return `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
      if (kind < 0.6) return `${year}-${pad(1 + Math.floor(random() * 12))}`;
      if (kind < 0.75) return `${year}`;
      if (kind < 0.9) return `${year}/${year + Math.floor(random() * 4)}`;
      return random() < 0.5 ? `../${year}` : `${year}/..`;
    };
    const events = Array.from({ length: 600 }, (_, i) => ({
      id: `e${i}`,
      date: date(),
      title: `E${i}`,
      category: ['a', 'b', 'c', 'd'][Math.floor(random() * 4)],
      places: [],
    }));
    const index = buildEventIndex(checkDataset({ events, places: [] }).dataset);
    expect(index.long.length).toBeGreaterThan(50);
    for (let trial = 0; trial < 60; trial++) {
      const start = Y(1985) + random() * (Y(2025) - Y(1985));
      const end = start + random() * random() * (Y(2030) - Y(1985)) + 1;
      const width = 50 + Math.floor(random() * 900);
      const positions = visiblePositions(index, start, end);
      const reference = binEvents(positions, index.starts, index.ends, index.laneOf, 4, { start, end, width }, 28);
      const counted = countWindow(index, { start, end, width }, 28);
      expect([...counted.counts]).toEqual([...reference.counts]);
      expect(counted.columns).toBe(reference.columns);
      expect(counted.total).toBe(positions.length);
      for (let lane = 0; lane < 4; lane++) {
        const inLane = [...positions].filter((p) => index.laneOf[p] === lane);
        expect(counted.laneCounts[lane]).toBe(inLane.length);
        expect(laneVisiblePositions(index, lane, start, end)).toEqual(inLane);
      }
    }
  });

  it('lists long and open-ended events separately so a window query stays two binary searches', () => {
    const index = buildEventIndex(dataset());
    expect([...index.long].map((p) => index.events[p].id)).toEqual(['c', 'e']);
  });

  it('visiblePositions returns every event overlapping the window, in time order', () => {
    const index = buildEventIndex(dataset());
    const ids = (a: number, b: number) => [...visiblePositions(index, a, b)].map((p) => index.events[p].id);
    expect(ids(Y(1995), Y(1996))).toEqual(['c']);
    expect(ids(Y(2001, 5), Y(2001, 7))).toEqual(['a', 'b']);
    expect(ids(Y(2004), Y(2030))).toEqual(['d', 'e']);
    expect(ids(Y(1980), Y(1985))).toEqual([]);
    expect(ids(Y(1980), Y(2100))).toEqual(['c', 'a', 'b', 'f', 'd', 'e']);
  });

  it('filters categories and groups by another field', () => {
    const others = new Set(
      dataset()
        .categories.map((c) => c.id)
        .filter((id) => id !== 'culture'),
    );
    const index = buildEventIndex(dataset(), { hidden: others });
    expect(index.events.map((e) => e.id)).toEqual(['f', 'e']);
    const byTitle = buildEventIndex(dataset(), { groupBy: 'title' });
    expect(byTitle.lanes).toHaveLength(6);
    expect(laneKey(dataset().events[0], 'actors')).toBe('other');
  });

  it('lowerBound finds the first position not below a value', () => {
    expect(lowerBound([1, 2, 2, 5], 2)).toBe(1);
    expect(lowerBound([1, 2, 2, 5], 6)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });
});

describe('time axis', () => {
  it('uses decades for a long window and labels them as years', () => {
    const ticks = axisTicks(Y(1950), Y(2020), 600);
    expect(ticks[0].unit).toBe('year');
    expect(ticks.map((t) => t.label)).toContain('1980');
  });

  it('goes down to days for a short window, in the page language', () => {
    const ticks = axisTicks(Y(2006, 6, 1), Y(2006, 6, 15), 800, 'lt');
    expect(ticks[0].unit).toBe('day');
    expect(ticks.length).toBeGreaterThan(4);
    const en = axisTicks(Y(2006, 1, 1), Y(2006, 12, 1), 800, 'en');
    expect(en[0].unit).toBe('month');
    expect(en.some((t) => t.label.startsWith('Jun'))).toBe(true);
  });

  it('tickUnit is the coarsest unit every tick falls on', () => {
    expect(tickUnit([Y(2000), Y(2010)])).toBe('year');
    expect(tickUnit([Y(2000), Y(2000, 4)])).toBe('month');
    expect(tickUnit([Y(2000), Y(2000, 4, 2)])).toBe('day');
  });
});

describe('row packing', () => {
  it('stacks overlapping marks and reuses a row once it is free', () => {
    expect([...packRows([0, 5, 20, 21], [10, 15, 30, 25], 3)]).toEqual([0, 1, 0, 1]);
  });
  it('overlaps in the row that frees first when the lane is full', () => {
    expect([...packRows([0, 1, 2], [50, 10, 60], 2)]).toEqual([0, 1, 1]);
  });
});

describe('label placement', () => {
  it('shows, elides or hides labels so none collide', () => {
    const placed = placeLabels(
      [
        { x0: 0, x1: 4, row: 0, text: 'A long label that does not fit' },
        { x0: 60, x1: 64, row: 0, text: 'Short' },
        { x0: 70, x1: 74, row: 1, text: 'Other row' },
        { x0: 100, x1: 104, row: 0, text: 'X' },
      ],
      400,
    );
    expect(placed[0].text.endsWith('…')).toBe(true);
    expect(placed[1].text).toBe('');
    expect(placed[2].text).toBe('Other row');
    expect(placed[3].text).toBe('X');
  });
  it('elide keeps whole text that fits and gives up below four characters', () => {
    expect(elide('Baku', 100)).toBe('Baku');
    expect(elide('Vilnius and Baku', 20)).toBe('');
  });
  it('elide cuts at a word boundary when one is in reach, and hides the text rather than cut a word', () => {
    // 15 characters of room: "Diplomatic rela" would cut a word, so the label ends after "Diplomatic".
    expect(elide('Diplomatic relations established', 16 * 6.2)).toBe('Diplomatic…');
    expect(elide('Memorandum, on dialogue', 13 * 6.2)).toBe('Memorandum…');
    expect(elide('Supercalifragilistic', 10 * 6.2)).toBe('');
    expect(elide('Azerbaijani community', 9 * 6.2)).toBe('');
    // A space exactly at the cut still counts: "Baku and" fits in 8 characters.
    expect(elide('Baku and Vilnius', 9 * 6.2)).toBe('Baku and…');
  });
});

describe('density bins', () => {
  it('counts each event once, in the bucket of its visible middle', () => {
    const starts = [0, 10, 11, 50, 95];
    const ends = [1, 11, 12, 70, 200];
    const lanes = [0, 0, 0, 1, 1];
    const bins = binEvents([0, 1, 2, 3, 4], starts, ends, lanes, 2, { start: 0, end: 100, width: 100 }, 10);
    expect(bins.columns).toBe(10);
    expect(bins.counts[0]).toBe(1);
    expect(bins.counts[1]).toBe(2);
    expect(bins.counts[10 + 6]).toBe(1);
    expect(bins.counts[10 + 9]).toBe(1);
    expect(bins.max).toBe(2);
  });
});

describe('keyboard moves', () => {
  it('steps through time and clamps at the ends', () => {
    const index = buildEventIndex(dataset());
    expect(stepInTime(index, -1, 1)).toBe(0);
    expect(stepInTime(index, -1, -1)).toBe(5);
    expect(stepInTime(index, 5, 1)).toBe(5);
  });
  it('jumps to the nearest event in time in the next lane', () => {
    const index = buildEventIndex(dataset());
    const a = index.positionOf.get('a')!;
    expect(index.events[stepLane(index, a, 1)].id).toBe('b');
    const b = index.positionOf.get('b')!;
    expect(index.events[stepLane(index, b, 1)].id).toBe('f');
    expect(index.events[stepLane(index, a, -1)].id).toBe('a');
  });
});

describe('mark ids', () => {
  it('are valid DOM ids and never collide', () => {
    expect(markId('visit-2006')).toBe('ev-visit-2006');
    expect(markId('a b')).not.toBe(markId('a_b'));
    expect(markId('"><img>')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('timelineLayout', () => {
  it('splits 960 × 360 into a 158 px label column, the plot, the lanes and a series track', () => {
    expect(timelineLayout(960, 360, true)).toEqual({
      labelWidth: 158,
      plotWidth: 960 - 158 - 14,
      stageHeight: 330,
      lanesHeight: 330 - 26 - 56 - 4,
      seriesTop: 26 + 244 + 4,
      seriesHeight: 56,
    });
    expect(timelineLayout(400, 100, false)).toEqual({
      labelWidth: 96,
      plotWidth: 290,
      stageHeight: 70,
      lanesHeight: 40,
      seriesTop: 70,
      seriesHeight: 0,
    });
    expect(timelineLayout(100, 40, false).plotWidth).toBe(40);
    expect(timelineLayout(100, 40, false).lanesHeight).toBe(30);
  });
});

describe('series values', () => {
  it('valuesThatFit keeps labels that fit side by side, left to right', async () => {
    const { valuesThatFit } = await import('../../src/timeline/render-series.js');
    // 12 px labels every 8 px: every other one fits (3 px apart at least).
    expect(valuesThatFit([0, 8, 16, 24, 32].map((x) => ({ x, width: 12 })))).toEqual([true, false, true, false, true]);
    // Wide bars: all of them.
    expect(valuesThatFit([0, 30, 60].map((x) => ({ x, width: 12 })))).toEqual([true, true, true]);
    expect(valuesThatFit([])).toEqual([]);
  });
});
