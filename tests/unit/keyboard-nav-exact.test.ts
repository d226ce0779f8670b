import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset.js';
import { buildEventIndex } from '../../src/timeline/event-index.js';
import { stepInTime, stepLane } from '../../src/timeline/keyboard-nav.js';

const indexOf = (events: [id: string, date: string, category: string][]) => {
  const { dataset } = checkDataset({
    events: events.map(([id, date, category]) => ({ id, date, title: id, category, places: [] })),
    places: [{ id: 'p', name: 'P', lat: 0, lon: 0 }],
  });
  const index = buildEventIndex(dataset);
  const at = (id: string) => index.positionOf.get(id)!;
  return {
    index,
    at,
    id: (position: number) => index.events[position]?.id,
    stepLaneFrom: (id: string, direction: -1 | 1 = -1) => stepLane(index, at(id), direction),
  };
};

describe('keyboard navigation over the event index', () => {
  const { index, at, id } = indexOf([
    ['c-long', '1997/2009', 'c'],
    ['c1', '2001', 'c'],
    ['c2', '2002', 'c'],
    ['c3', '2003-01', 'c'],
    ['c4', '2004', 'c'],
    ['a1', '2000-01-01', 'a'],
    ['a2', '2000-06-01', 'a'],
    ['a3', '2003-07-01', 'a'],
    ['b1', '2000-03-01', 'b'],
    ['b2', '2000-12-01', 'b'],
  ]);

  test('stepInTime(index, position, step) moves in time order and stops at the ends', () => {
    expect(index.events.map((e) => e.id)).toEqual(['c-long', 'a1', 'b1', 'a2', 'b2', 'c1', 'c2', 'c3', 'a3', 'c4']);
    expect(stepInTime(index, -1, 1)).toBe(0);
    expect(stepInTime(index, -1, -1)).toBe(9);
    expect(stepInTime(index, 3, 1)).toBe(4);
    expect(stepInTime(index, 3, -1)).toBe(2);
    expect(stepInTime(index, 3, 100)).toBe(9);
    expect(stepInTime(index, 3, -100)).toBe(0);
    expect(stepInTime(indexOf([]).index, 0, 1)).toBe(-1);
  });

  test('stepLane(index, position, direction) finds the nearest event of the next lane by middles', () => {
    expect(index.lanes.map((lane) => lane.id)).toEqual(['c', 'a', 'b']);
    expect(id(stepLane(index, at('a2'), 1))).toBe('b1');
    expect(id(stepLane(index, at('a1'), 1))).toBe('b1');
    expect(id(stepLane(index, at('b2'), -1))).toBe('a2');
    expect(id(stepLane(index, at('a1'), -1))).toBe('c1');
    expect(id(stepLane(index, at('b1'), -1))).toBe('a1');
  });

  test('a long event earlier in the lane wins when its middle is nearer', () => {
    // a3 (1 July 2003) is nearest c-long's middle (about 2 July 2003), far before it in start order.
    expect(id(stepLane(index, at('a3'), -1))).toBe('c-long');
  });

  test('without a lane that way, the focus stays; without a focus, the first event', () => {
    expect(stepLane(index, at('c2'), -1)).toBe(at('c2'));
    expect(stepLane(index, at('b2'), 1)).toBe(at('b2'));
    expect(stepLane(index, -1, 1)).toBe(0);
    expect(stepLane(index, -1, -1)).toBe(0);
  });

  test('open-ended events are placed by their known end', () => {
    const open = indexOf([
      ['until', '../2010', 'y'],
      ['since', '1990/..', 'y'],
      ['x', '1991', 'x'],
      ['z', '2011', 'x'],
    ]);
    expect(open.id(open.stepLaneFrom('z'))).toBe('until');
    expect(open.id(open.stepLaneFrom('x'))).toBe('since');
    expect(open.id(open.stepLaneFrom('until', 1))).toBe('z');
    expect(open.id(open.stepLaneFrom('since', 1))).toBe('x');
  });
});
