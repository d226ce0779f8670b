import { OVERVIEW_H } from './render-overview.js';

/** Where the timeline's parts go for a size: label column, plot, axis row, lanes, series track, overview strip. */

export const AXIS_H = 26;
export const SERIES_H = 56;
/** Room right of the plot, for the last tick label. */
export const RIGHT = 14;

export interface TimelineLayout {
  readonly labelWidth: number;
  readonly plotWidth: number;
  readonly stageHeight: number;
  readonly lanesHeight: number;
  readonly seriesTop: number;
  /** 0 without a series. */
  readonly seriesHeight: number;
}

export function labelWidthFor(width: number): number {
  return width < 520 ? 96 : 158;
}

export function plotWidthFor(width: number): number {
  return Math.max(40, width - labelWidthFor(width) - RIGHT);
}

/**
 * Where the lane names' column is: left of the plot, or (right to left) right of it; time still runs left to right.
 * `nameX` anchors the names at the column's start edge, `swatchX` is the lane colour's tick next to the plot.
 */
export interface Gutter {
  readonly plotLeft: number;
  readonly nameX: number;
  readonly swatchX: number;
}

export function gutterFor(width: number, rtl: boolean): Gutter {
  return rtl
    ? { plotLeft: RIGHT, nameX: width - 12, swatchX: width - 7 }
    : { plotLeft: labelWidthFor(width), nameX: 12, swatchX: 4 };
}

export function timelineLayout(width: number, height: number, hasSeries: boolean): TimelineLayout {
  const seriesHeight = hasSeries ? SERIES_H : 0;
  const stageHeight = Math.max(60, height - OVERVIEW_H);
  const lanesHeight = Math.max(20, stageHeight - AXIS_H - seriesHeight - 4);
  return {
    labelWidth: labelWidthFor(width),
    plotWidth: plotWidthFor(width),
    stageHeight,
    lanesHeight,
    seriesTop: AXIS_H + lanesHeight + 4,
    seriesHeight,
  };
}
