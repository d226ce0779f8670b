import { css } from 'lit';
import { sharedStyles } from '../common/shared-styles.js';

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
    font-size: 0.9375rem;
    color: var(--relations-text);
    background: var(--relations-atlas-background, transparent);
    line-height: 1.4;
    /* A long unbroken name or title from the data wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
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
    }
  }
  [hidden] {
    display: none !important;
  }
  header {
    padding: 0 0 0.75rem;
    border-bottom: 1px solid var(--relations-rule-light);
    margin-bottom: 0.75rem;
  }
  h2 {
    font-family: var(--relations-heading-font);
    font-size: 1.625rem;
    line-height: 1.2;
    margin: 0 0 0.35rem;
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
    max-width: 60rem;
    -webkit-line-clamp: 5;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 0.75rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
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
    font-size: 0.8125rem;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.2rem 0.6rem;
    border-radius: 999px;
    border: 1px solid var(--relations-rule);
    background: var(--relations-surface);
    color: var(--relations-text);
    cursor: pointer;
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
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    flex: none;
  }
  .search {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    margin-left: auto;
  }
  input[type='search'] {
    font: inherit;
    font-size: 0.875rem;
    padding: 0.3rem 0.55rem;
    border: 1px solid var(--relations-rule);
    border-radius: 4px;
    background: var(--relations-surface);
    color: var(--relations-text);
    width: 14rem;
    max-width: 100%;
  }
  .button {
    font: inherit;
    font-size: 0.8125rem;
    padding: 0.3rem 0.7rem;
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
  :is(.chip, .button, input, [role='tab']):focus-visible {
    outline: 2px solid var(--relations-focus);
    outline-offset: 2px;
  }
  .count {
    color: var(--relations-muted);
    font-size: 0.8125rem;
  }
  .notice {
    border: 1px solid #d4a72c;
    background: #fff8e1;
    color: #3d3000;
    border-radius: 4px;
    padding: 0.5rem 0.75rem;
    margin-bottom: 0.75rem;
    font-size: 0.875rem;
  }
  .notice.error {
    border-color: #c62828;
    background: #fdecea;
    color: #5f1111;
  }
  .notice summary {
    cursor: pointer;
  }
  .notice ul {
    margin: 0.35rem 0 0;
    padding-left: 1.2rem;
  }
  .status {
    padding: 3rem 1rem;
    text-align: center;
    color: var(--relations-muted);
  }
  relations-timeline {
    display: block;
    height: var(--relations-atlas-timeline-height, 400px);
    margin-bottom: 0.75rem;
  }
  .lower {
    display: grid;
    gap: 0.75rem;
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
    font-size: 0.875rem;
    font-weight: 600;
    padding: 0.5rem 0.9rem;
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
    padding: 0.75rem;
    overflow: auto;
    flex: 1 1 auto;
    min-height: 0;
  }
  [role='tabpanel']:focus-visible {
    outline: 2px solid var(--relations-focus);
    outline-offset: -2px;
  }
  footer {
    margin-top: 0.75rem;
    font-size: 0.75rem;
    color: var(--relations-muted);
  }
  footer a {
    color: inherit;
  }
  @container (min-width: 860px) {
    .lower {
      grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr);
    }
  }
  @media (prefers-color-scheme: dark) {
    .notice {
      background: #3a3010;
      color: #f5e6b0;
    }
    .notice.error {
      background: #3d1a1a;
      color: #ffd7d7;
    }
  }
`,
];
