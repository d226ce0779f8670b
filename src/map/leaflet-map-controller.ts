import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as L from './leaflet.js';
import { defaultView, fitMaxZoom, legendRoom, type DegreeBounds, type LatLon, type PlaceSpread } from './fit-view.js';

export const reducedMotion = (): boolean =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

const FIT_PADDING = L.point(48, 48);
/** Zoom 2 shows the world 1,024 pixels wide: no closer than that unless the places need more of the world. */
const MIN_ZOOM = 2;
const WIDEST_ZOOM = 0.5;
/** Half a marker and a little air: a fitted place this far right of the zoom buttons is drawn clear of them. */
const CLEAR_OF_BUTTONS = 16;

export interface LeafletMapOptions {
  /** The element Leaflet takes over (rendered by the host). */
  container(): HTMLElement | null;
  /** The legend and the frame it sits in, so that fitted places stay clear of it. */
  legend(): { readonly legend: HTMLElement; readonly frame: HTMLElement } | null;
  /** The zoom buttons over the map's top-left corner: fitted places stay right of them. */
  zoomButtons(): HTMLElement | null;
  /** The places the default view shows (or their spread). */
  places(): readonly LatLon[] | PlaceSpread;
  /** The bounds of the parties' countries, once known, which the default view shows around few places. */
  partyBounds(): readonly DegreeBounds[];
  /** A map was created: add the layers. */
  onCreate(map: L.Map): void;
  /** The map was removed: drop the layers. */
  onRemove(): void;
  /** Whether a wheel turn zooms the map; when not, Leaflet never hears it and the page scrolls. */
  wheelZooms(event: WheelEvent): boolean;
  /** Whether one finger pans now (the reader engaged the map); else a one-finger swipe scrolls the page. */
  oneFingerPans(): boolean;
}

/**
 * The Leaflet map's life: created once the host has rendered its container (again after a reconnect), removed when
 * the host is disconnected, kept the container's size through a ResizeObserver, and fitted to places.
 */
export class LeafletMapController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LeafletMapOptions;
  #map: L.Map | null = null;
  #resizeObserver: ResizeObserver | null = null;
  /** Whether a view was fitted for the current places; until then a resize fits them again. */
  #viewSet = false;
  /** Where the last default fit left the map: while it is still there, the reader has not moved it. */
  #defaultAt: { lat: number; lng: number; zoom: number } | null = null;
  /** The view that fit was for, so that a refit to the same one (no parties' bounds to add) does nothing. */
  #defaultView: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LeafletMapOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get map(): L.Map | null {
    return this.#map;
  }

  hostConnected(): void {
    // After a reconnect the map is re-created once the host has updated.
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#map && this.#host.isConnected) this.#create();
  }

  hostDisconnected(): void {
    this.#destroy();
  }

  /** The places changed: the next fit (or resize) shows all of them. */
  resetView(): void {
    this.#viewSet = false;
  }

  /** Fits the default view once per set of places. */
  fitDefaultOnce(): void {
    if (!this.#viewSet) this.fitDefault();
  }

  /** Fits the default view again if the reader has not moved the map since it was fitted (the parties' bounds came). */
  refitIfUnmoved(): void {
    const map = this.#map;
    const at = this.#defaultAt;
    if (!map || !at) return;
    const centre = map.getCenter();
    if (centre.lat !== at.lat || centre.lng !== at.lng || map.getZoom() !== at.zoom) return;
    // Moving the map to where it is would still reset every layer (a viewreset) for nothing.
    if (JSON.stringify(this.#fittedView()) !== this.#defaultView) this.fitDefault();
  }

  #fittedView() {
    return defaultView(this.#options.places(), this.#options.partyBounds());
  }

  fitDefault(): void {
    const map = this.#map;
    if (!map || !this.#hasSize()) return;
    const view = this.#fittedView();
    if (view.kind === 'centre') {
      map.options.minZoom = MIN_ZOOM;
      map.setView(view.centre as [number, number], view.zoom, { animate: false });
    } else {
      const bounds = L.latLngBounds([view.south, view.west], [view.north, view.east]);
      const padding = this.#padding();
      // Places around the globe (Washington, Moscow, Vladivostok) need more of the world than zoom 2 shows in a
      // narrow frame: the map may then zoom out as far as the fit needs (down to half a zoom level), and no further.
      map.options.minZoom = WIDEST_ZOOM;
      const fits = map.getBoundsZoom(bounds, false, padding.paddingTopLeft.add(padding.paddingBottomRight));
      map.options.minZoom = Math.min(MIN_ZOOM, fits);
      map.fitBounds(bounds, { ...padding, animate: false, maxZoom: 8 });
    }
    this.#viewSet = true;
    const centre = map.getCenter();
    this.#defaultAt = { lat: centre.lat, lng: centre.lng, zoom: map.getZoom() };
    this.#defaultView = JSON.stringify(view);
  }

  /** Pans and zooms so the places are in view, no closer than `closest`. */
  fitTo(places: readonly LatLon[], animate: boolean, closest = 8): void {
    const map = this.#map;
    if (!map || !this.#hasSize() || places.length === 0) return;
    const bounds = L.latLngBounds(places.map((p) => L.latLng(p.lat, p.lon)));
    const maxZoom = fitMaxZoom(places.length, map.getZoom(), closest);
    if (animate && !reducedMotion()) map.flyToBounds(bounds, { ...this.#padding(), maxZoom, duration: 0.6 });
    else map.fitBounds(bounds, { ...this.#padding(), maxZoom, animate: false });
    this.#viewSet = true;
  }

  #create(): void {
    const container = this.#options.container();
    if (!container) return;
    const motion = !reducedMotion();
    const map = L.map(container, {
      // Our own zoom buttons: Leaflet's control sets its labels through innerHTML.
      zoomControl: false,
      attributionControl: false,
      keyboard: false,
      trackResize: false,
      worldCopyJump: false,
      minZoom: MIN_ZOOM,
      maxZoom: 16,
      zoomSnap: 0.25,
      zoomDelta: 1,
      fadeAnimation: motion,
      zoomAnimation: motion,
      markerZoomAnimation: motion,
    });
    this.#map = map;
    container.addEventListener('wheel', this.#onWheel, { capture: true });
    this.#host.addEventListener('focusin', this.#onEngagement);
    this.#host.addEventListener('focusout', this.#onEngagement);
    this.#gateTouch(map);
    // A provisional view makes the map "loaded", so layers attach at once; the data's own view follows when sized.
    map.setView([48, 30], 3, { animate: false });
    map.on('zoomend', () => finishZoomTransitions(container));
    this.#resizeObserver = new ResizeObserver(() => this.#onResize());
    this.#resizeObserver.observe(container);
    this.#viewSet = false;
    this.#options.onCreate(map);
  }

  #destroy(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    const map = this.#map;
    if (!map) return;
    this.#map = null;
    map.getContainer().removeEventListener('wheel', this.#onWheel, { capture: true });
    this.#host.removeEventListener('focusin', this.#onEngagement);
    this.#host.removeEventListener('focusout', this.#onEngagement);
    this.#options.onRemove();
    map.stop();
    // Leaflet finishes a zoom animation on a 250 ms timer that would touch the removed panes (Leaflet issue #6929).
    (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    map.remove();
    // Leaflet 1.9 leaves its scroll listener (and with it the removed map) on the container, which we reuse.
    L.DomEvent.off(map.getContainer(), 'scroll', (map as unknown as { _onScroll: () => void })._onScroll, map);
  }

  /**
   * On a touch screen, Leaflet's one-finger drag is on only while the map is engaged; off, Leaflet also drops its
   * `touch-action: none`, so a swipe scrolls the page. Two fingers (Leaflet's touch zoom) always pan and pinch.
   */
  #gateTouch(map: L.Map): void {
    const touchScreen = globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
    if (!touchScreen || this.#options.oneFingerPans()) map.dragging.enable();
    else map.dragging.disable();
  }

  #onEngagement = (): void => {
    // After focus has settled: `:focus-within` is not yet updated while focusout runs.
    queueMicrotask(() => this.#map && this.#gateTouch(this.#map));
  };

  /** Before Leaflet's own wheel listener, which would cancel the page's scrolling. */
  #onWheel = (event: WheelEvent): void => {
    if (!this.#options.wheelZooms(event)) event.stopPropagation();
  };

  #onResize(): void {
    const map = this.#map;
    if (!map || !this.#hasSize()) return;
    map.invalidateSize({ pan: false });
    this.fitDefaultOnce();
  }

  #hasSize(): boolean {
    const container = this.#options.container();
    return !!container && container.clientWidth > 0 && container.clientHeight > 0;
  }

  /** Room around fitted places, and beside (or, on a narrow map, above) the legend so it covers none of them. */
  #padding(): { paddingTopLeft: L.Point; paddingBottomRight: L.Point } {
    const top = FIT_PADDING.y;
    let [left, right, bottom] = [FIT_PADDING.x, FIT_PADDING.x, FIT_PADDING.y];
    const container = this.#options.container();
    const box = container?.getBoundingClientRect();
    // Which side an overlay is on: left to right the buttons are at the left and the legend at the right, mirrored
    // right to left; read from where they are drawn, not assumed.
    const onLeft = (el: HTMLElement) => !!box && el.getBoundingClientRect().left - box.left < box.width / 2;
    const buttons = this.#options.zoomButtons();
    if (box && buttons && buttons.offsetWidth > 0) {
      const r = buttons.getBoundingClientRect();
      if (onLeft(buttons)) left = Math.max(left, Math.ceil(r.right - box.left + CLEAR_OF_BUTTONS));
      else right = Math.max(right, Math.ceil(box.right - r.left + CLEAR_OF_BUTTONS));
    }
    const legend = this.#options.legend();
    if (legend) {
      const [besideX, belowY] = legendRoom(
        { width: legend.legend.offsetWidth, height: legend.legend.offsetHeight },
        legend.frame.offsetWidth,
      );
      bottom += belowY;
      if (onLeft(legend.legend) && !belowY) left += besideX;
      else right += besideX;
    }
    return { paddingTopLeft: L.point(left, top), paddingBottomRight: L.point(right, bottom) };
  }
}

/**
 * Leaflet ends a zoom on a 250 ms timer, which can fire before the 250 ms CSS transitions it started a frame later
 * have run out, and Chromium lets them run on after the class that set them is gone: finished here, every marker
 * stands on its place when zoomend is heard.
 */
function finishZoomTransitions(container: HTMLElement): void {
  for (const animation of container.getAnimations({ subtree: true })) {
    const target = (animation.effect as KeyframeEffect | null)?.target;
    if (animation instanceof CSSTransition && target?.classList.contains('leaflet-zoom-animated')) animation.finish();
  }
}
