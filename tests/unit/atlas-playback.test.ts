import { describe, expect, it } from 'vitest';
import { playbackWindow } from '../../src/atlas/playback-controller.js';

const YEAR = 365.25 * 86_400_000;
const Y = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);

describe('playbackWindow', () => {
  it('a year either side of a short event', () => {
    expect(playbackWindow(Y(2006, 6, 8), Y(2006, 6, 10))).toEqual({
      start: Y(2006, 6, 8) - YEAR,
      end: Y(2006, 6, 10) + YEAR,
    });
    expect(playbackWindow(Y(2001), Y(2005))).toEqual({ start: Y(2001) - YEAR, end: Y(2005) + YEAR });
  });

  it('the start of a long or open event, not its whole span', () => {
    expect(playbackWindow(Y(1988), Y(2003))).toEqual({ start: Y(1988) - YEAR, end: Y(1988) + 4 * YEAR });
    expect(playbackWindow(Y(1988), Infinity)).toEqual({ start: Y(1988) - YEAR, end: Y(1988) + 4 * YEAR });
    expect(playbackWindow(-Infinity, Y(2000))).toEqual({ start: Y(2000) - 4 * YEAR, end: Y(2000) + YEAR });
    expect(playbackWindow(-Infinity, Infinity)).toBeNull();
  });
});
