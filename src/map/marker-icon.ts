import type { MarkerSymbol } from './marker-symbol.js';

/**
 * The DOM inside a place marker: an SVG glyph per symbol, an event-count badge and a label. Built with
 * createElementNS and textContent only, so no data string is ever parsed as HTML.
 */

const SVG = 'http://www.w3.org/2000/svg';

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}

/** Built once per symbol and cloned: cloning is several times cheaper than building, which matters at scale. */
const templates = new Map<MarkerSymbol, SVGSVGElement>();

/** A glyph drawn in a 24×24 box centred on the place, coloured through `currentColor`. */
export function glyph(symbol: MarkerSymbol): SVGSVGElement {
  let template = templates.get(symbol);
  if (!template) templates.set(symbol, (template = buildGlyph(symbol)));
  return template.cloneNode(true) as SVGSVGElement;
}

function buildGlyph(symbol: MarkerSymbol): SVGSVGElement {
  const svg = svgEl('svg', {
    viewBox: '-12 -12 24 24',
    width: 24,
    height: 24,
    class: 'glyph',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  switch (symbol) {
    case 'capital':
      svg.append(
        svgEl('circle', { r: 8, class: 'ring', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6 }),
        svgEl('circle', { r: 4.6, class: 'fill', fill: 'currentColor', stroke: 'var(--_halo)', 'stroke-width': 1.2 }),
      );
      break;
    case 'embassy':
      svg.append(
        svgEl('path', {
          d: 'M-5 9V-9',
          stroke: 'var(--_ink)',
          'stroke-width': 1.6,
          'stroke-linecap': 'round',
          fill: 'none',
        }),
        svgEl('path', {
          d: 'M-4.2 -8.4H7L4.6 -4.6L7 -0.8H-4.2Z',
          class: 'fill',
          fill: 'currentColor',
          stroke: 'var(--_halo)',
          'stroke-width': 1,
        }),
      );
      break;
    case 'consulate':
      svg.append(
        svgEl('path', {
          d: 'M-5 9V-9',
          stroke: 'var(--_ink)',
          'stroke-width': 1.4,
          'stroke-linecap': 'round',
          fill: 'none',
        }),
        svgEl('path', {
          d: 'M-4.2 -8.4H6L3.8 -5L6 -1.6H-4.2Z',
          fill: 'var(--_halo)',
          stroke: 'currentColor',
          'stroke-width': 1.6,
        }),
      );
      break;
    case 'twin-city':
      svg.append(
        svgEl('circle', { cx: -3, r: 5, fill: 'none', stroke: 'var(--_halo)', 'stroke-width': 3.6 }),
        svgEl('circle', { cx: 3, r: 5, fill: 'none', stroke: 'var(--_halo)', 'stroke-width': 3.6 }),
        svgEl('circle', { cx: -3, r: 5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8 }),
        svgEl('circle', { cx: 3, r: 5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8 }),
      );
      break;
    case 'venue':
      svg.append(
        svgEl('path', {
          d: 'M0 -5.5L5.5 0L0 5.5L-5.5 0Z',
          class: 'fill',
          fill: 'currentColor',
          stroke: 'var(--_halo)',
          'stroke-width': 1.2,
        }),
      );
      break;
    default:
      svg.append(
        svgEl('circle', { r: 4, class: 'fill', fill: 'currentColor', stroke: 'var(--_halo)', 'stroke-width': 1.2 }),
      );
  }
  return svg;
}

export interface PlaceIconParts {
  readonly root: HTMLElement;
  readonly label: HTMLElement;
  readonly badge: HTMLElement;
}

/** The content of a place marker; the caller sets label text and badge count through the returned parts. */
export function placeIcon(symbol: MarkerSymbol, party: 0 | 1 | 2, label: string, count: number): PlaceIconParts {
  const root = document.createElement('div');
  root.className = `place-icon party-${party}`;
  root.dataset.symbol = symbol;
  root.append(glyph(symbol));
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('aria-hidden', 'true');
  badge.textContent = count > 0 ? String(count) : '';
  badge.hidden = count === 0;
  const text = document.createElement('span');
  text.className = 'label';
  text.setAttribute('aria-hidden', 'true');
  text.textContent = label;
  root.append(badge, text);
  return { root, label: text, badge };
}

/** An arrowhead pointing east, rotated by the caller. */
export function arrowIcon(angle: number): HTMLElement {
  const root = document.createElement('div');
  root.className = 'arrow-icon';
  const svg = svgEl('svg', {
    viewBox: '-6 -6 12 12',
    width: 14,
    height: 14,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(svgEl('path', { d: 'M5 0L-4 -4.5L-2 0L-4 4.5Z', fill: 'currentColor' }));
  svg.style.transform = `rotate(${angle.toFixed(1)}deg)`;
  root.append(svg);
  return root;
}

/** A small legend swatch for a symbol. */
export function legendGlyph(symbol: MarkerSymbol): SVGSVGElement {
  const svg = glyph(symbol);
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  return svg;
}
