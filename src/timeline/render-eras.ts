import { nothing, svg, type TemplateResult } from 'lit';
import type { LoadedEra } from '../data/loaded.js';
import { elide, estimateTextWidth } from './label-placement.js';

/**
 * Eras (a reign, a war) as labelled bands behind the lanes, placed with the marks' time scale: a band runs from
 * `scale(start)` to `scale(end)`, cut to the plot. Decoration only: the layer is aria-hidden and never focusable.
 */

export interface EraBand {
  readonly id: string;
  /** Plot x of the band's left edge and its width, px, cut to the plot. */
  readonly x: number;
  readonly width: number;
  /** The title, elided to the band; `''` when there is no room. */
  readonly label: string;
  /** The full title, for the band's tooltip. */
  readonly title: string;
  /** Label row, 0 or 1: a label that would touch the one before it on row 0 goes on row 1. */
  readonly row: number;
}

const LABEL_PAD = 4;
const CHAR_W = 6;

/** The bands of the eras in view, in order of start; eras wholly outside the plot are left out. */
export function eraBands(eras: readonly LoadedEra[], toX: (time: number) => number, plotWidth: number): EraBand[] {
  const rowEnds = [-Infinity, -Infinity];
  const bands: EraBand[] = [];
  for (const era of eras) {
    const left = toX(era.when.start);
    const right = toX(era.when.end);
    const x = Math.max(0, left);
    const end = Math.min(plotWidth, right);
    if (!(end > x)) continue;
    const label = elide(era.title, end - x - 2 * LABEL_PAD, CHAR_W);
    const labelEnd = x + LABEL_PAD + estimateTextWidth(label, CHAR_W);
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= x + LABEL_PAD);
    if (row < 0) row = 1;
    if (label) rowEnds[row] = labelEnd;
    bands.push({ id: era.id, x, width: end - x, label, title: era.title, row });
  }
  return bands;
}

export interface EraGeometry {
  readonly plotLeft: number;
  readonly axisHeight: number;
  readonly lanesHeight: number;
}

export function renderEras(bands: readonly EraBand[], geometry: EraGeometry): TemplateResult | typeof nothing {
  if (bands.length === 0) return nothing;
  const { axisHeight, lanesHeight } = geometry;
  const labelY = (row: number) => axisHeight + lanesHeight - 6 - row * 14;
  return svg`<g part="eras" class="eras" transform=${`translate(${geometry.plotLeft},0)`}>
    ${bands.map(
      (band) => svg`<g class="era" data-era-id=${band.id}>
        <rect class="era-band" x=${band.x.toFixed(2)} y=${axisHeight} width=${band.width.toFixed(2)} height=${lanesHeight}></rect>
        <line class="era-edge" x1=${band.x.toFixed(2)} x2=${band.x.toFixed(2)} y1=${axisHeight} y2=${axisHeight + lanesHeight}></line>
        ${band.label ? svg`<text class="era-label" x=${(band.x + LABEL_PAD).toFixed(2)} y=${labelY(band.row)}>${band.label}</text>` : nothing}
      </g>`,
    )}
  </g>`;
}
