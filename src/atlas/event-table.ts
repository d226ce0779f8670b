import { RelationsEventTable } from './event-table.component.js';

export { RelationsEventTable };

if (!customElements.get('relations-event-table')) customElements.define('relations-event-table', RelationsEventTable);

declare global {
  interface HTMLElementTagNameMap {
    'relations-event-table': RelationsEventTable;
  }
}
