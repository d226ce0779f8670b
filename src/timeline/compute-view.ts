import type { LoadedEvent } from '../data/loaded.js';
import { binEvents, type Bins } from './density-bins.js';
import { visiblePositions, type EventIndex } from './event-index.js';
import { placeLabels } from './label-placement.js';
import { markId } from './mark-id.js';
import { packRows } from './row-packing.js';
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
  if (previous && Math.abs(previous.pxPerMs - pxPerMs) <= pxPerMs * 1e-9 && Math.abs((previous.time - start) * pxPerMs) <= 1e6) {
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
  const pxPerMs = plotWidth / (end - start);
  const toX = (time: number) => (time - start) * pxPerMs;
  const laneCount = Math.max(1, index.lanes.length);
  const laneHeight = lanesHeight / laneCount;
  const positions = visiblePositions(index, start, end);
  const laneCounts = new Int32Array(laneCount);
  for (let k = 0; k < positions.length; k++) laneCounts[index.laneOf[positions[k]]]++;
  const binned = binnedLanes(laneCounts, positions.length);
  const lanes: LaneView[] = index.lanes.map((lane, i) => ({
    id: lane.id,
    label: lane.label,
    top: i * laneHeight,
    height: laneHeight,
    binned: binned[i] === 1,
  }));
  const chosen = chosenPositions(input, positions, binned);
  const bins = binned.includes(1)
    ? binEvents(positions, index.starts, index.ends, index.laneOf, laneCount, { start, end, width: plotWidth }, BIN_PX, (lane) => binned[lane] === 1)
    : null;
  // Pixel extents per mark, then rows per lane, then labels.
  const maxRows = Math.max(1, Math.floor((laneHeight - 3) / ROW_H));
  const byLane: number[][] = lanes.map(() => []);
  const x0s = new Float64Array(chosen.length);
  const x1s = new Float64Array(chosen.length);
  const kinds: ('bar' | 'point')[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const p = chosen[k];
    const event = index.events[p];
    const a = Number.isFinite(index.starts[p]) ? toX(index.starts[p]) : -OPEN_OVERHANG;
    const b = Number.isFinite(index.ends[p]) ? toX(index.ends[p]) : plotWidth + OPEN_OVERHANG;
    const isPoint = event.when.kind === 'date' && event.when.from?.precision === 'day' && b - a < 2 * POINT_R;
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
  const marksByLane: Mark[][] = lanes.map(() => []);
  for (let lane = 0; lane < byLane.length; lane++) {
    const ks = byLane[lane];
    if (ks.length === 0) continue;
    // Packing goes by the left edge, so order the lane's marks by it (points may start before a bar's start).
    ks.sort((a, b) => x0s[a] - x0s[b]);
    const rows = packRows(
      ks.map((k) => Math.max(x0s[k], -OPEN_OVERHANG)),
      ks.map((k) => x1s[k]),
      maxRows,
    );
    const rowsUsed = Math.min(maxRows, Math.max(...rows) + 1);
    const blockTop = lanes[lane].top + (laneHeight - rowsUsed * ROW_H) / 2;
    const labels = placeLabels(
      ks.map((k, i) => ({ x0: x0s[k], x1: Math.min(x1s[k], plotWidth), row: rows[i], text: index.events[chosen[k]].title })),
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
  const anchor = panAnchor(input.anchor, start, pxPerMs);
  return {
    start,
    end,
    plotWidth,
    laneHeight,
    lanes,
    marks,
    marksByLane,
    bins,
    visibleCount: positions.length,
    anchor,
    offset: (anchor.time - start) * pxPerMs,
  };
}

/** The positions drawn one by one: every visible one in an unbinned lane, the focused one, and highlighted ones. */
function chosenPositions(input: ViewInput, positions: Int32Array, binned: Uint8Array): number[] {
  const { index, focus } = input;
  const chosen: number[] = [];
  if (binned.includes(1)) {
    const keep = new Set<number>();
    if (focus >= 0) keep.add(focus);
    let extra = 0;
    for (const id of input.highlighted) {
      const p = index.positionOf.get(id);
      if (p !== undefined && extra++ < 100) keep.add(p);
    }
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k];
      if (!binned[index.laneOf[p]] || keep.has(p)) chosen.push(p);
    }
  } else {
    for (let k = 0; k < positions.length; k++) chosen.push(positions[k]);
  }
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
