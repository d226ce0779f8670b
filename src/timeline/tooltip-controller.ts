import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cssProps } from '../common/css-props.js';

export interface Tip {
  readonly lines: readonly string[];
  /** Position in the frame, px. */
  readonly x: number;
  readonly y: number;
}

interface TooltipHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The hover tooltip: re-rendered only when what it says changes, moved by its style while the pointer moves over
 * the same thing, and flipped to the pointer's left near the right edge.
 */
export class TooltipController implements ReactiveController {
  readonly #host: TooltipHost;
  readonly #size: () => { width: number; height: number };
  #key = '';
  tip: Tip | null = null;

  constructor(host: TooltipHost, size: () => { width: number; height: number }) {
    this.#host = host;
    this.#size = size;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hide();
  }

  /** Shows `lines()` (built only when `key` differs from what is shown) at a frame position. */
  show(key: string, lines: () => string[], x: number, y: number): void {
    if (key !== this.#key || !this.tip) {
      this.#key = key;
      this.tip = { lines: lines(), x, y };
      this.#host.requestUpdate();
      return;
    }
    const element = this.#host.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (element) Object.assign(element.style, this.#position(x, y));
  }

  hide(): void {
    if (!this.tip && !this.#key) return;
    this.#key = '';
    this.tip = null;
    this.#host.requestUpdate();
  }

  #position(x: number, y: number): { top: string; left: string; right: string } {
    const { width, height } = this.#size();
    const flip = x > width - 240;
    return {
      top: `${Math.min(y + 14, height - 70)}px`,
      left: flip ? '' : `${x + 12}px`,
      right: flip ? `${width - x + 12}px` : '',
    };
  }

  /** The tooltip shown, or `fallback` (the keyboard focus's) when the pointer shows none. */
  render(fallback: Tip | null): TemplateResult | typeof nothing {
    const tip = this.tip ?? fallback;
    if (!tip) return nothing;
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${cssProps(this.#position(tip.x, tip.y))}>
      ${tip.lines.map((line, i) => html`<div class=${i === 0 ? 'tip-title' : 'tip-line'}>${line}</div>`)}
    </div>`;
  }
}

/** Where the keyboard focus's tooltip goes: at the middle of its mark (kept inside the plot), in frame px. */
export function tipAt(
  mark: { readonly x0: number; readonly x1: number; readonly y: number },
  lines: readonly string[],
  plotWidth: number,
  left: number,
  top: number,
): Tip {
  return { lines, x: left + Math.min(plotWidth, Math.max(0, (mark.x0 + mark.x1) / 2)), y: top + mark.y };
}
