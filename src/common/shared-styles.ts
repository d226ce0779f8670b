import { css, type CSSResult } from 'lit';

/** Rules every element's shadow root needs the same: `hidden` hides the host; text only screen readers get. */
export const sharedStyles = css`
  :host {
    /* A page's (or the atlas's) overflow-wrap: anywhere would break badges ("6" over "1") and labels mid-word. */
    overflow-wrap: normal;
  }
  :host([hidden]) {
    display: none;
  }
  .status .dismiss {
    margin-inline-start: 6px;
    padding: 0 4px;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 15px;
    line-height: 1;
    cursor: pointer;
  }
  .status.failed {
    max-width: min(32em, 80%);
    text-align: center;
    border-color: #c62828;
  }
  .status .retry {
    display: block;
    margin: 6px auto 0;
    padding: 2px 12px;
    border: 1px solid currentColor;
    border-radius: 3px;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  /* Printed, a view is a picture of its current state: no controls, hints or tooltips. */
  @media print {
    .toolbar,
    .zoom,
    .wheel-hint,
    .tooltip,
    .status .dismiss,
    .status .retry {
      display: none !important;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export type Theme = 'light' | 'dark' | 'auto';

/**
 * The dark palette of an element, as custom properties on `:host`: used with `theme="dark"`, and with `theme="auto"`
 * when the reader's system is dark. The default, `light`, never follows the system: a widget that turned dark on a
 * light page would be unreadable against it.
 */
export function darkTheme(properties: CSSResult): CSSResult {
  return css`
    :host([theme='dark']) {
      ${properties}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${properties}
      }
    }
  `;
}

/** The "Use Ctrl + scroll to zoom" hint over a view. */
export const wheelHintStyles = css`
  .wheel-hint {
    position: absolute;
    inset: 0;
    z-index: 1000;
    display: grid;
    place-items: center;
    background: rgb(0 0 0 / 0.42);
    color: #ffffff;
    font-size: 15px;
    font-weight: 600;
    pointer-events: none;
  }
`;
