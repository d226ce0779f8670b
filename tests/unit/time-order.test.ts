import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeOrder } from '../../src/data/time-order.js';

const byComparator = (starts: number[], ends: number[], ids: string[]) =>
  starts
    .map((_, i) => i)
    .sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));

const order = (starts: number[], ends: number[], ids: string[]) =>
  Array.from(timeOrder(Float64Array.from(starts), Float64Array.from(ends), ids));

describe('timeOrder', () => {
  it('orders by start, then end, then id', () => {
    expect(order([5, 1, 5, 1, 5], [9, 3, 7, 2, 7], ['a', 'b', 'd', 'c', 'c'])).toEqual([3, 1, 4, 2, 0]);
  });

  it('puts open starts first and open ends last, equal open ends by id', () => {
    const inf = Infinity;
    expect(order([3, -inf, 3, -inf, 0], [inf, 5, 4, 2, inf], ['x', 'y', 'z', 'w', 'v'])).toEqual([3, 1, 4, 2, 0]);
    expect(order([1, 1, 1], [inf, inf, inf], ['c', 'a', 'b'])).toEqual([1, 2, 0]);
  });

  it('gives an empty order for no records and [0] for one', () => {
    expect(order([], [], [])).toEqual([]);
    expect(order([7], [8], ['a'])).toEqual([0]);
  });

  it('equals the comparator sort for any times and distinct ids', () => {
    const time = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-Infinity, Infinity, -8.64e15, 1e20));
    fc.assert(
      fc.property(fc.array(fc.tuple(time, time), { maxLength: 60 }), (pairs) => {
        const starts = pairs.map(([s]) => s);
        const ends = pairs.map(([, e]) => e);
        const ids = pairs.map((_, i) => `id${(i * 7919) % 101}`);
        // Long arrays: one run of equal times, longer than an insertion sort takes.
        if (pairs.length > 40) {
          starts.fill(1);
          ends.fill(2);
        }
        expect(order(starts, ends, ids)).toEqual(byComparator(starts, ends, ids));
      }),
      { numRuns: 500 },
    );
  });
});
