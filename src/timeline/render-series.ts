import { nothing, svg, type TemplateResult } from 'lit';
import type { LoadedSeries } from '../data/loaded.js';
import { formatEdtf } from '../data/format-date.js';
import { elide } from './label-placement.js';

/** The series track under the lanes: one bar per period at `scale(period)`, its value above when there is room. */
export function renderSeries(
  series: LoadedSeries,
  toX: (time: number) => number,
  geometry: {
    readonly top: number;
    readonly height: number;
    readonly width: number;
    readonly labelWidth: number;
    readonly plotWidth: number;
  },
  lang: string,
): TemplateResult {
  const { top, height, width, labelWidth, plotWidth } = geometry;
  const max = Math.max(1e-9, ...series.points.map((p) => p.value));
  const barTop = 14;
  const barH = height - barTop - 6;
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  return svg`<g part="series" class="series" transform=${`translate(0,${top})`}>
    <line class="series-rule" x1="0" x2=${width} y1="0.5" y2="0.5"></line>
    <text class="series-name" x="12" y="18">${elide(series.title, labelWidth - 20, 6)}</text>
    <text class="series-unit" x="12" y="32">${elide(series.unit, labelWidth - 20, 5.6)}</text>
    <g transform=${`translate(${labelWidth},0)`}>
      <line class="series-base" x1="0" x2=${plotWidth} y1=${barTop + barH + 0.5} y2=${barTop + barH + 0.5}></line>
      ${series.points.map((point) => {
        const a = Math.max(-2, toX(point.when.start));
        const b = Math.min(plotWidth + 2, toX(point.when.end));
        if (b <= 0 || a >= plotWidth || !Number.isFinite(a) || !Number.isFinite(b)) return nothing;
        const h = Math.max(1, (point.value / max) * barH);
        const w = Math.max(1, b - a - 1);
        return svg`<g class="series-point">
          <rect class="series-bar" x=${a + 0.5} y=${barTop + barH - h} width=${w} height=${h}>
            <title>${`${formatEdtf(point.when, lang)}: ${format.format(point.value)} ${series.unit}`}</title>
          </rect>
          ${w >= 17 ? svg`<text class="series-value" x=${a + w / 2} y=${barTop + barH - h - 3}>${format.format(point.value)}</text>` : nothing}
        </g>`;
      })}
    </g>
  </g>`;
}
