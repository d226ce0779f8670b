/**
 * Which places get a permanent label: greedily by priority, each label a box to the right of its marker, skipping
 * any label that would overlap one already placed or leave the view.
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
}

export interface LabelOptions {
  /** Gap between marker centre and label. */
  readonly gap?: number;
  /** View size; labels that would stick out are dropped. */
  readonly view?: { readonly width: number; readonly height: number };
  /** Marker boxes labels must not cover (half-size around each centre). */
  readonly markerRadius?: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Rough width of a 12px system-ui label, for picking before the text is measured. */
export function estimateLabelWidth(text: string, fontSize = 12): number {
  return Math.ceil(text.length * fontSize * 0.56) + 6;
}

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

const SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

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

/** The labelled places and which side of the marker each label goes on (right first, then left, top, bottom). */
export function pickLabels(candidates: readonly LabelCandidate[], options: LabelOptions = {}): Map<string, LabelSide> {
  const { gap = 11, view, markerRadius = 7 } = options;
  const order = candidates.slice().sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const markers: Box[] = candidates.map((c) => ({
    x0: c.x - markerRadius,
    y0: c.y - markerRadius,
    x1: c.x + markerRadius,
    y1: c.y + markerRadius,
  }));
  const placed: Box[] = [];
  const chosen = new Map<string, LabelSide>();
  for (const c of order) {
    for (const side of SIDES) {
      const box = boxAt(c, side, gap);
      if (view && (box.x0 < 0 || box.y0 < 0 || box.x1 > view.width || box.y1 > view.height)) continue;
      if (placed.some((other) => overlaps(box, other))) continue;
      if (!c.overMarkers && markers.some((m) => overlaps(box, m))) continue;
      placed.push(box);
      chosen.set(c.id, side);
      break;
    }
  }
  return chosen;
}
