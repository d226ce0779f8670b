import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAUSE_MASK, timeOrder, timeOrderSteps } from '../../src/data/time-order.js';

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

  it('orders long runs of equal dates by id too (over 32: a comparison sort), and pauses while it sorts them', () => {
    // 3 dates × 400 events each, ids shuffled: the runs are far longer than the insertion sort's 32.
    const n = 1200;
    const ids = Array.from({ length: n }, (_, i) => `e${String((i * 7919) % n).padStart(4, '0')}`);
    const starts = Array.from({ length: n }, (_, i) => [30, 10, 20][i % 3]);
    const ends = starts.map((start) => start + 1);
    expect(order(starts, ends, ids)).toEqual(byComparator(starts, ends, ids));
    // Repeated ids in a long run keep their order in the input, as the stable comparator sort keeps them.
    const repeated = ids.map((id, i) => (i % 5 === 0 ? 'same' : id));
    expect(order(starts, ends, repeated)).toEqual(byComparator(starts, ends, repeated));
    // 200,000 records in runs of 1,000: the steps pause by the comparisons made, not only every 65,536 records.
    const big = 200_000;
    const bigStarts = new Float64Array(big).map((_, i) => i % 1000);
    const bigIds = Array.from({ length: big }, (_, i) => `e${(i * 7919) % big}`);
    const steps = timeOrderSteps(
      bigStarts,
      bigStarts.map((s) => s + 1),
      bigIds,
    );
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    // Without the comparison count: the ranks' passes (~2 × 16) and the runs' few boundaries at multiples of 65,536.
    const expected = (big * Math.log2(1000)) / PAUSE_MASK;
    expect(pauses).toBeGreaterThan(Math.floor(expected));
    // …and not at every run (200 of them), which would give the page back far more often than there is work for.
    expect(pauses).toBeLessThan(expected + 40);
    const sorted = step.value;
    for (let i = 1; i < big; i += 9973) {
      const [a, b] = [sorted[i - 1], sorted[i]];
      expect(bigStarts[a] < bigStarts[b] || (bigStarts[a] === bigStarts[b] && bigIds[a] < bigIds[b])).toBe(true);
    }
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
        // Repeated ids in a long run keep their order in the input, as the stable comparator sort keeps them.
        const repeated = ids.map((id, i) => (i % 5 === 0 ? 'same' : id));
        expect(order(starts, ends, repeated)).toEqual(byComparator(starts, ends, repeated));
      }),
      { numRuns: 500 },
    );
  });
});
