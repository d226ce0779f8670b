import * as L from './leaflet.js';

/** A cluster bubble or a lone dot to paint. */
export interface CanvasItem {
  readonly lat: number;
  readonly lng: number;
  /** Number of places; 1 paints a small dot. */
  readonly count: number;
  readonly clusterId?: number;
}

export interface ClusterCanvasColors {
  fill: string;
  halo: string;
  text: string;
  font: string;
}

/** Bubble radius in pixels for a cluster of `count` places. */
export function bubbleRadius(count: number): number {
  return count <= 1 ? 3.5 : Math.min(26, 11 + Math.log10(count) * 4.5);
}

/** Short count text: 1234 → "1.2k", 25000 → "25k". */
export function countText(count: number): string {
  return count >= 10000
    ? `${Math.round(count / 1000)}k`
    : count >= 1000
      ? `${(count / 1000).toFixed(1)}k`
      : String(count);
}

/**
 * Paints clusters (count bubbles) and dense single places on one canvas, redrawn after each move or zoom: a few
 * hundred circles cost well under a millisecond, where as many DOM markers would cost a layout each. Places drawn
 * individually as DOM markers are not painted here.
 */
export class ClusterCanvasLayer extends L.Layer {
  #canvas: HTMLCanvasElement | null = null;
  #items: readonly CanvasItem[] = [];
  #colors: ClusterCanvasColors;
  #frame = 0;

  constructor(colors: ClusterCanvasColors, options: { pane?: string } = {}) {
    super();
    // Leaflet's class constructor ignores ES-class arguments; set the pane the Leaflet way.
    L.Util.setOptions(this, options);
    this.#colors = colors;
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'relations-cluster-canvas leaflet-zoom-hide') as HTMLCanvasElement;
    canvas.setAttribute('aria-hidden', 'true');
    this.getPane()!.appendChild(canvas);
    this.#canvas = canvas;
    map.on('viewreset resize', this.redraw, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('viewreset resize', this.redraw, this);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#canvas?.remove();
    this.#canvas = null;
    return this;
  }

  setItems(items: readonly CanvasItem[]): void {
    this.#items = items;
    this.redraw();
  }

  setColors(colors: ClusterCanvasColors): void {
    this.#colors = colors;
    this.redraw();
  }

  /** The cluster or dot under a container point, if any. */
  itemAt(point: L.Point): CanvasItem | null {
    return this.#closest(point, (item) => bubbleRadius(item.count) + 3);
  }

  /** The painted item nearest to a container point, however far: what the keyboard reaches when nothing else is. */
  nearest(point: L.Point): CanvasItem | null {
    return this.#closest(point, () => Infinity);
  }

  #closest(point: L.Point, reach: (item: CanvasItem) => number): CanvasItem | null {
    const map = this._map;
    if (!map) return null;
    let best: CanvasItem | null = null;
    let bestDistance = Infinity;
    for (const item of this.#items) {
      const distance = map.latLngToContainerPoint([item.lat, item.lng]).distanceTo(point);
      if (distance <= reach(item) && distance < bestDistance) {
        best = item;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Paints the items in the next frame: a view change and new items often come together (viewreset, then the new
   * groups), and one paint serves both.
   */
  redraw(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#paint();
    });
  }

  #paint(): void {
    const map = this._map;
    const canvas = this.#canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const ratio = globalThis.devicePixelRatio || 1;
    if (canvas.width !== size.x * ratio || canvas.height !== size.y * ratio) {
      canvas.width = size.x * ratio;
      canvas.height = size.y * ratio;
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const context = canvas.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, size.x, size.y);
    const { fill, halo, text, font } = this.#colors;
    context.font = `600 11px ${font}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    // Dots first, bubbles on top.
    context.fillStyle = fill;
    context.strokeStyle = halo;
    context.lineWidth = 1;
    context.beginPath();
    for (const item of this.#items) {
      if (item.count > 1) continue;
      const p = map.latLngToContainerPoint([item.lat, item.lng]);
      if (p.x < -8 || p.y < -8 || p.x > size.x + 8 || p.y > size.y + 8) continue;
      context.moveTo(p.x + 3.5, p.y);
      context.arc(p.x, p.y, 3.5, 0, Math.PI * 2);
    }
    context.fill();
    context.stroke();
    // Bubbles in three batched passes (halo, disc, count) instead of three calls per bubble.
    const bubbles: [number, number, number, number][] = [];
    for (const item of this.#items) {
      if (item.count <= 1) continue;
      const p = map.latLngToContainerPoint([item.lat, item.lng]);
      const r = bubbleRadius(item.count);
      if (p.x < -r || p.y < -r || p.x > size.x + r || p.y > size.y + r) continue;
      bubbles.push([p.x, p.y, r, item.count]);
    }
    context.fillStyle = fill;
    context.globalAlpha = 0.25;
    context.beginPath();
    for (const [x, y, r] of bubbles) {
      context.moveTo(x + r + 3, y);
      context.arc(x, y, r + 3, 0, Math.PI * 2);
    }
    context.fill();
    context.globalAlpha = 0.9;
    context.beginPath();
    for (const [x, y, r] of bubbles) {
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, Math.PI * 2);
    }
    context.fill();
    context.globalAlpha = 1;
    context.fillStyle = text;
    for (const [x, y, , count] of bubbles) context.fillText(countText(count), x, y + 0.5);
  }
}
