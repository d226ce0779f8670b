import { css } from 'lit';
import { darkTheme, sharedStyles } from '../common/shared-styles.js';

export const storyStyles = [
  sharedStyles,
  css`
    :host {
      --relations-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
      --relations-heading-font: Georgia, 'Times New Roman', serif;
      --relations-text: #1d2329;
      --relations-muted: #5b6470;
      --relations-surface: #ffffff;
      --relations-rule: #c9ced6;
      --relations-focus: #1a5fb4;
      --relations-accent: #b3261e;
      display: block;
      container-type: inline-size;
      font-family: var(--relations-font);
      font-size: var(--relations-font-size, 17px);
      line-height: 1.5;
      color: var(--relations-text);
      overflow-wrap: anywhere;
    }
    ${darkTheme(css`
      --relations-text: #e8eaed;
      --relations-muted: #a9b1bb;
      --relations-surface: #16191d;
      --relations-rule: #3d444d;
      --relations-focus: #8cb8ff;
      --relations-accent: #ff8a80;
      background: var(--relations-story-background, var(--relations-surface));
    `)}
    .story {
      display: grid;
      grid-template-columns: 1fr;
    }
    /* Phones: the graphic stays at the top of the screen while the steps scroll over the space below it. */
    .graphic {
      position: sticky;
      top: 0;
      /* Over the steps: on a phone they pass under it, and are read in the space below it. */
      z-index: 3;
      display: grid;
      grid-template-rows: var(--relations-story-map-height, 30vh) var(--relations-story-timeline-height, 180px);
      background: var(--relations-surface);
      border-bottom: 1px solid var(--relations-rule);
    }
    relations-timeline,
    relations-map {
      display: block;
      height: 100%;
      min-height: 0;
      --relations-timeline-height: 100%;
    }
    .steps {
      position: relative;
      z-index: 2;
      padding: 25vh 0 50vh;
    }
    /* On a phone the map has no room for its legend beside the places; the steps say what it shows. */
    @container (max-width: 899px) {
      relations-map::part(legend) {
        display: none;
      }
    }
    .step,
    ::slotted([data-step]) {
      box-sizing: border-box;
      max-width: 34em;
      margin: 0 auto 70vh !important;
      padding: 1em 1.2em !important;
      background: var(--relations-surface);
      border: 1px solid var(--relations-rule);
      border-inline-start: 4px solid var(--relations-rule);
      border-radius: 4px;
      box-shadow: 0 1px 4px rgb(0 0 0 / 12%);
      transition: border-color 0.3s;
    }
    .step:last-child,
    ::slotted([data-step]:last-of-type) {
      margin-bottom: 0 !important;
    }
    .step[data-active],
    ::slotted([data-step][data-active]) {
      border-inline-start-color: var(--relations-accent);
    }
    .step h3 {
      margin: 0 0 0.4em;
      font-family: var(--relations-heading-font);
      font-size: 1.25em;
      line-height: 1.25;
    }
    .step p {
      margin: 0;
    }
    .step figure {
      margin: 0.8em 0 0;
    }
    .step img {
      display: block;
      max-width: 100%;
      height: auto;
    }
    .step figcaption {
      font-size: 0.85em;
      color: var(--relations-muted);
    }
    .step a {
      color: var(--relations-focus);
    }
    /* On screen the views show it; printed, the words do. */
    .in-words {
      display: none;
    }
    .status {
      padding: 0.5em 1em;
      color: var(--relations-muted);
    }
    /* Wide: the steps in a column beside the graphic, which stays on screen the height of the viewport. */
    @container (min-width: 900px) {
      .story {
        grid-template-columns: minmax(20em, 2fr) 3fr;
        column-gap: 2em;
      }
      .graphic {
        grid-column: 2;
        grid-row: 1;
        top: 0;
        height: 100vh;
        grid-template-rows: 1fr var(--relations-story-timeline-height, 260px);
        border-bottom: 0;
      }
      .steps {
        grid-column: 1;
        grid-row: 1;
        padding: 40vh 0 50vh;
      }
      .step,
      ::slotted([data-step]) {
        margin-inline: 0 !important;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .step,
      ::slotted([data-step]) {
        transition: none;
      }
    }
    @media print {
      /* A live map and timeline cannot follow the steps on paper: each step says what they showed instead. */
      .graphic {
        display: none;
      }
      .story {
        display: block;
      }
      .in-words {
        display: block;
        margin-top: 0.6em;
        font-size: 0.85em;
        color: var(--relations-muted);
      }
      .steps {
        padding: 0;
      }
      .step,
      ::slotted([data-step]) {
        margin: 0 0 1em !important;
        box-shadow: none;
        break-inside: avoid;
      }
    }
  `,
];
