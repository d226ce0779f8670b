/**
 * Stacks marks of one lane into rows so they do not overlap: each mark (in left-to-right order) goes to the first
 * row whose last mark ended at least `gap` pixels before it. With every row taken, it goes to the row that frees
 * first, overlapping there (the lane has no more room).
 */
export function packRows(x0: ArrayLike<number>, x1: ArrayLike<number>, maxRows: number, gap = 2): Int32Array {
  const rows = new Int32Array(x0.length);
  const rowEnds: number[] = [];
  const limit = Math.max(1, Math.floor(maxRows));
  for (let i = 0; i < x0.length; i++) {
    let row = -1;
    for (let r = 0; r < rowEnds.length; r++) {
      if (rowEnds[r] + gap <= x0[i]) {
        row = r;
        break;
      }
    }
    if (row === -1) {
      if (rowEnds.length < limit) {
        row = rowEnds.length;
        rowEnds.push(-Infinity);
      } else {
        row = 0;
        for (let r = 1; r < rowEnds.length; r++) if (rowEnds[r] < rowEnds[row]) row = r;
      }
    }
    rows[i] = row;
    rowEnds[row] = Math.max(rowEnds[row], x1[i]);
  }
  return rows;
}

/** True when some mark shares a row with one it overlaps (the lane had fewer rows than it needs). */
export function rowsOverlap(x0: ArrayLike<number>, x1: ArrayLike<number>, rows: ArrayLike<number>, gap = 2): boolean {
  const rowEnds = new Map<number, number>();
  for (let i = 0; i < x0.length; i++) {
    const end = rowEnds.get(rows[i]);
    if (end !== undefined && end + gap > x0[i]) return true;
    rowEnds.set(rows[i], Math.max(end ?? -Infinity, x1[i]));
  }
  return false;
}
