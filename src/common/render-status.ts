import { html, nothing, type TemplateResult } from 'lit';
import { RelationsErrorEvent } from '../bus/dom-events.js';
import {
  diagnosticLines,
  nothingToShow,
  skippedCount,
  summarizeDiagnostics,
  whyNothingToShow,
  type Diagnostic,
} from '../data/diagnostics.js';
import type { ReactiveControllerHost } from 'lit';
import { loadProgress } from './dataset-loader.js';
import { t } from './i18n.js';
import type { RelationsDataView } from './data-view.js';

/**
 * Problems in the data are for editors: readers see at most one small line they can dismiss ("Some records could not
 * be shown (3)"), or, when nothing can be shown, why in words. The full list is on the page with `debug`, in the
 * console, and in `relations-error`.
 */

export interface ProblemsState {
  readonly diagnostics: readonly Diagnostic[];
  readonly debug: boolean;
  readonly dismissed: boolean;
  readonly dismiss: () => void;
  readonly lang: string;
  /** Loads the data again; offered when the data could not be fetched. */
  readonly retry?: () => void;
}

export function renderProblems(state: ProblemsState): TemplateResult | typeof nothing {
  const { diagnostics } = state;
  if (diagnostics.length === 0) return nothing;
  const why = whyNothingToShow(diagnostics);
  if (why) {
    const { lang } = state;
    const words =
      why.kind === 'empty'
        ? t(lang, 'emptyData')
        : why.url
          ? t(lang, 'notLoadedFrom', { url: why.url, reason: why.reason })
          : t(lang, 'notLoaded', { reason: why.reason });
    const retry = why.kind === 'unreadable' && why.fetch ? state.retry : undefined;
    return html`<div class="status failed" part="status" role="alert">
      <span class="words">${words}</span>
      ${retry ? html`<button type="button" class="retry" @click=${retry}>${t(lang, 'retry')}</button>` : nothing}
    </div>`;
  }
  if (state.dismissed) return nothing;
  if (state.debug) {
    return html`<div class="status problem" part="status" role="status">
      <details open>
        <summary>${summarizeDiagnostics(diagnostics)} (debug)</summary>
        <ul>
          ${diagnosticLines(diagnostics).map((line) => html`<li>${line}</li>`)}
        </ul>
      </details>
    </div>`;
  }
  const skipped = skippedCount(diagnostics);
  if (skipped === 0) return nothing;
  const dismiss = t(state.lang, 'dismiss');
  return html`<div class="status problem" part="status" role="status">
    <span>${t(state.lang, 'someNotShown', { count: skipped })}</span>
    <button type="button" class="dismiss" aria-label=${dismiss} title=${dismiss} @click=${state.dismiss}>×</button>
  </div>`;
}

/** Tells the host page (`relations-error`) and, unless a composite reports for this view, the editor's console. */
export function reportProblems(element: HTMLElement, diagnostics: readonly Diagnostic[], quiet: boolean): void {
  if (diagnostics.length === 0) return;
  element.dispatchEvent(new RelationsErrorEvent(diagnostics));
  if (quiet) return;
  const summary = (nothingToShow(diagnostics) ?? `${summarizeDiagnostics(diagnostics)}.`).replace(/\.$/, '');
  console.warn(
    `<${element.localName}>: ${summary}. Add the debug attribute to list the problems on the page.`,
    diagnosticLines(diagnostics),
  );
}

/** What a loading element says: "Loading…", or while a large file is checked, "Checking 48,000 of 100,000 records…". */
export function loadingText(host: ReactiveControllerHost, lang: string): string {
  const progress = loadProgress(host);
  return progress ? t(lang, 'checking', { checked: progress.checked, n: progress.total }) : t(lang, 'loading');
}

/** The loading line and the problems in the data, the same in every view (a `quiet` view leaves problems to its host). */
export function renderDataStatus(view: RelationsDataView, lang: string): TemplateResult | typeof nothing {
  const retry = () => view.reload();
  if (view.loading && !view.loadedData)
    return html`<p class="status" part="status" role="status">${loadingText(view, lang)}</p>`;
  if (view.quiet) return nothing;
  return renderProblems({
    diagnostics: view.diagnostics,
    debug: view.debug,
    dismissed: view.problemsDismissed,
    dismiss: () => (view.problemsDismissed = true),
    lang,
    retry,
  });
}

/** The polite live region of a view (a `quiet` view leaves selections to its composite, see SelectionController). */
export function renderLiveRegion(view: RelationsDataView): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite">${view.announcement}</div>`;
}
