import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import {
  baseScale,
  clampWindow,
  DAY,
  HOUR,
  maxZoom,
  narrowestWindow,
  paddedDomain,
  panWindow,
  revealWindow,
  transformFor,
  windowOf,
  zoomWindow,
} from '../../src/timeline/time-window.js';

const Y2000 = Date.UTC(2000, 0, 1);
const Y2010 = Date.UTC(2010, 0, 1);
const bounds = { start: 0, end: 1000 * DAY };

describe('baseScale, windowOf and transformFor', () => {
  const base = baseScale([Y2000, Y2010], [100, 1100]);

  it('maps the whole span onto the plot', () => {
    expect(base(Y2000)).toBe(100);
    expect(base(Y2010)).toBe(1100);
    expect(windowOf(base, zoomIdentity)).toEqual({ start: Y2000, end: Y2010 });
  });

  it('gives the transform d3-zoom would hold for a window, and back', () => {
    const window = { start: base.invert(350), end: base.invert(600) };
    const t = transformFor(base, window);
    // The plot's 1000 px show 250 base px: k = 4, and base x 350 lands on the plot's left edge (100).
    expect(t.k).toBeCloseTo(4, 12);
    expect(t.x).toBeCloseTo(100 - 4 * 350, 9);
    expect(t.y).toBe(0);
    const back = windowOf(base, t);
    expect(Math.abs(back.start - window.start)).toBeLessThanOrEqual(1);
    expect(Math.abs(back.end - window.end)).toBeLessThanOrEqual(1);
  });

  it('a pan by the transform moves the window by the base time per px over k', () => {
    const t = zoomIdentity.translate(-200, 0).scale(2);
    const w = windowOf(base, t);
    // Visible base x from (100+200)/2 = 150 to (1100+200)/2 = 650.
    expect(w.start).toBe(base.invert(150));
    expect(w.end).toBe(base.invert(650));
  });
});

describe('window steps', () => {
  it('zoomWindow keeps the point under `at` in place', () => {
    expect(zoomWindow({ start: 100 * DAY, end: 300 * DAY }, 2, 0.5, bounds)).toEqual({
      start: 150 * DAY,
      end: 250 * DAY,
    });
    expect(zoomWindow({ start: 100 * DAY, end: 300 * DAY }, 2, 0, bounds)).toEqual({
      start: 100 * DAY,
      end: 200 * DAY,
    });
    // Out about the right edge: 400 days ending at 300 would start before the bounds, so it is moved to start at 0.
    expect(zoomWindow({ start: 100 * DAY, end: 300 * DAY }, 0.5, 1, bounds)).toEqual({ start: 0, end: 400 * DAY });
  });

  it('zoomWindow stops at the narrowest window and at the bounds', () => {
    expect(zoomWindow({ start: 10 * DAY, end: 13 * DAY }, 10, 0.5, bounds)).toEqual({
      start: 10.5 * DAY,
      end: 12.5 * DAY,
    });
    expect(zoomWindow({ start: 10 * DAY, end: 900 * DAY }, 0.1, 0.5, bounds)).toEqual(bounds);
    expect(zoomWindow({ start: 100 * DAY, end: 200 * DAY }, 2, -3, bounds)).toEqual({
      start: 100 * DAY,
      end: 150 * DAY,
    });
    expect(zoomWindow({ start: 100 * DAY, end: 200 * DAY }, 2, 7, bounds)).toEqual({
      start: 150 * DAY,
      end: 200 * DAY,
    });
  });

  it('panWindow moves by a fraction of the width and stops at the bounds', () => {
    expect(panWindow({ start: 100 * DAY, end: 200 * DAY }, 0.8, bounds)).toEqual({ start: 180 * DAY, end: 280 * DAY });
    expect(panWindow({ start: 100 * DAY, end: 200 * DAY }, -0.8, bounds)).toEqual({ start: 20 * DAY, end: 120 * DAY });
    expect(panWindow({ start: 100 * DAY, end: 200 * DAY }, -5, bounds)).toEqual({ start: 0, end: 100 * DAY });
    expect(panWindow({ start: 800 * DAY, end: 950 * DAY }, 1, bounds)).toEqual({ start: 850 * DAY, end: 1000 * DAY });
  });

  it('clampWindow moves without resizing, and a window wider than the bounds becomes them', () => {
    expect(clampWindow({ start: -50, end: 50 }, { start: 0, end: 1000 })).toEqual({ start: 0, end: 100 });
    expect(clampWindow({ start: 990, end: 1090 }, { start: 0, end: 1000 })).toEqual({ start: 900, end: 1000 });
    expect(clampWindow({ start: -10, end: 2000 }, { start: 0, end: 1000 })).toEqual({ start: 0, end: 1000 });
    expect(clampWindow({ start: 10, end: 20 }, { start: 0, end: 1000 })).toEqual({ start: 10, end: 20 });
  });

  it('revealWindow centres an event that is out of view and leaves a visible one alone', () => {
    const w = { start: 100, end: 200 };
    expect(revealWindow(w, 150, 160, { start: 0, end: 1000 })).toBe(w);
    expect(revealWindow(w, 195, 400, { start: 0, end: 1000 })).toBe(w);
    expect(revealWindow(w, 500, 520, { start: 0, end: 1000 })).toEqual({ start: 460, end: 560 });
    expect(revealWindow(w, 500, Infinity, { start: 0, end: 1000 })).toEqual({ start: 450, end: 550 });
    expect(revealWindow(w, -Infinity, 20, { start: 0, end: 1000 })).toEqual({ start: 0, end: 100 });
  });
});

describe('maxZoom and paddedDomain', () => {
  it('maxZoom is the span over the narrowest window, at least 1', () => {
    expect(maxZoom([0, 200 * DAY])).toBe(100);
    expect(maxZoom([0, DAY])).toBe(1);
  });

  it('paddedDomain adds 3% each side, at least 30 days of span', () => {
    expect(paddedDomain([0, 1000 * DAY])).toEqual([-30 * DAY, 1030 * DAY]);
    // A single day still opens on a month: 30 days and 3% each side, about the day.
    expect(paddedDomain([0, 0])).toEqual([-15.9 * DAY, 15.9 * DAY]);
    // Data with times of day: at least a day.
    expect(paddedDomain([0, 3_600_000], 0, DAY)).toEqual([1_800_000 - 0.53 * DAY, 1_800_000 + 0.53 * DAY]);
    expect(paddedDomain(null, Date.UTC(2026, 5, 1))).toEqual([
      Date.UTC(2027, 0, 1) - 3652.5 * DAY,
      Date.UTC(2027, 0, 1),
    ]);
  });
});

describe("narrowestWindow and a data set's timesOfDay (issue 11, items 2 and 4)", () => {
  it('is two days, an hour for data with times of day, and a 1e-11 share of a span as deep as the Big Bang', () => {
    expect(narrowestWindow([0, 200 * DAY], false)).toBe(2 * DAY);
    expect(narrowestWindow([0, 200 * DAY], true)).toBe(HOUR);
    const bigBang = -435485999767219200000;
    expect(narrowestWindow([bigBang, 0], false)).toBe(435485999767219200000 / 1e11);
    // About 50 days: the reader still zooms from the Big Bang to below a single year.
    expect(narrowestWindow([bigBang, 0], true) / DAY).toBeCloseTo(50.4, 1);
    expect(maxZoom([bigBang, 0], narrowestWindow([bigBang, 0], true))).toBeCloseTo(1e11, 0);
  });

  it('timesOfDay sees a minute or a second at either end of a date', async () => {
    const { checkDataset } = await import('../../src/data/check-dataset.js');
    const timesOfDay = (...dates: string[]) =>
      checkDataset({
        events: dates.map((date, i) => ({ id: `e${i}`, title: 'T', date, category: 'c', places: [] })),
        places: [],
      }).dataset.timesOfDay;
    expect(timesOfDay('2000-01-05', '2000/2001')).toBe(false);
    expect(timesOfDay('2000-01-05', '2000-01-05T06:45Z')).toBe(true);
    expect(timesOfDay('2000-01-04/2000-01-05T06:45:10')).toBe(true);
    expect(timesOfDay('2000-01-05T06:45Z', '1999')).toBe(true);
    expect(timesOfDay()).toBe(false);
  });

  it('baseScale is linear over milliseconds, so spans beyond Date place exactly', () => {
    const bigBang = -435485999767219200000;
    const scale = baseScale([bigBang, Date.UTC(2001, 0, 1)], [0, 1000]);
    expect(scale(bigBang)).toBe(0);
    expect(scale(Date.UTC(2001, 0, 1))).toBe(1000);
    expect(scale(bigBang / 2)).toBeCloseTo((1000 * -bigBang) / 2 / (Date.UTC(2001, 0, 1) - bigBang), 9);
  });
});

describe('atLeast', () => {
  it('widens a window narrower than the span about its middle, and keeps a wider one', async () => {
    const { atLeast } = await import('../../src/timeline/time-window.js');
    expect(atLeast({ start: 10 * DAY, end: 11 * DAY }, 2 * DAY)).toEqual({ start: 9.5 * DAY, end: 11.5 * DAY });
    const wide = { start: 0, end: 5 * DAY };
    expect(atLeast(wide, 2 * DAY)).toBe(wide);
  });
});

describe('animatable (deep time)', () => {
  it('animates zooms and pans of up to 1e4 window widths, and jumps over longer leaps', async () => {
    const { animatable } = await import('../../src/timeline/time-window-controller.js');
    const year = { start: 0, end: 365 * DAY };
    expect(animatable(year, { start: 0, end: 2 * 365 * DAY })).toBe(true);
    expect(animatable(year, { start: 9_000 * 365 * DAY, end: 9_001 * 365 * DAY })).toBe(true);
    expect(animatable(year, { start: -13.8e9 * 365 * DAY, end: -13.8e9 * 365 * DAY + 365 * DAY })).toBe(false);
    expect(animatable(year, { start: -13.8e9 * 365 * DAY, end: 365 * DAY })).toBe(false);
  });
});
