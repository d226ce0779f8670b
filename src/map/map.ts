import { RelationsMap } from './map.component.js';

export { RelationsMap };

/** Defines `<relations-map>` unless a copy of the library already did. */
if (!customElements.get('relations-map')) customElements.define('relations-map', RelationsMap);

declare global {
  interface HTMLElementTagNameMap {
    'relations-map': RelationsMap;
  }
}
