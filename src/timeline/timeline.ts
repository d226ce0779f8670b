import { RelationsTimeline } from './timeline.component.js';

export { RelationsTimeline };

/** Defines `<relations-timeline>` unless a copy of the library already did. */
if (!customElements.get('relations-timeline')) customElements.define('relations-timeline', RelationsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'relations-timeline': RelationsTimeline;
  }
}
