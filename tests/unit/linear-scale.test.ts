import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { linearScale, niceTicks, tickStep } from '../../src/timeline/linear-scale.js';

describe('linearScale', () => {
  it('maps the domain onto the range, and back by invert', () => {
    const scale = linearScale([100, 300], [10, 1010]);
    expect(scale(100)).toBe(10);
    expect(scale(300)).toBe(1010);
    expect(scale(150)).toBe(260);
    expect(scale.invert(260)).toBe(150);
    expect(scale.domain()).toEqual([100, 300]);
    expect(scale.range()).toEqual([10, 1010]);
  });

  it('holds times beyond Date: the Big Bang in ms is just a number', () => {
    const bigBang = -435485999767219200000;
    const scale = linearScale([bigBang, 0], [0, 1000]);
    expect(scale(bigBang)).toBe(0);
    expect(scale(bigBang / 4)).toBeCloseTo(750, 9);
    expect(scale.invert(500) / bigBang).toBeCloseTo(0.5, 12);
  });

  it('copies are independent, and an empty domain maps to the middle, as in d3', () => {
    const scale = linearScale([0, 10], [0, 100]);
    const copy = scale.copy().domain([0, 20]);
    expect(scale(10)).toBe(100);
    expect(copy(10)).toBe(50);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('is what d3-zoom rescales: a transform of k 4 at x -1300 shows base px 350–600', () => {
    const scale = linearScale([0, 1000], [100, 1100]);
    const seen = zoomIdentity
      .translate(100 - 4 * 350, 0)
      .scale(4)
      .rescaleX(scale);
    expect(seen.domain()).toEqual([250, 500]);
    expect(seen(250)).toBe(100);
  });
});

describe('tickStep and niceTicks (d3-array’s rule)', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(14e9, 8)).toBe(2e9);
    expect(tickStep(1e9, 10)).toBe(1e8);
    expect(tickStep(200, 3)).toBe(50);
    expect(tickStep(12_000, 5)).toBe(2000);
  });

  it('gives the multiples of the step within the span, no finer than asked', () => {
    expect(niceTicks(-14.5e9, 2e3, 8)).toEqual([-14e9, -12e9, -10e9, -8e9, -6e9, -4e9, -2e9, 0]);
    expect(niceTicks(0.2, 0.9, 5, 1)).toEqual([]);
    expect(niceTicks(3, 3, 5)).toEqual([]);
  });
});
