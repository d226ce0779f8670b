import { nothing, svg, type TemplateResult } from 'lit';
import type { LoadedSeries } from '../data/loaded.js';
import { formatEdtf, numberFormatter } from '../data/format-date.js';
import { formatRoundedNumber } from '../data/shipped-numbers.js';
import { elide } from './label-placement.js';
import type { Gutter } from './timeline-layout.js';

/** Value labels (centred at `x`, `width` wide) that fit side by side, left to right, at least `gap` px apart. */
export function valuesThatFit(labels: readonly { readonly x: number; readonly width: number }[], gap = 3): boolean[] {
  let freeFrom = -Infinity;
  return labels.map(({ x, width }) => {
    if (x - width / 2 < freeFrom) return false;
    freeFrom = x + width / 2 + gap;
    return true;
  });
}

/** A series value to the unit, as Intl rounds it; no `Intl.NumberFormat` made for it in the shipped languages. */
function wholeValue(value: number, lang: string): string {
  return formatRoundedNumber(lang, value) ?? numberFormatter(lang, { maximumFractionDigits: 0 }).format(value);
}

/**
 * The series track under the lanes: one bar per period at `scale(period)`, its value above it wherever the values
 * fit side by side (on a narrow plot, every other bar's or fewer, never overlapping).
 */
export function renderSeries(
  series: LoadedSeries,
  toX: (time: number) => number,
  geometry: {
    readonly top: number;
    readonly height: number;
    readonly width: number;
    readonly labelWidth: number;
    readonly plotWidth: number;
    readonly gutter: Gutter;
  },
  lang: string,
): TemplateResult {
  const { top, height, width, labelWidth, plotWidth, gutter } = geometry;
  const max = Math.max(1e-9, ...series.points.map((p) => p.value));
  const barTop = 14;
  const barH = height - barTop - 6;
  const bars = series.points.flatMap((point) => {
    const a = Math.max(-2, toX(point.when.start));
    const b = Math.min(plotWidth + 2, toX(point.when.end));
    if (b <= 0 || a >= plotWidth || !Number.isFinite(a) || !Number.isFinite(b)) return [];
    return [{ point, a, w: Math.max(1, b - a - 1), h: Math.max(1, (point.value / max) * barH) }];
  });
  const texts = bars.map(({ point }) => wholeValue(point.value, lang));
  const shown = valuesThatFit(bars.map(({ a, w }, i) => ({ x: a + w / 2, width: texts[i].length * 6 })));
  return svg`<g part="series" class="series" transform=${`translate(0,${top})`}>
    <line class="series-rule" x1="0" x2=${width} y1="0.5" y2="0.5"></line>
    <text class="series-name" x=${gutter.nameX} y="18">${elide(series.title, labelWidth - 20, 6)}</text>
    <text class="series-unit" x=${gutter.nameX} y="32">${elide(series.unit, labelWidth - 20, 5.6)}</text>
    <g class="series-plot" transform=${`translate(${gutter.plotLeft},0)`}>
      <line class="series-base" x1="0" x2=${plotWidth} y1=${barTop + barH + 0.5} y2=${barTop + barH + 0.5}></line>
      ${bars.map(({ point, a, w, h }, i) => {
        return svg`<g class="series-point">
          <rect class="series-bar" x=${a + 0.5} y=${barTop + barH - h} width=${w} height=${h}>
            <title>${`${formatEdtf(point.when, lang)}: ${texts[i]} ${series.unit}`}</title>
          </rect>
          ${shown[i] ? svg`<text class="series-value" x=${a + w / 2} y=${barTop + barH - h - 3}>${texts[i]}</text>` : nothing}
        </g>`;
      })}
    </g>
  </g>`;
}
