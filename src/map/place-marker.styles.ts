import { css } from 'lit';

/** Place markers: glyph, event-count badge, label, and the looks of highlighted, hovered, focused, faded and filtered places. */
export const placeMarkerStyles = css`
  /* Place markers: Leaflet positions .place; the icon inside carries the spread offset. */
  .leaflet-marker-icon.place {
    background: none;
    border: none;
  }
  .place-icon {
    position: relative;
    width: 24px;
    height: 24px;
    color: var(--_other);
  }
  .place-icon.party-1 {
    color: var(--_party-1);
  }
  .place-icon.party-2 {
    color: var(--_party-2);
  }
  .place-icon[data-spread]::after {
    content: '';
    position: absolute;
    left: 12px;
    top: 12px;
    z-index: -1;
    width: var(--_leg);
    border-top: 1px solid color-mix(in srgb, var(--_ink) 55%, transparent);
    transform: rotate(var(--_leg-angle));
    transform-origin: 0 0;
    pointer-events: none;
  }
  .glyph {
    display: block;
    overflow: visible;
    transition: transform 120ms ease-out;
  }
  .badge {
    position: absolute;
    left: 14px;
    top: -9px;
    pointer-events: none;
  }
  /* The count bubble, on a marker and as the legend's sample. */
  .badge,
  .count-sample {
    min-width: 10px;
    padding: 0 3px;
    border-radius: 7px;
    background: var(--_ink);
    color: var(--_halo);
    font-size: 9.5px;
    font-weight: 600;
    line-height: 13px;
    text-align: center;
  }
  .label {
    position: absolute;
    left: 23px;
    top: 4px;
    white-space: nowrap;
    /* A long name from the data ends in an ellipsis; the margin keeps the halo. */
    max-width: 18em;
    overflow: clip;
    overflow-clip-margin: 3px;
    text-overflow: ellipsis;
    font-size: 12px;
    line-height: 16px;
    font-weight: 500;
    color: var(--_ink);
    text-shadow:
      0 0 2px var(--_halo),
      0 0 2px var(--_halo),
      0 0 3px var(--_halo);
    pointer-events: none;
    display: none;
  }
  [data-labelled] .label,
  [data-highlighted] .label,
  [data-focused] .label {
    display: block;
  }
  [data-label-side='left'] .label {
    left: auto;
    right: 23px;
  }
  [data-label-side='top'] .label {
    left: 50%;
    top: -15px;
    transform: translateX(-50%);
  }
  [data-label-side='bottom'] .label {
    left: 50%;
    top: 22px;
    transform: translateX(-50%);
  }
  .badge {
    display: none;
  }
  [data-labelled] .badge,
  [data-highlighted] .badge,
  [data-hovered] .badge,
  [data-focused] .badge {
    display: block;
  }
  .badge[hidden] {
    display: none !important;
  }
  .place-icon[data-symbol='capital'] .label {
    font-weight: 650;
  }
  [data-highlighted] .glyph {
    transform: scale(1.35);
    filter: drop-shadow(0 0 2px var(--_highlight)) drop-shadow(0 0 1px var(--_highlight));
  }
  [data-highlighted] .label {
    display: block;
    font-weight: 650;
  }
  [data-hovered] .glyph {
    transform: scale(1.2);
  }
  [data-focused] .place-icon::before {
    content: '';
    position: absolute;
    inset: -4px;
    border-radius: 50%;
    border: 2px solid var(--_focus);
  }
  /* While something is selected, the rest steps back. */
  /* Only the symbol steps back: text stays at full contrast, or is hidden. */
  [data-has-selection] .leaflet-marker-icon.place:not([data-highlighted]):not([data-focused]) .glyph {
    opacity: 0.45;
  }
  [data-has-selection] .leaflet-marker-icon.place:not([data-highlighted]):not([data-focused]) .badge {
    display: none;
  }
  [data-faded] .glyph {
    opacity: 0.3;
  }
  [data-faded] .badge,
  [data-faded] .label {
    display: none !important;
  }
  [data-filtered] {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .glyph {
      transition: none;
    }
  }
`;
