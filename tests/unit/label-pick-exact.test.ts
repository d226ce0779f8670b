import { describe, expect, test } from 'vitest';
import { pickLabels, type LabelCandidate } from '../../src/map/label-pick.js';

const label = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  x,
  y,
  width: 40,
  height: 10,
  priority: 1,
  ...extra,
});
const sides = (candidates: LabelCandidate[], options = {}) => Object.fromEntries(pickLabels(candidates, options));
const sideOf = (id: string, candidates: LabelCandidate[], options = {}) => pickLabels(candidates, options).get(id);

describe('pickLabels(candidates, options), to the pixel', () => {
  test('right first; a label may touch the edge of the view but not cross it', () => {
    const view = (width: number, height = 1000) => ({ view: { width, height } });
    expect(sides([label('a', 100, 100)])).toEqual({ a: 'right' });
    expect(sides([label('a', 100, 100)], view(151))).toEqual({ a: 'right' });
    expect(sides([label('a', 100, 100)], view(150))).toEqual({ a: 'left' });
    expect(sides([label('a', 51, 100)], view(100))).toEqual({ a: 'left' });
    expect(sides([label('a', 50, 100)], view(100))).toEqual({ a: 'top' });
    expect(sides([label('a', 100, 5)], view(500))).toEqual({ a: 'right' });
    expect(sides([label('a', 100, 4)], view(500))).toEqual({ a: 'bottom' });
    expect(sides([label('a', 100, 95)], view(500, 100))).toEqual({ a: 'right' });
    expect(sides([label('a', 100, 96)], view(500, 100))).toEqual({ a: 'top' });
    expect(sides([label('a', 20, 20, { width: 200 })], view(100, 40))).toEqual({});
  });

  test('higher priority first, then by id; later labels go around earlier ones', () => {
    expect(sides([label('b', 100, 100), label('a', 100, 100)])).toEqual({ a: 'right', b: 'left' });
    expect(sides([label('a', 100, 100), label('b', 100, 100, { priority: 2 })])).toEqual({ b: 'right', a: 'left' });
    expect(sides([label('a', 100, 100), label('b', 100, 100), label('c', 100, 100), label('d', 100, 100)])).toEqual({
      a: 'right',
      b: 'left',
      c: 'top',
      d: 'bottom',
    });
    expect(
      sides([
        label('a', 100, 100),
        label('b', 100, 100),
        label('c', 100, 100),
        label('d', 100, 100),
        label('e', 100, 100),
      ]),
    ).not.toHaveProperty('e');
  });

  test('labels keep off other markers unless they may cover them; touching is not covering', () => {
    // The right box of a is x 111..151; a marker at x 158 starts at 151.
    const marker = (x: number) => label('m', x, 100, { priority: 0, width: 1000, height: 1000 });
    expect(sideOf('a', [label('a', 100, 100), marker(158)])).toBe('right');
    expect(sideOf('a', [label('a', 100, 100), marker(157)])).toBe('left');
    expect(sideOf('a', [label('a', 100, 100, { overMarkers: true }), marker(157)])).toBe('right');
    expect(sideOf('a', [label('a', 100, 100), marker(157)], { markerRadius: 6 })).toBe('right');
    expect(sideOf('a', [label('a', 100, 100), marker(158)], { gap: 12 })).toBe('left');
  });

  test('boxes above and below are centred on the marker', () => {
    // Top box of c: x 80..120, y 79..89; bottom box: y 111..121.
    const blockers = [label('a', 100, 100, { priority: 3 }), label('b', 100, 100, { priority: 2 })];
    expect(
      sides([...blockers, label('c', 100, 100), label('d', 121, 84, { priority: 0, width: 1, height: 1 })]),
    ).toMatchObject({
      a: 'right',
      b: 'left',
      c: 'bottom',
    });
    expect(
      sides([...blockers, label('c', 100, 100), label('d', 128, 84, { priority: 0, width: 1, height: 1 })]),
    ).toMatchObject({
      c: 'top',
    });
  });

  // A badge 16 px wide sits 2 px right of and 21..8 px above its marker's centre, as the marker styles draw it.
  const badge = { dx: 2, dy: -21, height: 13 };

  test("no label covers any marker's badge, its own or a neighbour's; touching within half a pixel is allowed", () => {
    // a's right box is x 111..151, y 95..105; its own badge x 102..118, y 79..92 is above it.
    expect(sideOf('a', [label('a', 100, 100, { badgeWidth: 16 })], { badge })).toBe('right');
    // Its top box (x 80..120, y 79..89) is where the badge is.
    const withBadge = (y: number) => [
      label('r', 100, 100, { priority: 3 }),
      label('l', 100, 100, { priority: 2 }),
      label('a', 100, y, { badgeWidth: 16 }),
    ];
    expect(sides(withBadge(100), { badge })).toEqual({ r: 'right', l: 'left', a: 'bottom' });
    expect(sides(withBadge(100))).toMatchObject({ a: 'top' });
    // A neighbour's badge at x 152..168, y 84.4..97.4 under a's right box (y 95..105): 2.4 px over, then 0.4 px.
    const neighbour = (y: number) => label('n', 150, y, { priority: 0, width: 1, height: 1, badgeWidth: 16 });
    const a = label('a', 100, 100, { width: 60, overMarkers: true });
    expect(sideOf('a', [a, neighbour(105.4)], { badge })).toBe('left');
    expect(sideOf('a', [a, neighbour(103.4)], { badge })).toBe('right');
  });

  test('no label goes under an obstacle drawn over the map (zoom buttons, legend)', () => {
    // The right box of a at y 100 is y 95..105: the legend's foot at 95.4 only touches it.
    const legend = { x0: 140, y0: 0, x1: 300, y1: 95.4 };
    expect(sideOf('a', [label('a', 100, 100)], { obstacles: [legend] })).toBe('right');
    expect(sideOf('a', [label('a', 100, 99)], { obstacles: [legend] })).toBe('left');
    const buttons = { x0: 0, y0: 0, x1: 90, y1: 100 };
    expect(sideOf('a', [label('a', 100, 99)], { obstacles: [legend, buttons] })).toBe('bottom');
  });

  test('a required label finds no free side: it takes the first side in view and off the controls', () => {
    const everywhere = [
      label('r', 100, 100, { priority: 9 }),
      label('l', 100, 100, { priority: 8 }),
      label('t', 100, 100, { priority: 7 }),
      label('b', 100, 100, { priority: 6 }),
    ];
    expect(sides([...everywhere, label('a', 100, 100)])).not.toHaveProperty('a');
    expect(sides([...everywhere, label('a', 100, 100, { required: true })])).toMatchObject({ a: 'right' });
    // The view ends at x 140: the right side would stick out, so the least bad is the left.
    expect(
      sides([...everywhere, label('a', 100, 100, { required: true })], { view: { width: 140, height: 400 } }),
    ).toMatchObject({ a: 'left' });
    // Right out of view, left under the buttons: top, unless that covers its own badge.
    const cornered = { view: { width: 140, height: 400 }, obstacles: [{ x0: 0, y0: 90, x1: 89, y1: 110 }], badge };
    expect(sides([...everywhere, label('a', 100, 100, { required: true })], cornered)).toMatchObject({ a: 'top' });
    expect(sides([...everywhere, label('a', 100, 100, { required: true, badgeWidth: 16 })], cornered)).toMatchObject({
      a: 'bottom',
    });
    // Under the legend is worse than over other labels.
    expect(
      sides([...everywhere, label('a', 100, 100, { required: true })], {
        obstacles: [{ x0: 0, y0: 0, x1: 1000, y1: 104 }],
      }),
    ).toMatchObject({ a: 'bottom' });
  });
});
