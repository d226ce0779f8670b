import { defaultCategoryColor, type CategorySet } from '../common/palette.js';
import type { View } from './compute-view.js';

export interface BinPaint {
  readonly ratio: number;
  readonly height: number;
  readonly text: string;
  readonly font: string;
  colorOf(laneId: string): string;
}

/** Paints the view's bins (a cell per lane and bucket, shaded by count, with the count) on the dense canvas. */
export function paintBins(canvas: HTMLCanvasElement, view: View | null, paint: BinPaint): void {
  const { ratio } = paint;
  const width = Math.round((view?.plotWidth ?? 0) * ratio);
  const height = Math.round(paint.height * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  const bins = view?.bins;
  if (!view || !bins) return;
  context.scale(ratio, ratio);
  context.font = `600 10px ${paint.font}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (let lane = 0; lane < bins.lanes; lane++) {
    const laneView = view.lanes[lane];
    if (!laneView?.binned) continue;
    const color = paint.colorOf(laneView.id);
    const cellH = Math.min(18, laneView.height - 4);
    const y = laneView.top + (laneView.height - cellH) / 2;
    for (let c = 0; c < bins.columns; c++) {
      const count = bins.counts[lane * bins.columns + c];
      if (count === 0) continue;
      const strength = 0.18 + 0.72 * Math.sqrt(count / bins.max);
      const x = c * bins.binPx + 1;
      const w = Math.min(bins.binPx - 2, view.plotWidth - x);
      if (w <= 0) continue;
      context.globalAlpha = strength;
      context.fillStyle = color;
      context.fillRect(x, y, w, cellH);
      context.globalAlpha = 1;
      context.fillStyle = strength > 0.55 ? '#ffffff' : paint.text;
      context.fillText(
        count > 999 ? `${Math.round(count / 100) / 10}k` : String(count),
        x + w / 2,
        y + cellH / 2 + 0.5,
        w - 2,
      );
    }
  }
}

/** The bin under a plot point, with its lane's label and time span; `null` over an empty or unbinned cell. */
export function binAt(
  view: View | null,
  x: number,
  y: number,
): { count: number; lane: string; start: number; end: number } | null {
  const bins = view?.bins;
  if (!view || !bins) return null;
  const lane = view.lanes.findIndex((l) => y >= l.top && y < l.top + l.height);
  const column = Math.floor(x / bins.binPx);
  if (lane < 0 || lane >= bins.lanes || column < 0 || column >= bins.columns || !view.lanes[lane]?.binned) return null;
  const count = bins.counts[lane * bins.columns + column];
  if (!count) return null;
  const msPerPx = (view.end - view.start) / view.plotWidth;
  const start = view.start + column * bins.binPx * msPerPx;
  return { count, lane: view.lanes[lane].label, start, end: start + bins.binPx * msPerPx };
}

/** What the canvas needs from the element's computed style: category colours (cached), text colour and font. */
export function binPaintFor(
  element: Element,
  height: number,
  cache: Map<string, string>,
  set: CategorySet | null = null,
): BinPaint {
  const style = getComputedStyle(element);
  return {
    ratio: globalThis.devicePixelRatio || 1,
    height,
    // The resolved private properties, so a theme's colours and the page's font apply.
    text: style.getPropertyValue('--_text').trim() || '#1f2328',
    font: style.getPropertyValue('--_font').trim() || 'system-ui, sans-serif',
    colorOf: (category) => {
      let color = cache.get(category);
      if (!color) {
        const safe = category.replace(/[^A-Za-z0-9_-]/g, '_');
        color = style.getPropertyValue(`--relations-color-${safe}`).trim() || defaultCategoryColor(category, set);
        cache.set(category, color);
      }
      return color;
    },
  };
}
