/**
 * Which places get a permanent label: greedily by priority, each label a box beside its marker, skipping any side
 * where it would overlap a label already placed, a count badge, a control drawn over the map, or leave the view.
 */

export interface LabelCandidate {
  readonly id: string;
  /** Marker centre in pixels. */
  readonly x: number;
  readonly y: number;
  /** Label size in pixels. */
  readonly width: number;
  readonly height: number;
  readonly priority: number;
  /** May cover other markers (a capital's name matters more than its neighbours' glyphs). */
  readonly overMarkers?: boolean;
  /** Shown whatever the room (a highlighted or focused place): on the least covered side when no side is free. */
  readonly required?: boolean;
  /** Width of the marker's count badge; absent or 0 when it has none. */
  readonly badgeWidth?: number;
}

/** Where a count badge sits, relative to its marker's centre: its left and top edge and its height. */
export interface BadgePlacement {
  readonly dx: number;
  readonly dy: number;
  readonly height: number;
}

export interface LabelOptions {
  /** Gap between marker centre and label. */
  readonly gap?: number;
  /** View size; labels that would stick out are dropped. */
  readonly view?: { readonly width: number; readonly height: number };
  /** Marker boxes labels must not cover (half-size around each centre). */
  readonly markerRadius?: number;
  /** Where badges sit; no label covers any marker's badge (shown or shown later on hover). */
  readonly badge?: BadgePlacement;
  /** Right to left: a label tries the left of its marker first. */
  readonly rtl?: boolean;
  /** What is drawn over the map (zoom buttons, legend), in the same pixels: labels never go under it. */
  readonly obstacles?: readonly Box[];
}

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Boxes that only touch (within half a pixel, what rounding of fractional positions leaves) do not overlap. */
const TOUCH = 0.5;
const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 - TOUCH && b.x0 < a.x1 - TOUCH && a.y0 < b.y1 - TOUCH && b.y0 < a.y1 - TOUCH;

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

const SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];
const SIDES_RTL: readonly LabelSide[] = ['left', 'right', 'top', 'bottom'];

function boxAt(c: LabelCandidate, side: LabelSide, gap: number): Box {
  switch (side) {
    case 'right':
      return { x0: c.x + gap, y0: c.y - c.height / 2, x1: c.x + gap + c.width, y1: c.y + c.height / 2 };
    case 'left':
      return { x0: c.x - gap - c.width, y0: c.y - c.height / 2, x1: c.x - gap, y1: c.y + c.height / 2 };
    case 'top':
      return { x0: c.x - c.width / 2, y0: c.y - gap - c.height, x1: c.x + c.width / 2, y1: c.y - gap };
    case 'bottom':
      return { x0: c.x - c.width / 2, y0: c.y + gap, x1: c.x + c.width / 2, y1: c.y + gap + c.height };
  }
}

/** The labelled places and which side of the marker each label goes on (right first, or left right to left; then top, bottom). */
export function pickLabels(candidates: readonly LabelCandidate[], options: LabelOptions = {}): Map<string, LabelSide> {
  const { gap = 11, view, markerRadius = 7, badge, obstacles = [], rtl = false } = options;
  const sides = rtl ? SIDES_RTL : SIDES;
  const order = candidates.slice().sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const markers: Box[] = candidates.map((c) => ({
    x0: c.x - markerRadius,
    y0: c.y - markerRadius,
    x1: c.x + markerRadius,
    y1: c.y + markerRadius,
  }));
  const badges: Box[] = [];
  if (badge) {
    for (const c of candidates) {
      if (!c.badgeWidth) continue;
      const x0 = c.x + badge.dx;
      const y0 = c.y + badge.dy;
      badges.push({ x0, y0, x1: x0 + c.badgeWidth, y1: y0 + badge.height });
    }
  }
  const placed: Box[] = [];
  const inView = (box: Box) => !view || (box.x0 >= 0 && box.y0 >= 0 && box.x1 <= view.width && box.y1 <= view.height);
  const clear = (box: Box, others: readonly Box[]) => !others.some((other) => overlaps(box, other));
  const chosen = new Map<string, LabelSide>();
  for (const c of order) {
    // How much a side must keep clear: everything; else (a required label) the controls and badges; else the controls.
    const fits = (side: LabelSide, level: 0 | 1 | 2) => {
      const box = boxAt(c, side, gap);
      if (!inView(box) || !clear(box, obstacles)) return false;
      if (level === 2) return true;
      if (!clear(box, badges)) return false;
      return level === 1 || (clear(box, placed) && (c.overMarkers || clear(box, markers)));
    };
    const side =
      sides.find((s) => fits(s, 0)) ??
      (c.required ? (sides.find((s) => fits(s, 1)) ?? sides.find((s) => fits(s, 2)) ?? sides[0]) : null);
    if (!side) continue;
    placed.push(boxAt(c, side, gap));
    chosen.set(c.id, side);
  }
  return chosen;
}
