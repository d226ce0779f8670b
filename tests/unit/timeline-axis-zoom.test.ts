import { describe, expect, it } from 'vitest';
import { AxisTransform, constrain, IDENTITY } from '../../src/timeline/axis-zoom.js';
import { timeScale } from '../../src/timeline/time-scale.js';

describe('AxisTransform', () => {
  it('anchored(k, world, screen) shows the world point at the screen point', () => {
    const t = AxisTransform.anchored(4, 100, 250);
    expect(t.applyX(100)).toBe(250);
    expect(t.invertX(250)).toBe(100);
  });

  it('rescaleX narrows a time scale to the zoomed window, as d3-zoom does', () => {
    const base = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 1000]);
    const t = AxisTransform.anchored(2, 0, 0);
    const zoomed = t.rescaleX(base);
    expect(zoomed.domain()).toEqual([Date.UTC(2000, 0, 1), base.invert(500)]);
    expect(zoomed(base.invert(250))).toBeCloseTo(500, 6);
    expect(IDENTITY.rescaleX(base).domain()).toEqual(base.domain());
  });
});

describe('timeScale', () => {
  it('maps time to pixels linearly and back', () => {
    const scale = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)], [100, 466]);
    expect(scale(Date.UTC(2000, 0, 1))).toBe(100);
    expect(scale(Date.UTC(2001, 0, 1))).toBe(466);
    expect(scale.invert(scale(Date.UTC(2000, 6, 1)))).toBe(Date.UTC(2000, 6, 1));
  });
});

describe('constrain', () => {
  const extent = [100, 900] as const;
  it('keeps the zoom within the scale extent', () => {
    expect(constrain(new AxisTransform(0.5, 0), extent, [1, 8]).k).toBe(1);
    expect(constrain(new AxisTransform(20, 0), extent, [1, 8]).k).toBe(8);
  });

  it('never pans past either end of the world', () => {
    const tooFarRight = constrain(new AxisTransform(2, 500), extent, [1, 8]);
    expect(tooFarRight.applyX(100)).toBeLessThanOrEqual(100);
    const tooFarLeft = constrain(new AxisTransform(2, -5000), extent, [1, 8]);
    expect(tooFarLeft.applyX(900)).toBeGreaterThanOrEqual(900);
    expect(constrain(IDENTITY, extent, [1, 8])).toBe(IDENTITY);
  });
});
