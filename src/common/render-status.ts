import { html, nothing, type TemplateResult } from 'lit';
import { diagnosticLines } from '../data/diagnostics.js';
import type { RelationsDataView } from './data-view.js';

/** The loading line and the problems in the data, the same in every view (a `quiet` view leaves them to its host). */
export function renderDataStatus(view: RelationsDataView): TemplateResult | typeof nothing {
  if (view.loading && !view.loadedData) return html`<p class="status" part="status" role="status">Loading…</p>`;
  if (view.quiet || view.diagnostics.length === 0) return nothing;
  const count = view.diagnostics.length;
  const nothingShown = view.loadedData?.events.length === 0 && view.loadedData?.places.length === 0;
  return html`<div class="status problem" part="status" role="status">
    <details>
      <summary>${count === 1 ? '1 problem' : `${count} problems`} in the data${nothingShown ? '' : '; the good records are shown'}.</summary>
      <ul>
        ${diagnosticLines(view.diagnostics).map((line) => html`<li>${line}</li>`)}
      </ul>
    </details>
  </div>`;
}

/** The polite live region of a view (a `quiet` view leaves selections to its composite, see SelectionController). */
export function renderLiveRegion(view: RelationsDataView): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite">${view.announcement}</div>`;
}
