import { RelationsAtlas } from './atlas.component.js';

export { RelationsAtlas };
export { RelationsDetailsPanel } from './details-panel.js';
export { RelationsEventTable } from './event-table.js';

if (!customElements.get('relations-atlas')) customElements.define('relations-atlas', RelationsAtlas);

declare global {
  interface HTMLElementTagNameMap {
    'relations-atlas': RelationsAtlas;
  }
}
