/**
 * The event list's window of drawn rows, as numbers: how much room the rows not drawn take, and which row lies at a
 * scroll offset. Pure.
 */

/**
 * The most room the rows not drawn take together. Browsers cap an element's height (Chromium near 33.5 million px,
 * Firefox near 17.9 million): a million rows at full height would pass it and the last rows could not be scrolled
 * to, so beyond this each row not drawn takes less room than a drawn one.
 */
export const MAX_SPACER_PX = 8_000_000;

/** The room one row not drawn takes: its measured height, or less when `count` rows would pass `MAX_SPACER_PX`. */
export function rowSpace(rowHeight: number, count: number): number {
  return count * rowHeight > MAX_SPACER_PX ? MAX_SPACER_PX / count : rowHeight;
}

export interface RowWindow {
  /** Index of the first drawn row. */
  readonly first: number;
  /** How many rows are drawn. */
  readonly drawn: number;
  /** The height the drawn rows take. */
  readonly drawnHeight: number;
  /** The room each row not drawn takes (`rowSpace`). */
  readonly space: number;
  /** How many rows there are. */
  readonly count: number;
}

/** The row at `offset` px from the top of the list's body: in the room above the drawn rows, in them, or below. */
export function rowAtOffset(offset: number, w: RowWindow): number {
  const above = w.first * w.space;
  let index: number;
  if (offset < above) index = Math.floor(offset / w.space);
  else if (offset < above + w.drawnHeight) index = w.first + Math.floor(((offset - above) / w.drawnHeight) * w.drawn);
  else index = w.first + w.drawn + Math.floor((offset - above - w.drawnHeight) / w.space);
  return Math.max(0, Math.min(w.count - 1, index));
}
