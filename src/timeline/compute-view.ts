import type { LoadedEvent } from '../data/loaded.js';
import type { Bins } from './density-bins.js';
import { countWindow, laneVisiblePositions, type EventIndex } from './event-index.js';
import { placeLabels } from './label-placement.js';
import { markId } from './mark-id.js';
import { packRows, rowsOverlap } from './row-packing.js';
import type { TimeWindow } from './time-window.js';

/**
 * The timeline's view model, computed from the index and the window alone (no DOM): which events are drawn one by
 * one and which lanes are binned, each mark's x extent (`scale(date)` in plot px), its row and its label.
 */

/** At most this many events are drawn one by one; above it, the densest lanes turn into bins with counts. */
export const MAX_MARKS = 400;
/** A lane with more visible events than this is binned when the whole view is over `MAX_MARKS`. */
export const LANE_MARK_LIMIT = 60;
export const BIN_PX = 28;
export const ROW_H = 10;
export const POINT_R = 3.5;
export const MIN_BAR = 3;
/** How far past the plot's edges an open start or end is drawn, px. */
const OPEN_OVERHANG = 12;

export interface Mark {
  readonly position: number;
  readonly event: LoadedEvent;
  readonly id: string;
  readonly domId: string;
  readonly kind: 'bar' | 'point';
  /** Plot x of the left and right edges, px. */
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  readonly label: string;
  readonly labelX: number;
}

export interface LaneView {
  readonly id: string;
  readonly label: string;
  readonly top: number;
  readonly height: number;
  readonly binned: boolean;
}

/**
 * Marks are drawn relative to an anchor time that stays put while the reader only pans, so a pan changes the
 * transform of one group instead of every mark's.
 */
export interface PanAnchor {
  readonly time: number;
  readonly pxPerMs: number;
}

export interface View {
  readonly start: number;
  readonly end: number;
  readonly plotWidth: number;
  readonly laneHeight: number;
  readonly lanes: readonly LaneView[];
  readonly marks: readonly Mark[];
  /** Per lane, the marks in it. */
  readonly marksByLane: readonly (readonly Mark[])[];
  readonly bins: Bins | null;
  readonly visibleCount: number;
  readonly anchor: PanAnchor;
  /** Plot x of the anchor: the marks group's translation. Each mark's own x is `x0 - offset`. */
  readonly offset: number;
}

export interface ViewInput {
  readonly index: EventIndex;
  readonly window: TimeWindow;
  readonly plotWidth: number;
  readonly lanesHeight: number;
  /** The keyboard-focused position (kept drawn even in a binned lane), or -1. */
  readonly focus: number;
  /** Highlighted event ids (kept drawn in binned lanes, up to 100). */
  readonly highlighted: ReadonlySet<string>;
  /** The previous view's anchor, kept while only panning. */
  readonly anchor: PanAnchor | null;
}

/** The anchor for a window: the previous one while the zoom is unchanged and it is near, else the window's start. */
export function panAnchor(previous: PanAnchor | null, start: number, pxPerMs: number): PanAnchor {
  if (
    previous &&
    Math.abs(previous.pxPerMs - pxPerMs) <= pxPerMs * 1e-9 &&
    Math.abs((previous.time - start) * pxPerMs) <= 1e6
  ) {
    return previous;
  }
  return { time: start, pxPerMs };
}

/** Which lanes are binned: none while the view is under `MAX_MARKS`, else the densest until the rest fit. */
export function binnedLanes(laneCounts: Int32Array, total: number): Uint8Array {
  const binned = new Uint8Array(laneCounts.length);
  if (total <= MAX_MARKS) return binned;
  const order = [...laneCounts.keys()].sort((a, b) => laneCounts[a] - laneCounts[b]);
  let drawn = 0;
  for (const lane of order) {
    if (laneCounts[lane] <= LANE_MARK_LIMIT && drawn + laneCounts[lane] <= MAX_MARKS) drawn += laneCounts[lane];
    else binned[lane] = 1;
  }
  return binned;
}

export function computeView(input: ViewInput): View | null {
  const { index, window, plotWidth, lanesHeight } = input;
  const { start, end } = window;
  if (!(end > start) || !(plotWidth > 0)) return null;
  const laneCount = Math.max(1, index.lanes.length);
  // Counted per lane and column in one pass; only the events drawn one by one are listed.
  const counted = countWindow(index, { start, end, width: plotWidth }, BIN_PX);
  const { laneCounts, total } = counted;
  const binned = binnedLanes(laneCounts, total);
  const chosen = () => chosenPositions(input, binned);
  // Equal lanes while every lane's marks fit in its rows; else the busy lanes grow, and bin when even that is short.
  let heights: Float64Array = new Float64Array(laneCount).fill(lanesHeight / laneCount);
  let drawn = chosen();
  let layout = layoutMarks(input, drawn, binned, heights);
  if (layout.overflowing.length > 0) {
    heights = growLanes(layoutMarks(input, drawn, binned, null).rowsNeeded, binned, lanesHeight);
    drawn = chosen();
    layout = layoutMarks(input, drawn, binned, heights);
  }
  let top = 0;
  const lanes: LaneView[] = index.lanes.map((lane, i) => {
    const view = { id: lane.id, label: lane.label, top, height: heights[i], binned: binned[i] === 1 };
    top += heights[i];
    return view;
  });
  const bins = binned.includes(1) ? binsOf(counted, binned) : null;
  const pxPerMs = plotWidth / (end - start);
  const anchor = panAnchor(input.anchor, start, pxPerMs);
  return {
    start,
    end,
    plotWidth,
    laneHeight: lanesHeight / laneCount,
    lanes,
    marks: layout.marks,
    marksByLane: layout.marksByLane,
    bins,
    visibleCount: total,
    anchor,
    offset: (anchor.time - start) * pxPerMs,
  };
}

/** The binned lanes' counts (the others' are zeroed), as `binEvents` gives them for those lanes. */
function binsOf(counted: ReturnType<typeof countWindow>, binned: Uint8Array): Bins {
  const { columns, counts } = counted;
  let max = 0;
  for (let lane = 0; lane < binned.length; lane++) {
    const row = counts.subarray(lane * columns, (lane + 1) * columns);
    if (!binned[lane]) row.fill(0);
    else for (let c = 0; c < columns; c++) if (row[c] > max) max = row[c];
  }
  return { lanes: binned.length, columns, binPx: BIN_PX, counts, max };
}

/** Room a lane needs beyond its rows, px. */
const LANE_PAD = 3;
/** Rows a binned lane's cells take. */
const BIN_ROWS = 2;

/**
 * Lane heights when equal lanes are too small: each lane gets the rows its marks need (`binned` lanes the rows of a
 * bin cell) and an equal share of what is left. While the rows needed exceed the height, the lane needing most is
 * binned (`binned` is updated).
 */
export function growLanes(rowsNeeded: ArrayLike<number>, binned: Uint8Array, lanesHeight: number): Float64Array {
  const count = binned.length;
  const need = Float64Array.from({ length: count }, (_, i) => (binned[i] ? BIN_ROWS : Math.max(1, rowsNeeded[i] ?? 1)));
  const total = () => need.reduce((sum, rows) => sum + rows * ROW_H + LANE_PAD, 0);
  while (total() > lanesHeight) {
    let widest = -1;
    for (let i = 0; i < count; i++)
      if (!binned[i] && need[i] > BIN_ROWS && (widest < 0 || need[i] > need[widest])) widest = i;
    if (widest < 0) break;
    binned[widest] = 1;
    need[widest] = BIN_ROWS;
  }
  const slack = Math.max(0, lanesHeight - total()) / count;
  return need.map((rows) => rows * ROW_H + LANE_PAD + slack);
}

interface MarkLayout {
  readonly marks: Mark[];
  readonly marksByLane: Mark[][];
  /** Unbinned lanes whose marks did not fit in their rows. */
  readonly overflowing: number[];
  /** Per lane, the rows its marks took. */
  readonly rowsNeeded: Int32Array;
}

/**
 * Each drawn mark's x extent (`scale(date)` in plot px), its row in its lane, and its label, for lanes of the given
 * heights (`null`: as many rows as the marks need, to learn how many that is).
 */
function layoutMarks(
  input: ViewInput,
  chosen: readonly number[],
  binned: Uint8Array,
  heights: Float64Array | null,
): MarkLayout {
  const { index, window, plotWidth } = input;
  const pxPerMs = plotWidth / (window.end - window.start);
  const toX = (time: number) => (time - window.start) * pxPerMs;
  const laneCount = Math.max(1, index.lanes.length);
  const tops = new Float64Array(laneCount);
  for (let i = 1; i < laneCount; i++) tops[i] = tops[i - 1] + (heights?.[i - 1] ?? 0);
  const rowsIn = (lane: number) =>
    heights ? Math.max(1, Math.floor((heights[lane] - LANE_PAD) / ROW_H)) : Number.MAX_SAFE_INTEGER;
  const byLane: number[][] = Array.from({ length: laneCount }, () => []);
  const x0s = new Float64Array(chosen.length);
  const x1s = new Float64Array(chosen.length);
  const kinds: ('bar' | 'point')[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const p = chosen[k];
    const event = index.events[p];
    const a = Number.isFinite(index.starts[p]) ? toX(index.starts[p]) : -OPEN_OVERHANG;
    const b = Number.isFinite(index.ends[p]) ? toX(index.ends[p]) : plotWidth + OPEN_OVERHANG;
    // A day, a minute or a second narrower than the dot is drawn as the dot at its middle; longer, at its extent.
    const precision = event.when.from?.precision;
    const isPoint = event.when.kind === 'date' && precision !== 'year' && precision !== 'month' && b - a < 2 * POINT_R;
    if (isPoint) {
      const middle = (a + b) / 2;
      x0s[k] = middle - POINT_R;
      x1s[k] = middle + POINT_R;
    } else {
      x0s[k] = a;
      x1s[k] = Math.max(b, a + MIN_BAR);
    }
    kinds.push(isPoint ? 'point' : 'bar');
    byLane[index.laneOf[p]]?.push(k);
  }
  const marks: Mark[] = new Array(chosen.length);
  const marksByLane: Mark[][] = byLane.map(() => []);
  const overflowing: number[] = [];
  const rowsNeeded = new Int32Array(laneCount);
  for (let lane = 0; lane < byLane.length; lane++) {
    const ks = byLane[lane];
    if (ks.length === 0) continue;
    // Packing goes by the left edge, so order the lane's marks by it (points may start before a bar's start).
    ks.sort((a, b) => x0s[a] - x0s[b]);
    const lefts = ks.map((k) => Math.max(x0s[k], -OPEN_OVERHANG));
    const rights = ks.map((k) => x1s[k]);
    const maxRows = rowsIn(lane);
    const rows = packRows(lefts, rights, maxRows);
    if (!binned[lane] && rowsOverlap(lefts, rights, rows)) overflowing.push(lane);
    const rowsUsed = Math.min(maxRows, Math.max(...rows) + 1);
    rowsNeeded[lane] = rowsUsed;
    // Measuring only (no heights yet): the rows are all that is wanted, not labels or marks.
    if (!heights) continue;
    const blockTop = tops[lane] + (heights[lane] - rowsUsed * ROW_H) / 2;
    const labels = placeLabels(
      ks.map((k, i) => ({
        x0: x0s[k],
        x1: Math.min(x1s[k], plotWidth),
        row: rows[i],
        text: index.events[chosen[k]].title,
      })),
      plotWidth,
    );
    ks.forEach((k, i) => {
      const p = chosen[k];
      const event = index.events[p];
      const mark: Mark = {
        position: p,
        event,
        id: event.id,
        domId: markId(event.id),
        kind: kinds[k],
        x0: x0s[k],
        x1: x1s[k],
        y: blockTop + rows[i] * ROW_H + ROW_H / 2,
        openStart: !Number.isFinite(index.starts[p]),
        openEnd: !Number.isFinite(index.ends[p]),
        label: labels[i].text,
        labelX: labels[i].x,
      };
      marks[k] = mark;
      marksByLane[lane].push(mark);
    });
  }
  return { marks, marksByLane, overflowing, rowsNeeded };
}

/**
 * The positions drawn one by one, ascending: every visible one in an unbinned lane, then (in binned lanes) the focused
 * one and up to 100 highlighted ones while visible; the focused one is added last even when it is not.
 */
function chosenPositions(input: ViewInput, binned: Uint8Array): number[] {
  const { index, focus, window } = input;
  const { start, end } = window;
  const chosen: number[] = [];
  for (let lane = 0; lane < binned.length; lane++) {
    if (!binned[lane] && lane < index.byLane.length) chosen.push(...laneVisiblePositions(index, lane, start, end));
  }
  if (binned.includes(1)) {
    const visibleInBinnedLane = (p: number) =>
      binned[index.laneOf[p]] === 1 && index.starts[p] < end && index.ends[p] > start;
    if (focus >= 0 && focus < index.events.length && visibleInBinnedLane(focus)) chosen.push(focus);
    let extra = 0;
    for (const id of input.highlighted) {
      if (extra >= 100) break;
      const p = index.positionOfId(id);
      if (p < 0) continue;
      extra++;
      if (p !== focus && visibleInBinnedLane(p)) chosen.push(p);
    }
  }
  chosen.sort((a, b) => a - b);
  // The keyboard-focused event keeps its mark (so aria-activedescendant resolves) even while it is panned to.
  if (focus >= 0 && focus < index.events.length && !chosen.includes(focus)) chosen.push(focus);
  return chosen;
}

/** An area path of event density over the whole span in a unit square, for the overview strip. */
export function densityPath(index: EventIndex, bounds: TimeWindow, columns = 160): string {
  if (index.events.length === 0) return '';
  const { start: d0, end: d1 } = bounds;
  const counts = new Uint32Array(columns);
  for (let i = 0; i < index.events.length; i++) {
    const a = Number.isFinite(index.starts[i]) ? index.starts[i] : index.ends[i];
    const b = Number.isFinite(index.ends[i]) ? index.ends[i] : index.starts[i];
    const column = Math.floor((((a + b) / 2 - d0) / (d1 - d0)) * columns);
    if (column >= 0 && column < columns) counts[column]++;
  }
  const max = Math.max(1, ...counts);
  let path = `M0,1`;
  for (let c = 0; c < columns; c++) {
    const y = 1 - Math.sqrt(counts[c] / max);
    path += `L${(c / columns).toFixed(4)},${y.toFixed(3)}L${((c + 1) / columns).toFixed(4)},${y.toFixed(3)}`;
  }
  return `${path}L1,1Z`;
}

/**
 * The one mark whose full title is drawn above the others: the one under the reader's pointer, else the keyboard's,
 * else the single selected event when its own label is cut.
 */
export function calloutMark(
  view: View | null,
  candidates: {
    readonly pointed: LoadedEvent | null;
    readonly focused: Mark | null;
    readonly selected: ReadonlySet<string>;
  },
): Mark | null {
  if (!view) return null;
  const pointed = candidates.pointed ? view.marks.find((m) => m.event === candidates.pointed) : undefined;
  if (pointed) return pointed;
  if (candidates.focused) return candidates.focused;
  if (candidates.selected.size !== 1) return null;
  const chosen = view.marks.find((m) => candidates.selected.has(m.id));
  return chosen && chosen.label !== chosen.event.title ? chosen : null;
}
