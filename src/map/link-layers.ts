import * as L from './leaflet.js';
import type { LoadedDataset } from '../data/loaded.js';
import type { Selection } from '../data/selection.js';
import type { Place } from '../data/types.js';
import { categoryColor } from '../common/palette.js';
import { arcPoints, arrowAt } from './arc.js';
import { arrowIcon } from './marker-icon.js';
import { visitLegs } from './visit-legs.js';

/** Twinning links beyond this many would be a tangle, and slow: then none are drawn. */
export const MAX_DRAWN_LINKS = 1000;
const VISIT_BEND = 0.22;

/** The lines between places: dashed twinning links for the data set, and arrows for the visits selected now. */
export class LinkLayers {
  readonly #links: L.LayerGroup;
  readonly #visits: L.LayerGroup;
  /** Each drawn twinning link with its two places, so a selected place can light up its own. */
  #drawnLinks: { readonly from: string; readonly to: string; readonly line: L.Polyline }[] = [];

  constructor(map: L.Map) {
    map.createPane('relations-links').style.zIndex = '420';
    map.createPane('relations-arrows').style.zIndex = '590';
    this.#links = L.layerGroup().addTo(map);
    this.#visits = L.layerGroup().addTo(map);
  }

  drawLinks(data: LoadedDataset | null, placeById: (id: string) => Place | undefined): void {
    this.#links.clearLayers();
    this.#drawnLinks = [];
    if (!data || data.links.length > MAX_DRAWN_LINKS) return;
    data.links.forEach((link, i) => {
      const from = placeById(link.from);
      const to = placeById(link.to);
      if (!from || !to) return;
      // Different bends keep parallel links (three twinnings between the same two regions) apart.
      const line = L.polyline(arcPoints([from.lat, from.lon], [to.lat, to.lon], { bend: 0.06 + 0.06 * (i % 3) }), {
        pane: 'relations-links',
        className: 'twin-link',
        interactive: false,
        weight: 1.4,
        dashArray: '4 4',
      }).addTo(this.#links);
      this.#drawnLinks.push({ from: link.from, to: link.to, line });
    });
  }

  /** Lights up the twinning links of the highlighted places (a selected twin town shows whom it is twinned with). */
  highlightLinks(places: ReadonlySet<string>): void {
    for (const { from, to, line } of this.#drawnLinks) {
      line.getElement()?.classList.toggle('highlighted', places.has(from) || places.has(to));
    }
  }

  /** Visits of the selected events as arrows from origin to destination, leg by leg. */
  drawVisits(
    data: LoadedDataset | null,
    selection: Selection | null,
    placeById: (id: string) => Place | undefined,
  ): void {
    this.#visits.clearLayers();
    if (!data || !selection) return;
    for (const leg of visitLegs(data, selection, placeById)) {
      const a = [leg.from.lat, leg.from.lon] as const;
      const b = [leg.to.lat, leg.to.lon] as const;
      const color = categoryColor(leg.category, data);
      L.polyline(arcPoints(a, b, { bend: VISIT_BEND }), {
        pane: 'relations-links',
        className: 'visit-arc',
        interactive: false,
        weight: 2.2,
        color,
      }).addTo(this.#visits);
      // Short of the destination, so the place's own marker never hides it.
      const { at, angle } = arrowAt(a, b, 0.8, { bend: VISIT_BEND });
      const arrow = arrowIcon(angle);
      arrow.style.color = color;
      L.marker(at, {
        icon: L.divIcon({ html: arrow, className: 'arrow', iconSize: [14, 14], iconAnchor: [7, 7] }),
        pane: 'relations-arrows',
        interactive: false,
        keyboard: false,
      }).addTo(this.#visits);
    }
  }
}
