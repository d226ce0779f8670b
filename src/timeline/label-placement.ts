/**
 * Event labels beside their marks without collisions. Each label wants to sit right of its mark, on the mark's row;
 * it gets the room up to the next mark on that row (or the plot's edge). A label that fits is shown whole, one with
 * room for a few characters is elided with "…", and one with less is hidden (hover and focus still show it).
 */

export interface LabelRequest {
  /** Left edge of the mark, px. */
  readonly x0: number;
  /** Right edge of the mark, px; the label starts `pad` after it. */
  readonly x1: number;
  readonly row: number;
  readonly text: string;
}

export interface PlacedLabel {
  /** The text to draw, possibly elided; `''` when hidden. */
  readonly text: string;
  readonly x: number;
}

/** A width estimate for 11–12 px sans-serif text; exact widths would need layout at every frame. */
export function estimateTextWidth(text: string, charWidth = 6.2): number {
  return text.length * charWidth;
}

/**
 * The text cut to fit, at a word boundary where one is in reach ("Diplomatic relations…", not "Diplomatic relations
 * est…"), or nothing: what is visible is then made of whole words of the accessible name, as WCAG 2.5.3 asks.
 */
export function elide(text: string, maxWidth: number, charWidth = 6.2): string {
  if (estimateTextWidth(text, charWidth) <= maxWidth) return text;
  const chars = Math.floor(maxWidth / charWidth) - 1;
  if (chars < 4) return '';
  const cut = text.slice(0, chars + 1);
  const space = cut.lastIndexOf(' ');
  // Without a whole word in reach the label is hidden (hover and focus show the title), never cut mid-word.
  if (space < 4) return '';
  return `${cut.slice(0, space).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** `requests` in left-to-right order of `x0`. */
export function placeLabels(
  requests: readonly LabelRequest[],
  plotWidth: number,
  options: { pad?: number; gap?: number; charWidth?: number } = {},
): PlacedLabel[] {
  const pad = options.pad ?? 4;
  const gap = options.gap ?? 6;
  const charWidth = options.charWidth ?? 6.2;
  // The next mark's left edge on the same row, found by walking backwards once.
  const nextX0 = new Float64Array(requests.length);
  const nextByRow = new Map<number, number>();
  for (let i = requests.length - 1; i >= 0; i--) {
    nextX0[i] = nextByRow.get(requests[i].row) ?? plotWidth;
    nextByRow.set(requests[i].row, requests[i].x0);
  }
  const occupiedUntil = new Map<number, number>();
  return requests.map((request, i) => {
    const x = Math.max(request.x1 + pad, occupiedUntil.get(request.row) ?? -Infinity);
    const room = Math.min(nextX0[i] - gap, plotWidth) - x;
    const text = room > 0 ? elide(request.text, room, charWidth) : '';
    occupiedUntil.set(
      request.row,
      Math.max(
        occupiedUntil.get(request.row) ?? -Infinity,
        request.x1,
        text ? x + estimateTextWidth(text, charWidth) + gap : -Infinity,
      ),
    );
    return { text, x };
  });
}
