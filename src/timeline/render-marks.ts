import { nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../common/css-props.js';
import type { LoadedEvent } from '../data/loaded.js';
import { POINT_R, type Mark, type View } from './compute-view.js';

/** The marks layer: one `<g role="option">` per drawn event, grouped by lane, inside the one tab stop. */

export interface MarkState {
  readonly selected: ReadonlySet<string>;
  readonly highlighted: ReadonlySet<string>;
  /** Events hovered here or in another view on the channel. */
  readonly hovered: ReadonlySet<string>;
  readonly focused: Mark | null;
  /** The one mark whose full title is shown above the others (under the reader's pointer or focus, or selected). */
  readonly callout: Mark | null;
  ariaLabel(event: LoadedEvent): string;
  laneColor(laneIndex: number): string;
}

function renderMark(mark: Mark, state: MarkState, offset: number): TemplateResult {
  const { event } = mark;
  const focused = mark === state.focused;
  const hovered = state.hovered.has(event.id);
  const qualified = event.when.uncertain || event.when.approximate;
  const width = mark.x1 - mark.x0;
  // The callout covers this label with the full title; the label stays, so a click on it still reaches the mark.
  const label = mark.label;
  const classes = `mark ${mark.kind}${qualified ? (event.when.approximate ? ' approximate' : ' uncertain') : ''}${focused ? ' focused' : ''}${hovered ? ' hovered' : ''}`;
  // One rect for points (rounded into a circle) and bars, so a mark's template never changes shape.
  const point = mark.kind === 'point';
  const arrows =
    mark.openEnd || mark.openStart
      ? svg`<path class="arrow" d=${`${mark.openEnd ? `M${width - 12},-6L${width - 4},0L${width - 12},6Z` : ''}${mark.openStart ? 'M16,-6L8,0L16,6Z' : ''}`}></path>`
      : nothing;
  const labelX = mark.labelX - mark.x0;
  return svg`<g
    role="option"
    id=${mark.domId}
    class=${classes}
    data-event-id=${event.id}
    ?data-highlighted=${state.highlighted.has(event.id)}
    aria-selected=${state.selected.has(event.id) ? 'true' : 'false'}
    aria-label=${state.ariaLabel(event)}
    transform=${`translate(${(mark.x0 - offset).toFixed(1)},${mark.y.toFixed(1)})`}
  ><rect class="shape" x="0" y=${point ? -POINT_R : -3.5} width=${width} height=${point ? 2 * POINT_R : 7} rx=${point ? POINT_R : 1.5}></rect>${arrows}${label ? svg`<text class="label" x=${labelX} y="0.5">${label}</text>` : nothing}</g>`;
}

const CALLOUT_CHAR_W = 6.6;
const CALLOUT_PAD = 4;

/**
 * The full title of one mark on a halo, above every other mark and label: right of the mark where it fits in the
 * plot, else left of it, else from the plot's left edge. Hidden from assistive technology (the mark's name says it).
 */
function renderCallout(mark: Mark, plotWidth: number, offset: number): TemplateResult {
  const width = mark.event.title.length * CALLOUT_CHAR_W + 2 * CALLOUT_PAD;
  const right = mark.x1 + 6;
  const left = mark.x0 - 6 - width;
  const x = right + width <= plotWidth ? right : left >= 0 ? left : Math.max(0, Math.min(right, plotWidth - width));
  return svg`<g class="callout" aria-hidden="true" transform=${`translate(${(x - offset).toFixed(1)},${mark.y.toFixed(1)})`}>
    <rect class="callout-halo" x="0" y="-8" width=${width} height="16" rx="3"></rect>
    <text class="callout-text" x=${CALLOUT_PAD} y="0.5">${mark.event.title}</text>
  </g>`;
}

/**
 * The marks svg. Each mark is placed at `x0 - offset` inside a group translated by `+offset`, so a pure pan changes
 * only the group's transform and the marks land at `x0` = `scale(date)`.
 */
export function renderMarks(view: View | null, height: number, state: MarkState): TemplateResult {
  const offset = view?.offset ?? 0;
  return svg`<svg class="marks" role="none" width=${view?.plotWidth ?? 0} height=${height}>
    <g role="none" transform=${`translate(${offset.toFixed(1)},0)`}>${view?.lanes.map(
      (lane, i) =>
        svg`<g role="group" aria-label=${lane.label} style=${cssProps({ '--c': state.laneColor(i) })}>${repeat(
          view.marksByLane[i] ?? [],
          (m) => m.id,
          (m) => renderMark(m, state, offset),
        )}</g>`,
    )}${view && state.callout ? renderCallout(state.callout, view.plotWidth, offset) : nothing}</g>
  </svg>`;
}
