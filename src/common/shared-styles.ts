import { css } from 'lit';

/** Rules every element's shadow root needs the same: `hidden` hides the host; text only screen readers get. */
export const sharedStyles = css`
  :host([hidden]) {
    display: none;
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
