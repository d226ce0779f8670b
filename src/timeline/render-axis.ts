import { nothing, svg, type TemplateResult } from 'lit';
import { cssProps } from '../common/css-props.js';
import type { View } from './compute-view.js';
import { elide } from './label-placement.js';
import type { AxisTick } from './time-axis.js';
import type { Gutter } from './timeline-layout.js';

/** The layer under the marks: lane bands with their names and swatches, and the time axis with its gridlines. */

export interface AxisGeometry {
  readonly width: number;
  readonly labelWidth: number;
  readonly gutter: Gutter;
  /** What covers the axis row (the toolbar), from..to in the same px as the gutter: tick labels keep out of it. */
  readonly covered: readonly [number, number];
  readonly axisHeight: number;
  readonly lanesHeight: number;
  /** Room right of the plot that a tick label may use. */
  readonly rightMargin: number;
}

export function renderLanes(
  view: View,
  geometry: AxisGeometry,
  laneColor: (laneIndex: number) => string,
): TemplateResult {
  const room = geometry.labelWidth - 22;
  return svg`<g part="lanes" class="lanes" transform=${`translate(0,${geometry.axisHeight})`}>
    ${view.lanes.map(
      (lane, i) => svg`<g class="lane">
        ${i % 2 === 1 ? svg`<rect class="band" x="0" y=${lane.top} width=${geometry.width} height=${lane.height}></rect>` : nothing}
        <rect class="swatch" x=${geometry.gutter.swatchX} y=${lane.top + lane.height / 2 - 4} width="3" height="8" style=${cssProps({ fill: laneColor(i) })}></rect>
        ${laneName(lane.label, geometry.gutter.nameX, lane.top + lane.height / 2, room)}
      </g>`,
    )}
  </g>`;
}

/** Ticks at `scale(tick)` in plot px; a label that would run past the right margin is left out. */
export function renderAxis(
  view: View,
  ticks: readonly AxisTick[],
  toX: (time: number) => number,
  geometry: AxisGeometry,
): TemplateResult {
  const { axisHeight, lanesHeight } = geometry;
  return svg`<g part="axis" class="axis" transform=${`translate(${geometry.gutter.plotLeft},0)`}>
    <line class="axis-line" x1="0" x2=${view.plotWidth} y1=${axisHeight - 0.5} y2=${axisHeight - 0.5}></line>
    ${ticks.map((tick) => {
      const x = toX(tick.time);
      const [left, right] = [x + 3, x + 3 + tick.label.length * 6.4];
      const [coverFrom, coverTo] = geometry.covered.map((edge) => edge - geometry.gutter.plotLeft);
      const fits = right <= view.plotWidth + geometry.rightMargin && (right <= coverFrom || left >= coverTo);
      return svg`<g class="tick" data-time=${tick.time} transform=${`translate(${x.toFixed(2)},0)`}>
        <line class="grid" y1=${axisHeight - 5} y2=${axisHeight + lanesHeight}></line>
        ${fits ? svg`<text class="tick-label" x="3" y=${axisHeight - 9}>${tick.label}</text>` : nothing}
      </g>`;
    })}
  </g>`;
}

/** A lane's name, elided to its room; a cut name keeps the full one as its tooltip. */
function laneName(label: string, x: number, y: number, room: number): TemplateResult {
  const shown = elide(label, room, 6);
  return svg`<text class="lane-name" x=${x} y=${y}>${shown !== label ? svg`<title>${label}</title>` : nothing}${shown}</text>`;
}
