import * as L from './leaflet.js';
import { pickLabels, type BadgePlacement, type Box } from './label-pick.js';
import { placeIcon } from './marker-icon.js';
import { labelPriority } from './marker-symbol.js';
import type { PlaceEntry } from './place-index.js';
import { describePlace } from './place-text.js';
import { spreadOffsets, type Offset } from './spread.js';

/** Markers closer than this (px) are spread apart. */
const SPREAD_DISTANCE = 18;
/** Highlighted and focused places win label space over any other. */
const EMPHASIS_PRIORITY = 5000;
const LABEL_HEIGHT = 16;
/** The label's CSS `max-width` (18em of 12 px) plus its halo: longer names end in an ellipsis. */
const LABEL_MAX_WIDTH = 219;
/** The badge box in place-marker.styles.ts (left 14px, top -9px in a 24 px icon centred on the place; 13 px tall). */
const BADGE: BadgePlacement = { dx: 2, dy: -21, height: 13 };
const BADGE_MIN_WIDTH = 16;

/** How a marker looks now; each flag is a boolean attribute on its element for the styles (and tests) to read. */
export interface MarkerLook {
  readonly highlighted: boolean;
  readonly hovered: boolean;
  readonly focused: boolean;
  readonly faded: boolean;
  readonly filtered: boolean;
}

export interface MarkerHandlers {
  onClick(entry: PlaceEntry): void;
  /** The pointer is over the place, or (null) left it. */
  onPointer(entry: PlaceEntry | null): void;
}

interface DrawnMarker {
  readonly marker: L.Marker;
  /** Pixel offset that keeps it apart from close neighbours at the current zoom. */
  offset: Offset;
}

/**
 * The places drawn as DOM markers, kept by entry and restyled (never redrawn) when the highlight changes; markers on
 * nearly the same spot are spread apart, and the most important get permanent labels that fit.
 */
export class PlaceMarkers {
  readonly #map: L.Map;
  readonly #handlers: MarkerHandlers;
  readonly #layer: L.LayerGroup;
  readonly #drawn = new Map<PlaceEntry, DrawnMarker>();

  readonly #lang: () => string;
  #measurer: CanvasRenderingContext2D | null = null;
  readonly #widths = new Map<string, number>();

  constructor(map: L.Map, handlers: MarkerHandlers, lang: () => string) {
    this.#map = map;
    this.#lang = lang;
    this.#handlers = handlers;
    this.#layer = L.layerGroup().addTo(map);
  }

  /** The entries drawn as markers now. */
  get entries(): IterableIterator<PlaceEntry> {
    return this.#drawn.keys();
  }

  has(entry: PlaceEntry): boolean {
    return this.#drawn.has(entry);
  }

  add(entry: PlaceEntry, look: MarkerLook): void {
    const parts = placeIcon(entry.symbol, entry.party, entry.name, entry.count);
    const marker = L.marker([entry.place.lat, entry.place.lon], {
      icon: L.divIcon({ html: parts.root, className: 'place', iconSize: [24, 24], iconAnchor: [12, 12] }),
      keyboard: false,
      riseOnHover: true,
      zIndexOffset: entry.symbol === 'capital' ? 500 : 0,
    });
    marker.on('click', () => this.#handlers.onClick(entry));
    marker.on('mouseover', () => this.#handlers.onPointer(entry));
    marker.on('mouseout', () => this.#handlers.onPointer(null));
    marker.addTo(this.#layer);
    const el = marker.getElement()!;
    el.dataset.placeId = entry.place.id;
    el.id = `place-${entry.index}`;
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', describePlace(entry, this.#lang()));
    this.#drawn.set(entry, { marker, offset: [0, 0] });
    this.restyle(entry, look);
  }

  remove(entry: PlaceEntry): void {
    this.#drawn.get(entry)?.marker.remove();
    this.#drawn.delete(entry);
  }

  clear(): void {
    this.#layer.clearLayers();
    this.#drawn.clear();
  }

  element(entry: PlaceEntry): HTMLElement | null {
    return this.#drawn.get(entry)?.marker.getElement() ?? null;
  }

  offset(entry: PlaceEntry): Offset {
    return this.#drawn.get(entry)?.offset ?? [0, 0];
  }

  /** Where the marker is drawn, in container pixels (its place's point plus its spread offset). */
  screenPoint(entry: PlaceEntry): { x: number; y: number } {
    const p = this.#map.latLngToContainerPoint([entry.place.lat, entry.place.lon]);
    const [dx, dy] = this.offset(entry);
    return { x: p.x + dx, y: p.y + dy };
  }

  restyle(entry: PlaceEntry, look: MarkerLook): void {
    const drawn = this.#drawn.get(entry);
    const el = drawn?.marker.getElement();
    if (!drawn || !el) return;
    el.toggleAttribute('data-highlighted', look.highlighted);
    el.toggleAttribute('data-hovered', look.hovered);
    el.toggleAttribute('data-focused', look.focused);
    el.toggleAttribute('data-faded', look.faded);
    el.toggleAttribute('data-filtered', look.filtered);
    const z = look.highlighted || look.focused ? 1000 : entry.symbol === 'capital' ? 500 : 0;
    if (drawn.marker.options.zIndexOffset !== z) drawn.marker.setZIndexOffset(z);
  }

  /** Sets one flag on every drawn marker: cheaper than a full restyle at hover rate. */
  toggleAll(attribute: 'data-hovered' | 'data-faded', on: (entry: PlaceEntry) => boolean): void {
    for (const [entry, drawn] of this.#drawn) drawn.marker.getElement()?.toggleAttribute(attribute, on(entry));
  }

  /** Measures text in the map's own font (the bold weight, so a highlighted label fits its box too). */
  #textWidth(font?: string): (text: string, weightAndSize: string) => number {
    const family = (font ?? getComputedStyle(this.#map.getContainer()).fontFamily) || 'sans-serif';
    this.#measurer ??= document.createElement('canvas').getContext('2d');
    const context = this.#measurer;
    return (text, weightAndSize) => {
      // Names do not change: each is measured once per font, not on every relabel (a pan, a zoom, a highlight).
      const key = `${weightAndSize} ${family}\u0000${text}`;
      let width = this.#widths.get(key);
      if (width === undefined) {
        if (!context) return Math.ceil(text.length * 7.5);
        context.font = `${weightAndSize} ${family}`;
        width = Math.ceil(context.measureText(text).width);
        this.#widths.set(key, width);
      }
      return width;
    };
  }

  /** Pixel offsets for markers on (nearly) the same spot at the current zoom. */
  spread(): void {
    const points = [...this.#drawn.keys()].map((entry) => {
      const p = this.#map.latLngToLayerPoint([entry.place.lat, entry.place.lon]);
      return { id: entry.place.id, x: p.x, y: p.y, priority: labelPriority(entry.symbol, entry.count) };
    });
    const offsets = spreadOffsets(points, SPREAD_DISTANCE);
    for (const [entry, drawn] of this.#drawn) {
      const [dx, dy] = offsets.get(entry.place.id) ?? [0, 0];
      const root = drawn.marker.getElement()?.firstElementChild as HTMLElement | null;
      if (!root) continue;
      const spread = dx !== 0 || dy !== 0;
      root.style.transform = spread ? `translate(${dx}px, ${dy}px)` : '';
      // A leg back to the true spot, so a spread venue is not read as standing somewhere else.
      root.toggleAttribute('data-spread', spread);
      root.style.setProperty('--_leg', spread ? `${Math.hypot(dx, dy)}px` : '');
      root.style.setProperty('--_leg-angle', spread ? `${Math.atan2(-dy, -dx)}rad` : '');
      drawn.offset = [dx, dy];
    }
  }

  /**
   * Permanent labels for the shown markers that fit in view, the emphasised and the important first, clear of every
   * badge and of `obstacles` (what is drawn over the map, in container pixels). `font`: the map's font family, when
   * the caller has read it (else it is read here, which after new markers computes their styles at once).
   */
  label(
    shown: (entry: PlaceEntry) => boolean,
    emphasised: (entry: PlaceEntry) => boolean,
    obstacles: readonly Box[] = [],
    rtl = false,
    font?: string,
  ): void {
    const size = this.#map.getSize();
    const entries = [...this.#drawn.keys()].filter(shown);
    const measure = this.#textWidth(font);
    const candidates = entries.map((entry) => ({
      id: entry.place.id,
      required: emphasised(entry),
      ...this.screenPoint(entry),
      width: Math.min(LABEL_MAX_WIDTH, measure(entry.name, '650 12px') + 6),
      height: LABEL_HEIGHT,
      priority: labelPriority(entry.symbol, entry.count) + (emphasised(entry) ? EMPHASIS_PRIORITY : 0),
      overMarkers: entry.symbol === 'capital',
      badgeWidth: entry.count > 0 ? Math.max(BADGE_MIN_WIDTH, measure(String(entry.count), '600 9.5px') + 6) : 0,
    }));
    const chosen = pickLabels(candidates, { view: { width: size.x, height: size.y }, badge: BADGE, obstacles, rtl });
    for (const entry of entries) {
      const el = this.element(entry);
      const side = chosen.get(entry.place.id);
      el?.toggleAttribute('data-labelled', !!side);
      if (el) el.dataset.labelSide = side ?? 'right';
    }
  }
}
