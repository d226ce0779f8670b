import { RelationsDetailsPanel } from './details-panel.component.js';

export { RelationsDetailsPanel };

if (!customElements.get('relations-details-panel'))
  customElements.define('relations-details-panel', RelationsDetailsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'relations-details-panel': RelationsDetailsPanel;
  }
}
