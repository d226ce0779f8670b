import { RelationsAtlas } from './atlas.component.js';

export { RelationsAtlas };

if (!customElements.get('relations-atlas')) customElements.define('relations-atlas', RelationsAtlas);

declare global {
  interface HTMLElementTagNameMap {
    'relations-atlas': RelationsAtlas;
  }
}
