import type * as L from './leaflet.js';
import type { CanvasItem } from './cluster-canvas-layer.js';
import { reducedMotion } from './leaflet-map-controller.js';
import { mapKeyAction, neighbourInDirection, type ScreenPlace } from './map-keymap.js';
import { byImportance, type PlaceEntry } from './place-index.js';
import { describePlace, zoomedInOn } from './place-text.js';

/** How far (px) an arrow pans when no place lies that way. */
const PAN_STEP = 80;

export interface MapKeyboardHost {
  map(): L.Map | null;
  /** The drawn places the filter leaves. */
  focusable(): readonly PlaceEntry[];
  isDrawn(entry: PlaceEntry): boolean;
  screenPoint(entry: PlaceEntry): { x: number; y: number };
  placeById(id: string): PlaceEntry | undefined;
  /** The focus moved: restyle both places, show the tooltip, relabel. */
  onFocus(previous: PlaceEntry | null, next: PlaceEntry | null): void;
  select(entry: PlaceEntry | null): void;
  hover(entry: PlaceEntry | null): void;
  hasSelection(): boolean;
  /** The group nearest the centre of the view, when places are grouped. */
  groupInView(): CanvasItem | null;
  openGroup(group: CanvasItem): void;
  announce(text: string): void;
  lang(): string;
  fitAll(): void;
}

/**
 * The map as one tab stop: the keys of map-keymap.ts move a virtual focus between the drawn places (the container
 * keeps the real focus and names the place through aria-activedescendant), select, zoom and clear.
 */
export class MapKeyboard {
  readonly #host: MapKeyboardHost;
  #focused: PlaceEntry | null = null;

  constructor(host: MapKeyboardHost) {
    this.#host = host;
  }

  get focused(): PlaceEntry | null {
    return this.#focused;
  }

  /** Forgets the focus (the places were indexed again). */
  reset(): void {
    this.#focused = null;
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const map = this.#host.map();
    const action = mapKeyAction(event);
    if (!map || !action) return;
    const current = this.#focused;
    switch (action.kind) {
      case 'move':
        event.preventDefault();
        this.#move(map, action.dx, action.dy);
        break;
      case 'activate':
        this.#activate(event);
        break;
      case 'zoom':
        event.preventDefault();
        if (action.by > 0) map.zoomIn(1, { animate: !reducedMotion() });
        else map.zoomOut(1, { animate: !reducedMotion() });
        break;
      case 'clear':
        if (!this.#host.hasSelection() && !current) return;
        event.preventDefault();
        this.#focus(null);
        this.#host.hover(null);
        this.#host.select(null);
        break;
      case 'fit-all':
        event.preventDefault();
        this.#host.fitAll();
        break;
    }
  };

  readonly onBlur = (): void => {
    if (!this.#focused) return;
    this.#focus(null);
    this.#host.hover(null);
  };

  #move(map: L.Map, dx: -1 | 0 | 1, dy: -1 | 0 | 1): void {
    const pan = (): void => void map.panBy([dx * PAN_STEP, dy * PAN_STEP], { animate: !reducedMotion() });
    const places = this.#host.focusable();
    // Only groups in view: the arrows pan, and Enter opens the group nearest the centre.
    if (places.length === 0) return pan();
    const current = this.#focused;
    if (!current || !this.#host.isDrawn(current)) return this.#focus([...places].sort(byImportance)[0]);
    const next = neighbourInDirection(
      this.#screenPlace(current),
      places.map((entry) => this.#screenPlace(entry)),
      dx,
      dy,
    );
    const entry = next === null ? undefined : this.#host.placeById(next);
    if (entry) this.#focus(entry);
    else pan();
  }

  #activate(event: KeyboardEvent): void {
    if (this.#focused) {
      event.preventDefault();
      this.#host.select(this.#focused);
      return;
    }
    // With places to focus, Enter waits for one; with only groups in view, it opens the one nearest the centre.
    if (this.#host.focusable().length > 0) return;
    const group = this.#host.groupInView();
    if (!group) return;
    event.preventDefault();
    this.#host.announce(zoomedInOn(group.count, this.#host.lang()));
    this.#host.openGroup(group);
  }

  #focus(entry: PlaceEntry | null): void {
    const previous = this.#focused;
    this.#focused = entry;
    this.#host.onFocus(previous, entry);
    if (!entry) return;
    const map = this.#host.map();
    if (map && !map.getBounds().pad(-0.05).contains([entry.place.lat, entry.place.lon])) {
      map.panTo([entry.place.lat, entry.place.lon], { animate: !reducedMotion() });
    }
    this.#host.announce(describePlace(entry, this.#host.lang()));
    this.#host.hover(entry);
  }

  #screenPlace(entry: PlaceEntry): ScreenPlace {
    return { id: entry.place.id, ...this.#host.screenPoint(entry) };
  }
}
