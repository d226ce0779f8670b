import { css } from 'lit';
import { darkTheme, sharedStyles } from '../common/shared-styles.js';

export const atlasStyles = [
  sharedStyles,
  css`
    :host {
      --relations-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
      --relations-heading-font: Georgia, 'Times New Roman', serif;
      --relations-text: #1d2329;
      --relations-muted: #5b6470;
      --relations-surface: #ffffff;
      --relations-surface-alt: #f6f7f9;
      --relations-rule: #c9ced6;
      --relations-rule-light: #e4e7eb;
      --relations-link: #1a5fb4;
      --relations-focus: #1a5fb4;
      --relations-accent: #b3261e;
      display: block;
      container-type: inline-size;
      font-family: var(--relations-font);
      /* Sizes follow this, never the page's root font size (a CMS with html { font-size: 62.5% } shrinks no text). */
      --_rem: calc(var(--relations-font-size, 15px) / 0.9375);
      font-size: var(--relations-font-size, 15px);
      color: var(--relations-text);
      background: var(--relations-atlas-background, transparent);
      line-height: 1.4;
      /* A long unbroken name or title from the data wraps instead of widening the page. */
      overflow-wrap: anywhere;
    }
    /* Carries the layout direction (dir) for everything inside, without a box of its own. */
    .root {
      display: contents;
    }
    ${darkTheme(css`
      --relations-text: #e8eaed;
      --relations-muted: #a9b1bb;
      --relations-surface: #16191d;
      --relations-surface-alt: #1e2227;
      --relations-rule: #3d444d;
      --relations-rule-light: #2b3036;
      --relations-link: #8cb8ff;
      --relations-focus: #8cb8ff;
      --relations-selected-bg: #3a3520;
      --relations-hover-bg: #23282e;
      --relations-flag-bg: #3a3220;
      --relations-flag-border: #8a7030;
      --_notice-bg: #3a3010;
      --_notice-text: #f5e6b0;
      --_error-bg: #3d1a1a;
      --_error-text: #ffd7d7;
      /* Opaque in dark: on a light page a dark widget must carry its own background. */
      background: var(--relations-atlas-background, var(--relations-surface));
    `)}
    [hidden] {
      display: none !important;
    }
    header {
      padding: 0 0 calc(0.75 * var(--_rem, 16px));
      border-bottom: 1px solid var(--relations-rule-light);
      margin-bottom: calc(0.75 * var(--_rem, 16px));
    }
    h2 {
      font-family: var(--relations-heading-font);
      font-size: calc(1.625 * var(--_rem, 16px));
      line-height: 1.2;
      margin: 0 0 calc(0.35 * var(--_rem, 16px));
      font-weight: 700;
    }
    /* A title or description from the data cannot push the views off screen; the full text stays in the DOM. */
    header h2,
    header p {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
    }
    header p {
      margin: 0;
      color: var(--relations-muted);
      max-width: calc(60 * var(--_rem, 16px));
      -webkit-line-clamp: 5;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(0.5 * var(--_rem, 16px)) calc(1 * var(--_rem, 16px));
      margin-bottom: calc(0.75 * var(--_rem, 16px));
    }
    /* Story mode: the step above the views, its controls one keyboard group (← → Page Up / Down, Escape). */
    .tour {
      margin-bottom: calc(0.75 * var(--_rem, 16px));
      padding: calc(0.6 * var(--_rem, 16px)) calc(0.9 * var(--_rem, 16px));
      border: 1px solid var(--relations-rule-light);
      border-inline-start: 4px solid var(--relations-accent);
      border-radius: 4px;
      background: var(--relations-surface);
    }
    .tour-head {
      display: flex;
      align-items: center;
      gap: calc(0.75 * var(--_rem, 16px));
      color: var(--relations-muted);
      font-size: calc(0.8125 * var(--_rem, 16px));
    }
    .tour-head progress {
      flex: 1;
      max-width: 16em;
      accent-color: var(--relations-accent);
    }
    .tour-title {
      margin: calc(0.3 * var(--_rem, 16px)) 0;
      font-family: var(--relations-heading-font);
      font-size: calc(1.125 * var(--_rem, 16px));
    }
    .tour-text {
      max-width: 48em;
    }
    .tour-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(0.5 * var(--_rem, 16px));
      margin-top: calc(0.5 * var(--_rem, 16px));
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: calc(0.35 * var(--_rem, 16px));
      border: 0;
      padding: 0;
      margin: 0;
    }
    .filters legend {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .chip {
      font: inherit;
      font-size: calc(0.8125 * var(--_rem, 16px));
      display: inline-flex;
      align-items: center;
      gap: calc(0.35 * var(--_rem, 16px));
      padding: calc(0.2 * var(--_rem, 16px)) calc(0.6 * var(--_rem, 16px));
      border-radius: 999px;
      border: 1px solid var(--relations-rule);
      background: var(--relations-surface);
      color: var(--relations-text);
      cursor: pointer;
    }
    /* A long label from the data ends in an ellipsis (the whole of it in the title and the accessible name). */
    .chip {
      max-width: 100%;
    }
    .chip-label {
      max-width: calc(18 * var(--_rem, 16px));
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .chip[aria-pressed='false'] {
      color: var(--relations-muted);
      background: var(--relations-surface-alt);
      text-decoration: line-through;
    }
    .chip[aria-pressed='false'] .dot {
      opacity: 0.35;
    }
    .dot {
      width: calc(0.6 * var(--_rem, 16px));
      height: calc(0.6 * var(--_rem, 16px));
      border-radius: 50%;
      flex: none;
    }
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(0.35 * var(--_rem, 16px));
      margin-inline-start: auto;
    }
    input[type='search'] {
      font: inherit;
      font-size: calc(0.875 * var(--_rem, 16px));
      padding: calc(0.3 * var(--_rem, 16px)) calc(0.55 * var(--_rem, 16px));
      border: 1px solid var(--relations-rule);
      border-radius: 4px;
      background: var(--relations-surface);
      color: var(--relations-text);
      width: calc(14 * var(--_rem, 16px));
      max-width: 100%;
    }
    .button,
    .count {
      /* Controls keep their words whole: "Play", "Copy link", "73 of 73 events" (chips carry data, so they may wrap). */
      overflow-wrap: normal;
      white-space: nowrap;
    }
    .button {
      font: inherit;
      font-size: calc(0.8125 * var(--_rem, 16px));
      padding: calc(0.3 * var(--_rem, 16px)) calc(0.7 * var(--_rem, 16px));
      border-radius: 4px;
      border: 1px solid var(--relations-rule);
      background: var(--relations-surface);
      color: var(--relations-text);
      cursor: pointer;
    }
    .button[disabled] {
      cursor: not-allowed;
      color: var(--relations-muted);
    }
    .download {
      position: relative;
    }
    .download [role='menu'] {
      position: absolute;
      inset-inline-end: 0;
      top: calc(100% + 2px);
      z-index: 1000;
      display: flex;
      flex-direction: column;
      min-width: max-content;
      padding: 4px 0;
      border: 1px solid var(--relations-rule);
      border-radius: 4px;
      background: var(--relations-surface);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    }
    .download [role='menu'][data-align='start'] {
      inset-inline-end: auto;
      inset-inline-start: 0;
    }
    .download [role='menu'][hidden] {
      display: none;
    }
    .download [role='menuitem'] {
      font: inherit;
      font-size: calc(0.8125 * var(--_rem, 16px));
      text-align: start;
      padding: calc(0.35 * var(--_rem, 16px)) calc(0.9 * var(--_rem, 16px));
      border: 0;
      background: none;
      color: var(--relations-text);
      cursor: pointer;
      white-space: nowrap;
    }
    .download [role='menuitem']:is(:hover, :focus) {
      background: var(--relations-rule);
    }
    :is(.chip, .button, input, [role='tab'], [role='menuitem']):focus-visible {
      outline: 2px solid var(--relations-focus);
      outline-offset: 2px;
    }
    .count {
      color: var(--relations-muted);
      font-size: calc(0.8125 * var(--_rem, 16px));
    }
    .notice:empty {
      display: none;
    }
    .notice .status {
      display: flex;
      align-items: baseline;
      gap: calc(0.25 * var(--_rem, 16px));
      border: 1px solid #d4a72c;
      background: var(--_notice-bg, #fff8e1);
      color: var(--_notice-text, #3d3000);
      border-radius: 4px;
      padding: calc(0.35 * var(--_rem, 16px)) calc(0.75 * var(--_rem, 16px));
      margin-bottom: calc(0.75 * var(--_rem, 16px));
      font-size: calc(0.875 * var(--_rem, 16px));
      text-align: start;
    }
    .notice .status.problem {
      width: fit-content;
    }
    .notice .status.failed {
      max-width: none;
      border-color: #c62828;
      background: var(--_error-bg, #fdecea);
      color: var(--_error-text, #5f1111);
    }
    .notice summary {
      cursor: pointer;
    }
    .notice ul {
      margin: calc(0.35 * var(--_rem, 16px)) 0 0;
      padding-inline-start: calc(1.2 * var(--_rem, 16px));
    }
    .skeleton .bone {
      border-radius: 4px;
      background: var(--relations-surface-alt);
      margin-bottom: calc(0.75 * var(--_rem, 16px));
      animation: relations-pulse 1.4s ease-in-out infinite alternate;
    }
    .skeleton .checking {
      margin: 0 0 calc(0.75 * var(--_rem, 16px));
      font-size: calc(0.875 * var(--_rem, 16px));
      color: var(--relations-muted);
      font-variant-numeric: tabular-nums;
    }
    .skeleton .title {
      height: calc(2 * var(--_rem, 16px));
      width: 60%;
    }
    .skeleton .line {
      height: calc(1.2 * var(--_rem, 16px));
      width: 80%;
    }
    .skeleton .toolbar {
      height: calc(2.2 * var(--_rem, 16px));
    }
    .skeleton .timeline {
      height: var(--relations-atlas-timeline-height, 400px);
    }
    .skeleton .map,
    .skeleton .panel {
      height: var(--relations-atlas-map-height, 420px);
    }
    @keyframes relations-pulse {
      to {
        opacity: 0.55;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton .bone {
        animation: none;
      }
    }
    .status {
      padding: calc(3 * var(--_rem, 16px)) calc(1 * var(--_rem, 16px));
      text-align: center;
      color: var(--relations-muted);
    }
    relations-timeline {
      display: block;
      height: var(--relations-atlas-timeline-height, 400px);
      margin-bottom: calc(0.75 * var(--_rem, 16px));
    }
    .lower {
      display: grid;
      gap: calc(0.75 * var(--_rem, 16px));
      grid-template-columns: 1fr;
    }
    relations-map {
      display: block;
      height: var(--relations-atlas-map-height, 420px);
      min-width: 0;
    }
    aside {
      display: flex;
      flex-direction: column;
      min-width: 0;
      border: 1px solid var(--relations-rule-light);
      border-radius: 6px;
      background: var(--relations-surface);
      max-height: var(--relations-atlas-map-height, 420px);
    }
    [role='tablist'] {
      display: flex;
      border-bottom: 1px solid var(--relations-rule-light);
      flex: none;
    }
    [role='tab'] {
      font: inherit;
      font-size: calc(0.875 * var(--_rem, 16px));
      font-weight: 600;
      padding: calc(0.5 * var(--_rem, 16px)) calc(0.9 * var(--_rem, 16px));
      background: none;
      border: 0;
      border-bottom: 3px solid transparent;
      color: var(--relations-muted);
      cursor: pointer;
    }
    [role='tab'][aria-selected='true'] {
      color: var(--relations-text);
      border-bottom-color: var(--relations-accent);
    }
    [role='tabpanel'] {
      padding: calc(0.75 * var(--_rem, 16px));
      overflow: auto;
      flex: 1 1 auto;
      min-height: 0;
    }
    [role='tabpanel']:focus-visible {
      outline: 2px solid var(--relations-focus);
      outline-offset: -2px;
    }
    footer {
      margin-top: calc(0.75 * var(--_rem, 16px));
      font-size: calc(0.75 * var(--_rem, 16px));
      color: var(--relations-muted);
    }
    footer a {
      color: inherit;
    }
    @container (min-width: 860px) {
      .lower {
        grid-template-columns: minmax(0, 3fr) minmax(calc(18 * var(--_rem, 16px)), 2fr);
      }
    }
    /* Printed: the current view and the selected event's details, without the controls or the list. */
    @media print {
      .toolbar,
      [role='tablist'],
      #panel-list {
        display: none !important;
      }
      #panel-details {
        display: block !important;
      }
      aside {
        max-height: none;
        overflow: visible;
        break-inside: avoid;
      }
    }
  `,
];
