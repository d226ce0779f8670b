import * as L from './leaflet.js';
import type * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';
import type { BasemapCountry } from './generated/basemap.js';
import { loadDetail, type BasemapModule } from './basemap.js';
import { copiesInView, scaleBox, type PixelBox } from './world-copies.js';

/** How far beyond the frame the shapes are drawn, as a share of its size, so a short pan shows no bare edge. */
const PADDING = 0.5;
const SVG_NS = 'http://www.w3.org/2000/svg';

interface Group {
  readonly element: SVGGElement;
  /** The zoom the group's path data is in pixels of. */
  readonly zoom: number;
  readonly copy: number;
}

/**
 * The bundled countries in one SVG the size of the frame (and a margin), whose pre-projected paths are only moved and
 * scaled, by one transform per group, after each zoom: never re-projected, never an SVG as wide as the world (at
 * zoom 10 the world is 262,144 pixels across). Zoomed out it draws the 1:110m world, once per copy of the world in
 * view; from `DETAIL_FROM_ZOOM` it fetches the 1:50m regions in view and draws them once all have come.
 */
export class BasemapLayer extends L.Layer {
  readonly #shapes: BasemapModule;
  readonly #color: (paths: Iterable<SVGPathElement>) => void;
  #svg: SVGSVGElement | null = null;
  /** Groups built so far, kept off the document while out of view: `world:copy` or `region:copy`. */
  readonly #groups = new Map<string, Group>();
  readonly #regions = new Map<number, readonly BasemapCountry[]>();
  #center: Leaflet.LatLng | null = null;
  #zoom = 0;

  constructor(shapes: BasemapModule, options: { pane: string; color: (paths: Iterable<SVGPathElement>) => void }) {
    super();
    L.Util.setOptions(this, { pane: options.pane });
    this.#shapes = shapes;
    this.#color = options.color;
  }

  /** Every path built, shown or not (for restyling when the parties change). */
  get paths(): SVGPathElement[] {
    return [...this.#groups.values()].flatMap((g) => [...g.element.querySelectorAll('path')]);
  }

  override onAdd(map: L.Map): this {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'basemap leaflet-zoom-animated');
    this.getPane()!.appendChild(svg);
    this.#svg = svg;
    this.#update(map);
    return this;
  }

  override onRemove(): this {
    this.#svg?.remove();
    this.#svg = null;
    this.#groups.clear();
    return this;
  }

  override getEvents(): Record<string, Leaflet.LeafletEventHandlerFn> {
    return {
      viewreset: () => this.#reset(),
      zoom: () => this._map && this.#transform(this._map.getCenter(), this._map.getZoom()),
      moveend: () => this._map && this.#update(this._map),
      zoomanim: (event: Leaflet.LeafletEvent) => {
        const { center, zoom } = event as Leaflet.ZoomAnimEvent;
        this.#transform(center, zoom);
      },
    };
  }

  #reset(): void {
    const map = this._map;
    if (!map) return;
    this.#update(map);
    this.#transform(this.#center!, this.#zoom);
  }

  /** Where the SVG stands during a zoom animation or pinch: Leaflet's own renderers do the same. */
  #transform(center: Leaflet.LatLng, zoom: number): void {
    const map = this._map;
    if (!map || !this.#svg || !this.#center) return;
    const scale = map.getZoomScale(zoom, this.#zoom);
    const origin = (map as unknown as { _getNewPixelOrigin(c: Leaflet.LatLng, z: number): L.Point })._getNewPixelOrigin(
      center,
      zoom,
    );
    const offset = map
      .getSize()
      .multiplyBy(0.5 + PADDING)
      .multiplyBy(-scale)
      .add(map.project(this.#center, zoom))
      .subtract(origin);
    L.DomUtil.setTransform(this.#svg as unknown as HTMLElement, offset, scale);
  }

  #update(map: L.Map): void {
    const svg = this.#svg;
    if (!svg) return;
    const frame = map.getSize();
    const min = map.containerPointToLayerPoint(frame.multiplyBy(-PADDING)).round();
    const size = frame.multiplyBy(1 + 2 * PADDING).round();
    svg.setAttribute('width', String(size.x));
    svg.setAttribute('height', String(size.y));
    svg.setAttribute('viewBox', `${min.x} ${min.y} ${size.x} ${size.y}`);
    L.DomUtil.setPosition(svg as unknown as HTMLElement, min);
    this.#center = map.getCenter();
    this.#zoom = map.getZoom();

    const zoom = this.#zoom;
    const origin = map.getPixelOrigin();
    const world = 256 * 2 ** zoom;
    // The drawn area in world pixels at this zoom; x runs past 0 and the world's width into the copies beside it.
    const view: PixelBox = [origin.x + min.x, origin.y + min.y, origin.x + min.x + size.x, origin.y + min.y + size.y];
    const wanted = new Map<string, () => Group>();
    const detail = zoom >= this.#shapes.DETAIL_FROM_ZOOM ? this.#detailInView(view, zoom, map) : null;
    if (detail) {
      for (const [index, copy] of detail) {
        wanted.set(`${index}:${copy}`, () => this.#group(this.#regions.get(index)!, this.#shapes.DETAIL_ZOOM, copy));
      }
    } else {
      const { countries, zoom: at, box } = this.#shapes.WORLD;
      for (const copy of copiesInView(scaleBox(box, 2 ** (zoom - at)), view, world)) {
        wanted.set(`world:${copy}`, () => this.#group(countries, at, copy));
      }
    }
    for (const [key, group] of this.#groups) if (!wanted.has(key)) group.element.remove();
    for (const [key, make] of wanted) {
      let group = this.#groups.get(key);
      if (!group) this.#groups.set(key, (group = make()));
      const scale = 2 ** (zoom - group.zoom);
      group.element.setAttribute(
        'transform',
        `translate(${group.copy * world - origin.x} ${-origin.y}) scale(${scale})`,
      );
      if (!group.element.isConnected) svg.append(group.element);
    }
  }

  /**
   * The detail regions (index, copy) in view once all of them have come; until then null (the world is drawn) and
   * the missing ones are fetched, each drawing the map again when it arrives.
   */
  #detailInView(view: PixelBox, zoom: number, map: L.Map): [number, number][] | null {
    const factor = 2 ** (zoom - this.#shapes.DETAIL_ZOOM);
    const world = 256 * 2 ** zoom;
    const inView: [number, number][] = [];
    let missing = false;
    this.#shapes.DETAIL_REGIONS.forEach((region, index) => {
      const copies = copiesInView(scaleBox(region.box, factor), view, world);
      for (const copy of copies) inView.push([index, copy]);
      if (copies.length === 0 || this.#regions.has(index)) return;
      missing = true;
      loadDetail(region).then(
        (countries) => {
          this.#regions.set(index, countries);
          if (this._map === map) this.#update(map);
        },
        // The world's shapes stay: coarser, but the map is whole. A later move asks again.
        () => {},
      );
    });
    return missing ? null : inView;
  }

  #group(countries: readonly BasemapCountry[], zoom: number, copy: number): Group {
    const element = document.createElementNS(SVG_NS, 'g');
    for (const country of countries) {
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('d', country.d);
      path.dataset.country = country.iso;
      element.append(path);
    }
    this.#color(element.querySelectorAll('path'));
    return { element, zoom, copy };
  }
}
