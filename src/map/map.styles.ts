import { css } from 'lit';
import { darkTheme } from '../common/shared-styles.js';

/** The frame, basemap, links, zoom buttons, legend and messages; the markers' rules are in place-marker.styles.ts. */
export const styles = css`
  :host {
    --_sea: var(--relations-map-sea, #dde5ec);
    --_land: var(--relations-map-land, #f4f2ee);
    --_border: var(--relations-map-border, #c4c1ba);
    --_party-1: var(--relations-map-party-1, #0b6e8a);
    --_party-2: var(--relations-map-party-2, #b4452a);
    --_party-1-land: var(--relations-map-party-1-land, #f3dfc1);
    --_party-2-land: var(--relations-map-party-2-land, #f2d0c2);
    --_other: var(--relations-map-other, #55595f);
    --_highlight: var(--relations-map-highlight, #d97706);
    --_link: var(--relations-map-link, #6b6f76);
    --_ink: var(--relations-map-ink, #1f2328);
    --_muted: var(--relations-map-muted, #4b5058);
    --_halo: var(--relations-map-halo, #ffffff);
    --_panel: var(--relations-map-panel, rgba(255, 255, 255, 0.92));
    --_focus: var(--relations-map-focus, #1d4ed8);
    display: block;
    position: relative;
    height: var(--relations-map-height, 420px);
    min-height: 200px;
    font-family: var(--relations-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 12px;
    color: var(--_ink);
  }
  ${darkTheme(css`
    --_sea: var(--relations-map-sea, #1a2129);
    --_land: var(--relations-map-land, #2b3038);
    --_border: var(--relations-map-border, #4a505a);
    --_party-1: var(--relations-map-party-1, #5cc0dc);
    --_party-2: var(--relations-map-party-2, #f08a6c);
    --_party-1-land: var(--relations-map-party-1-land, #3b4a50);
    --_party-2-land: var(--relations-map-party-2-land, #4d3c38);
    --_other: var(--relations-map-other, #b9bec6);
    --_highlight: var(--relations-map-highlight, #fbbf24);
    --_link: var(--relations-map-link, #a6acb5);
    --_ink: var(--relations-map-ink, #eceff3);
    --_muted: var(--relations-map-muted, #c3c8cf);
    --_halo: var(--relations-map-halo, #14181d);
    --_panel: var(--relations-map-panel, rgba(24, 28, 34, 0.92));
    --_focus: var(--relations-map-focus, #93c5fd);
  `)}
  .frame {
    position: relative;
    width: 100%;
    height: 100%;
    container-type: size;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--_sea);
    font: inherit;
    outline: none;
  }
  /* The ring sits above Leaflet's panes, which would cover a box-shadow on the container itself. */
  .frame:has(.map:focus-visible)::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1000;
    box-shadow: inset 0 0 0 3px var(--_focus);
    pointer-events: none;
  }
  .leaflet-container {
    background: var(--_sea);
    font: inherit;
  }
  /* Basemap: parties warm, the rest quiet. CSS wins over Leaflet's presentation attributes. */
  .basemap {
    overflow: visible;
  }
  .country {
    vector-effect: non-scaling-stroke;
    stroke-width: 0.6px;
    stroke-linejoin: round;
    fill: var(--_land);
    fill-opacity: 1;
    stroke: var(--_border);
  }
  .country-party-1,
  .country-party-2 {
    stroke-width: 1px;
  }
  .country-party-1 {
    fill: var(--_party-1-land);
    stroke: color-mix(in srgb, var(--_party-1) 55%, var(--_border));
  }
  .country-party-2 {
    fill: var(--_party-2-land);
    stroke: color-mix(in srgb, var(--_party-2) 55%, var(--_border));
  }
  .twin-link {
    stroke: var(--_link);
    fill: none;
  }
  .twin-link.highlighted {
    stroke: var(--_highlight);
    stroke-width: 2.5;
    stroke-dasharray: 6 3;
  }
  .visit-arc {
    fill: none;
    stroke-linecap: round;
  }
  .arrow-icon svg {
    display: block;
  }
  .leaflet-marker-icon.arrow {
    background: none;
    border: none;
  }
  .place-tooltip {
    font: inherit;
    font-size: 12px;
    color: var(--_ink);
    background: var(--_panel);
    border-color: var(--_border);
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
    /* Leaflet's tooltips never wrap: a long name from the data would run across the page. */
    white-space: normal;
    width: max-content;
    max-width: 260px;
    max-height: 9em;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .tooltip-detail {
    color: var(--_muted);
  }
  .leaflet-tooltip-top.place-tooltip::before {
    border-top-color: var(--_panel);
  }
  .zoom {
    position: absolute;
    inset-inline-start: 8px;
    top: 8px;
    z-index: 800;
    display: flex;
    flex-direction: column;
    border: 1px solid color-mix(in srgb, var(--_border) 70%, transparent);
    border-radius: 3px;
    overflow: hidden;
  }
  .zoom button {
    width: 28px;
    height: 28px;
    padding: 0;
    border: none;
    background: var(--_panel);
    color: var(--_ink);
    font: 600 17px/1 var(--relations-font, system-ui, sans-serif);
    cursor: pointer;
  }
  .zoom button + button {
    border-top: 1px solid color-mix(in srgb, var(--_border) 70%, transparent);
  }
  .zoom button:hover {
    background: color-mix(in srgb, var(--_panel) 80%, var(--_border));
  }
  .legend {
    position: absolute;
    inset-inline-end: 8px;
    top: 8px;
    z-index: 800;
    padding: 6px 9px;
    background: var(--_panel);
    border: 1px solid color-mix(in srgb, var(--_border) 70%, transparent);
    border-radius: 3px;
    font-size: 11.5px;
    line-height: 18px;
    color: var(--_ink);
    pointer-events: none;
    max-width: min(calc(16 * var(--_rem, 16px)), 40%);
    overflow-wrap: anywhere;
  }
  .legend-row {
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
  }
  /* A country's name from the data ends in an ellipsis, the whole of it on hover. */
  .legend-text {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* On a narrow map a column beside the places would leave them no room: the legend becomes a strip at the foot. */
  @container (max-width: 520px) {
    .legend {
      top: auto;
      bottom: 8px;
      inset-inline-start: 8px;
      max-width: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0 10px;
    }
  }
  .legend-row .glyph {
    color: var(--_muted);
    flex: none;
  }
  .swatch {
    width: 14px;
    height: 10px;
    margin: 0 2px;
    border: 1px solid;
  }
  .swatch.party-1 {
    background: var(--_party-1-land);
    border-color: var(--_party-1);
  }
  .swatch.party-2 {
    background: var(--_party-2-land);
    border-color: var(--_party-2);
  }
  .dash {
    width: 18px;
    border-top: 1.5px dashed var(--_link);
  }
  /* A selected visit's arrow, in small (the count sample shares the badges' rule in place-marker.styles.ts). */
  .visit-sample {
    position: relative;
    width: 18px;
    border-top: 2px solid var(--_highlight);
  }
  .visit-sample::after {
    content: '';
    position: absolute;
    right: -1px;
    top: -5px;
    border: 4px solid transparent;
    border-left: 6px solid var(--_highlight);
  }
  /* The same bubble the canvas paints for a group. */
  .group {
    width: 16px;
    height: 16px;
    border-radius: 50%;
    background: var(--_party-1);
    box-shadow: 0 0 0 1.5px var(--_halo);
    color: #fff;
    font-size: 9px;
    font-weight: 700;
    line-height: 16px;
    text-align: center;
    margin: 1px;
  }
  .notice,
  .status {
    position: absolute;
    left: 50%;
    top: 8px;
    transform: translateX(-50%);
    z-index: 900;
    margin: 0;
    padding: 4px 10px;
    background: var(--_panel);
    border: 1px solid var(--_border);
    border-radius: 3px;
    color: var(--_ink);
    max-width: calc(100% - 120px);
  }
  .status.problem {
    top: auto;
    bottom: 8px;
    left: auto;
    inset-inline-start: 8px;
    transform: none;
    max-height: 60%;
    overflow: auto;
    overflow-wrap: anywhere;
  }
  .attribution {
    position: absolute;
    inset-inline-start: 8px;
    bottom: 4px;
    z-index: 800;
    margin: 0;
    padding: 0 4px;
    font-size: 10.5px;
    background: var(--_panel);
    color: var(--_muted);
  }
`;
