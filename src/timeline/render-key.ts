import { html, svg, type TemplateResult } from 'lit';
import { t, type MessageKey } from '../common/i18n.js';

/**
 * The timeline's key, behind a "Key" button in the toolbar: what a point, a bar, a dashed or dotted outline, an
 * arrow and a shaded cell with a number mean. Glyphs are drawn with the marks' own classes, so themes apply.
 */

const glyph = (content: TemplateResult) =>
  svg`<svg class="key-glyph" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">${content}</svg>`;

const ENTRIES: readonly { readonly glyph: TemplateResult; readonly text: MessageKey }[] = [
  {
    glyph: glyph(
      svg`<g class="mark point"><rect class="shape" x="10.5" y="2.5" width="7" height="7" rx="3.5"></rect></g>`,
    ),
    text: 'keyPoint',
  },
  {
    glyph: glyph(svg`<g class="mark bar"><rect class="shape" x="2" y="2.5" width="24" height="7" rx="1.5"></rect></g>`),
    text: 'keyBar',
  },
  {
    glyph: glyph(
      svg`<g class="mark bar uncertain"><rect class="shape" x="2" y="2.5" width="24" height="7" rx="1.5"></rect></g>`,
    ),
    text: 'keyUncertain',
  },
  {
    glyph: glyph(
      svg`<g class="mark bar approximate"><rect class="shape" x="2" y="2.5" width="24" height="7" rx="1.5"></rect></g>`,
    ),
    text: 'keyApproximate',
  },
  {
    glyph: glyph(
      svg`<g class="mark bar"><rect class="shape" x="2" y="2.5" width="24" height="7" rx="1.5"></rect><path class="arrow" d="M18,0L26,6L18,12Z"></path></g>`,
    ),
    text: 'keyOpen',
  },
  {
    glyph: glyph(
      svg`<rect class="key-bin" x="2" y="0" width="24" height="12" rx="1"></rect><text class="key-bin-count" x="14" y="6.5">12</text>`,
    ),
    text: 'keyBin',
  },
];

export function renderKey(lang: string): TemplateResult {
  return html`<details class="key" part="key">
    <summary tabindex="-1" title=${t(lang, 'keyTitle')}>${t(lang, 'key')}</summary>
    <ul class="key-list">
      ${ENTRIES.map((entry) => html`<li>${entry.glyph}<span>${t(lang, entry.text)}</span></li>`)}
    </ul>
  </details>`;
}
