import { RelationsTimeline } from './timeline.component.js';

export { RelationsTimeline };

customElements.get('relations-timeline') ?? customElements.define('relations-timeline', RelationsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'relations-timeline': RelationsTimeline;
  }
}
