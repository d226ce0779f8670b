import { html, nothing, type TemplateResult } from 'lit';
import type { Party } from '../data/types.js';
import { localize } from '../data/localize.js';
import { legendGlyph } from './marker-icon.js';
import type { MarkerSymbol } from './marker-symbol.js';
import { t } from '../common/i18n.js';
import { symbolName } from './place-text.js';

export interface LegendContent {
  readonly parties: readonly Party[];
  readonly lang: string;
  /** The symbols on the map, in legend order. */
  readonly symbols: readonly MarkerSymbol[];
  readonly twinning: boolean;
  readonly grouped: boolean;
  /** Some place has events (so markers carry count badges). */
  readonly counts: boolean;
  /** Some event has two places or more (so a selected visit is drawn as arrows). */
  readonly visits: boolean;
}

/** Built once per symbol and reused across renders, so Lit keeps the same nodes. */
const glyphs = new WeakMap<object, Map<MarkerSymbol, SVGSVGElement>>();

function glyphFor(owner: object, symbol: MarkerSymbol): SVGSVGElement {
  let own = glyphs.get(owner);
  if (!own) glyphs.set(owner, (own = new Map()));
  let svg = own.get(symbol);
  if (!svg) own.set(symbol, (svg = legendGlyph(symbol)));
  return svg;
}

/** What the map's symbols, colours and lines stand for; hidden from screen readers, which hear each place's kind. */
export function renderLegend(owner: object, content: LegendContent): TemplateResult {
  return html`<div class="legend" part="legend" aria-hidden="true">
    ${content.parties
      .slice(0, 2)
      .map(
        (party, i) =>
          html`<div class="legend-row">
            <span class="swatch party-${i + 1}"></span
            ><span class="legend-text" title=${localize(party.name, content.lang)}
              >${localize(party.name, content.lang)}</span
            >
          </div>`,
      )}
    ${content.symbols.map(
      (symbol) =>
        html`<div class="legend-row glyph-row" data-symbol=${symbol}>
          ${glyphFor(owner, symbol)}${symbolName(symbol, content.lang)}
        </div>`,
    )}
    ${content.counts ? html`<div class="legend-row"><span class="count-sample">6</span>${t(content.lang, 'legendCount')}</div>` : nothing}
    ${content.twinning ? html`<div class="legend-row"><span class="dash"></span>${t(content.lang, 'twinning')}</div>` : nothing}
    ${content.visits ? html`<div class="legend-row"><span class="visit-sample"></span>${t(content.lang, 'legendVisit')}</div>` : nothing}
    ${content.grouped ? html`<div class="legend-row"><span class="group">3</span>${t(content.lang, 'groupOfPlaces')}</div>` : nothing}
  </div>`;
}
