import { RelationsStory } from './story.component.js';

export { RelationsStory };

if (!customElements.get('relations-story')) customElements.define('relations-story', RelationsStory);

declare global {
  interface HTMLElementTagNameMap {
    'relations-story': RelationsStory;
  }
}
