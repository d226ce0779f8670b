import { css } from 'lit';
import { darkTheme, sharedStyles, wheelHintStyles } from '../common/shared-styles.js';

export const styles = [
  sharedStyles,
  wheelHintStyles,
  css`
    :host {
      --_font: var(--relations-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      --_size: var(--relations-timeline-font-size, 12px);
      --_text: var(--relations-timeline-text, #1f2328);
      --_muted: var(--relations-timeline-muted, #596069);
      --_grid: var(--relations-timeline-grid, #e3e5e8);
      --_band: var(--relations-timeline-band, #f6f7f8);
      --_surface: var(--relations-timeline-surface, #ffffff);
      --_accent: var(--relations-timeline-accent, #b45309);
      --_focus: var(--relations-timeline-focus, #1d4ed8);
      --_series: var(--relations-timeline-series, #56606b);
      --_era: var(--relations-timeline-era, rgb(180 83 9 / 7%));
      --_era-text: var(--relations-timeline-era-text, #8a4a12);
      display: block;
      position: relative;
      height: var(--relations-timeline-height, 360px);
      min-height: 160px;
      font-family: var(--_font);
      font-size: var(--_size);
      color: var(--_text);
      contain: layout paint;
    }
    ${darkTheme(css`
      --_text: var(--relations-timeline-text, #e8eaed);
      --_muted: var(--relations-timeline-muted, #a9b0b8);
      --_grid: var(--relations-timeline-grid, #363b42);
      --_band: var(--relations-timeline-band, #1d2126);
      --_surface: var(--relations-timeline-surface, #16191d);
      --_accent: var(--relations-timeline-accent, #f59e0b);
      --_focus: var(--relations-timeline-focus, #7aa7ff);
      --_series: var(--relations-timeline-series, #9aa3ad);
      --_era: var(--relations-timeline-era, rgb(245 158 11 / 9%));
      --_era-text: var(--relations-timeline-era-text, #f0b45a);
    `)}
    .frame {
      position: relative;
      width: 100%;
      height: 100%;
      overflow: hidden;
      background: var(--_surface);
      user-select: none;
      -webkit-user-select: none;
    }
    .stage {
      position: relative;
      width: 100%;
      cursor: grab;
      /* A vertical swipe scrolls the page; sideways swipes and pinches are the timeline's. */
      touch-action: pan-y;
    }
    .stage:active {
      cursor: grabbing;
    }
    svg {
      display: block;
      overflow: visible;
    }
    svg text {
      font-family: var(--_font);
    }
    /* Right to left, the layout mirrors but time still runs left to right: the axis, marks and strips stay LTR. */
    .axis,
    .eras,
    .series-plot,
    .plot,
    .overview {
      direction: ltr;
    }
    .under {
      position: absolute;
      left: 0;
      top: 0;
      pointer-events: none;
    }
    .band {
      fill: var(--_band);
    }
    .era-band {
      fill: var(--_era);
    }
    .era-edge {
      stroke: var(--_era-text);
      stroke-opacity: 0.35;
      stroke-width: 1;
      shape-rendering: crispEdges;
    }
    .era-label {
      fill: var(--_era-text);
      font-size: 11px;
      font-style: italic;
    }
    .lane-name {
      /* Above the pointer-transparent layer, so a cut name's title shows on hover. */
      pointer-events: auto;
      fill: var(--_text);
      font-size: 11.5px;
      dominant-baseline: central;
    }
    .axis-line {
      stroke: var(--_muted);
      stroke-width: 1;
    }
    .grid {
      stroke: var(--_grid);
      stroke-width: 1;
      shape-rendering: crispEdges;
    }
    .tick-label {
      fill: var(--_muted);
      font-size: 11px;
      font-variant-numeric: tabular-nums;
    }
    canvas.dense {
      position: absolute;
      pointer-events: none;
    }
    .plot {
      position: absolute;
      outline: none;
    }
    .plot:focus-visible {
      box-shadow: inset 0 0 0 2px var(--_focus);
      border-radius: 2px;
    }
    .marks {
      overflow: hidden;
    }
    .mark {
      cursor: pointer;
    }
    .mark .shape {
      fill: var(--c);
      stroke: var(--_surface);
      stroke-width: 1;
    }
    .mark.uncertain .shape {
      fill-opacity: 0.35;
      stroke: var(--c);
      stroke-width: 1.25;
      stroke-dasharray: 3 2;
    }
    .mark.approximate .shape {
      fill-opacity: 0.45;
      stroke: var(--c);
      stroke-width: 1.25;
      stroke-dasharray: 1 2;
    }
    .mark .arrow {
      fill: var(--c);
    }
    .mark .label {
      fill: var(--_text);
      font-size: 11px;
      dominant-baseline: central;
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .plot.has-highlight .mark:not([data-highlighted]):not(.hovered):not(.focused) {
      opacity: 0.3;
    }
    .mark[data-highlighted] .shape {
      stroke: var(--_accent);
      stroke-width: 2;
    }
    .mark[aria-selected='true'] .shape {
      stroke: var(--_text);
      stroke-width: 2.5;
    }
    .mark.hovered .shape {
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    .callout {
      pointer-events: none;
    }
    .callout-halo {
      fill: var(--_surface);
      stroke: var(--_grid);
      stroke-width: 1;
      filter: drop-shadow(0 1px 2px rgb(0 0 0 / 0.18));
    }
    .callout-text {
      fill: var(--_text);
      font-size: 11px;
      font-weight: 600;
      dominant-baseline: central;
    }
    .plot.keyboard:focus .mark.focused .shape {
      stroke: var(--_focus);
      stroke-width: 3;
    }
    .series-rule {
      stroke: var(--_grid);
    }
    .series-name {
      fill: var(--_text);
      font-size: 11.5px;
    }
    .series-unit {
      fill: var(--_muted);
      font-size: 10.5px;
    }
    .series-base {
      stroke: var(--_muted);
    }
    .series-bar {
      fill: var(--_series);
    }
    .series-value {
      fill: var(--_muted);
      font-size: 10px;
      text-anchor: middle;
      font-variant-numeric: tabular-nums;
    }
    .overview-row {
      position: relative;
      height: 30px;
      border-top: 1px solid var(--_grid);
    }
    .overview-name {
      position: absolute;
      inset-inline-start: 12px;
      top: 8px;
      font-size: 10.5px;
      color: var(--_muted);
    }
    .overview {
      position: absolute;
      top: 3px;
      cursor: ew-resize;
      touch-action: none;
    }
    .density {
      fill: var(--_muted);
      opacity: 0.35;
    }
    .overview-tick {
      fill: var(--_muted);
      font-size: 10px;
    }
    .brush {
      fill: color-mix(in srgb, var(--_focus) 12%, transparent);
      stroke: var(--_focus);
      stroke-width: 1;
    }
    .toolbar {
      position: absolute;
      inset-inline-start: 8px;
      top: 2px;
      display: flex;
      gap: 2px;
    }
    .toolbar button {
      font: inherit;
      font-size: 12px;
      line-height: 1;
      min-width: 22px;
      height: 20px;
      padding: 0 5px;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_grid);
      border-radius: 3px;
      cursor: pointer;
    }
    .toolbar button:hover,
    .key summary:hover {
      border-color: var(--_muted);
    }
    .key summary {
      list-style: none;
      font-size: 12px;
      line-height: 18px;
      height: 20px;
      box-sizing: border-box;
      padding: 0 6px;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_grid);
      border-radius: 3px;
      cursor: pointer;
    }
    .key summary::-webkit-details-marker {
      display: none;
    }
    .key-list {
      position: absolute;
      z-index: 12;
      margin: 4px 0 0;
      padding: 6px 10px;
      min-width: 270px;
      list-style: none;
      background: var(--_surface);
      border: 1px solid var(--_grid);
      border-radius: 4px;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.14);
      font-size: 12px;
    }
    .key-list li {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 2px 0;
    }
    .key-glyph {
      flex: none;
      --c: var(--_muted);
    }
    .key-bin {
      fill: var(--_muted);
      opacity: 0.55;
    }
    .key-bin-count {
      fill: #ffffff;
      font-size: 9px;
      font-weight: 600;
      text-anchor: middle;
      dominant-baseline: central;
    }
    .tooltip {
      position: absolute;
      z-index: 10;
      max-width: 260px;
      padding: 6px 8px;
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_grid);
      border-radius: 4px;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
      pointer-events: none;
      font-size: 12px;
      line-height: 1.35;
    }
    .tip-title {
      font-weight: 600;
    }
    .tip-line {
      color: var(--_muted);
    }
    .status {
      position: absolute;
      left: 50%;
      top: 40%;
      transform: translateX(-50%);
      margin: 0;
      padding: 4px 10px;
      background: var(--_surface);
      border: 1px solid var(--_grid);
      border-radius: 3px;
      color: var(--_text);
    }
    .status.problem {
      top: auto;
      bottom: 34px;
      left: auto;
      inset-inline-end: 8px;
      transform: none;
      max-width: 60%;
      max-height: 60%;
      overflow: auto;
      z-index: 5;
    }
    .status ul {
      margin: 4px 0 0;
      padding-inline-start: 18px;
    }
  `,
];
