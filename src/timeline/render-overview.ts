import { html, svg, type TemplateResult } from 'lit';
import { cssProps } from '../common/css-props.js';
import { t } from '../common/i18n.js';
import type { AxisTick } from './time-axis.js';
import type { TimeWindow } from './time-window.js';

export const OVERVIEW_H = 30;

export interface OverviewHandlers {
  readonly down: (event: PointerEvent) => void;
  readonly move: (event: PointerEvent) => void;
  readonly up: (event: PointerEvent) => void;
}

/** The overview strip: the density of the whole span, its ticks, and the brush over the visible window. */
export function renderOverview(
  geometry: {
    readonly labelWidth: number;
    readonly plotLeft: number;
    readonly plotWidth: number;
    readonly lang: string;
  },
  bounds: TimeWindow,
  window: TimeWindow,
  ticks: readonly AxisTick[],
  density: string,
  handlers: OverviewHandlers,
): TemplateResult {
  const { labelWidth, plotWidth } = geometry;
  const toX = (time: number) => ((time - bounds.start) / (bounds.end - bounds.start)) * plotWidth;
  const x0 = Math.max(0, toX(window.start));
  const x1 = Math.min(plotWidth, toX(window.end));
  return html`<div class="overview-row">
    <span class="overview-name">${t(geometry.lang, labelWidth > 100 ? 'wholeSpan' : 'all')}</span>
    <div
      class="overview"
      part="overview"
      style=${cssProps({ left: `${geometry.plotLeft}px`, width: `${plotWidth}px` })}
      @pointerdown=${handlers.down}
      @pointermove=${handlers.move}
      @pointerup=${handlers.up}
      @pointercancel=${handlers.up}
    >
      <svg width=${plotWidth} height=${OVERVIEW_H - 6} aria-hidden="true">
        <g transform=${`scale(${plotWidth},${OVERVIEW_H - 18})`}><path class="density" d=${density}></path></g>
        ${ticks
          .filter((t) => toX(t.time) + 2 + t.label.length * 5.8 <= plotWidth)
          .map((t) => svg`<text class="overview-tick" x=${toX(t.time) + 2} y=${OVERVIEW_H - 8}>${t.label}</text>`)}
        <rect class="brush" x=${x0} y="0.5" width=${Math.max(2, x1 - x0)} height=${OVERVIEW_H - 7}></rect>
      </svg>
    </div>
  </div>`;
}
