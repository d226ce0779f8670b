import { html, type TemplateResult } from 'lit';
import { t } from '../common/i18n.js';
import { renderKey } from './render-key.js';

/**
 * Zoom in, zoom out, fit and the key, for the mouse (out of the tab order: the plot's keys do the same, and d3-zoom
 * leaves gestures that start here alone).
 */
export function renderToolbar(lang: string, actions: { zoomIn(): void; zoomOut(): void; fit(): void }): TemplateResult {
  const button = (label: string, shortcut: string, text: string, action: () => void, className = '') =>
    html`<button
      type="button"
      tabindex="-1"
      class=${className}
      aria-label=${label}
      title=${`${label} (${shortcut})`}
      @click=${action}
    >
      ${text}
    </button>`;
  return html`<div class="toolbar" part="toolbar">
    ${button(t(lang, 'zoomIn'), '+', '+', actions.zoomIn)} ${button(t(lang, 'zoomOut'), '−', '−', actions.zoomOut)}
    ${button(t(lang, 'fitAll'), '0', t(lang, 'fit'), actions.fit, 'fit')} ${renderKey(lang)}
  </div>`;
}
