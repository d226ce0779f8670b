import { describe, expect, test } from 'vitest';
import { estimateLabelWidth, pickLabels, type LabelCandidate } from '../../src/map/label-pick.js';

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
  test('estimateLabelWidth(text, fontSize) is 0.56 em a character plus 6 px, rounded up', () => {
    expect(estimateLabelWidth('Baku')).toBe(33);
    expect(estimateLabelWidth('Baku', 10)).toBe(29);
    expect(estimateLabelWidth('')).toBe(6);
  });

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
});
