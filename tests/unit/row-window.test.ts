import { describe, expect, it } from 'vitest';
import { MAX_SPACER_PX, rowAtOffset, rowSpace } from '../../src/atlas/row-window.js';

describe('the list window', () => {
  it('rows not drawn take their measured height until all of them would pass the cap', () => {
    expect(rowSpace(44, 100_000)).toBe(44);
    expect(rowSpace(44, MAX_SPACER_PX / 44)).toBe(44);
    expect(rowSpace(44, 1_000_000)).toBe(8);
    expect(1_000_000 * rowSpace(50, 1_000_000)).toBe(MAX_SPACER_PX);
  });

  it('the row at an offset: above the drawn rows, in them, below them, and clamped to the list', () => {
    const w = { first: 1000, drawn: 60, drawnHeight: 3000, space: 8, count: 1_000_000 };
    expect(rowAtOffset(0, w)).toBe(0);
    expect(rowAtOffset(8 * 500 + 3, w)).toBe(500);
    expect(rowAtOffset(8000, w)).toBe(1000);
    expect(rowAtOffset(8000 + 1500, w)).toBe(1030);
    expect(rowAtOffset(8000 + 3000, w)).toBe(1060);
    expect(rowAtOffset(8000 + 3000 + 8 * 10, w)).toBe(1070);
    expect(rowAtOffset(1e12, w)).toBe(999_999);
    expect(rowAtOffset(-5, w)).toBe(0);
  });
});
