import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { t } from './i18n.js';

interface WheelGateHost extends ReactiveControllerHost, HTMLElement {
  /** `wheel-zoom`: the wheel always zooms, as a full-page map would. */
  wheelZoom: boolean;
}

const HINT_MS = 1600;

/** "Ctrl" or "⌘", as the reader's keyboard says it. */
function modifierName(): string {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}

/**
 * A view embedded in a page must not trap the page's scrolling: the wheel zooms the view only once the reader has
 * engaged it (focus is inside it, as a click on it gives) or while Ctrl or ⌘ is held. Otherwise the page scrolls and
 * a brief hint says how to zoom. One finger on a touch screen pans only an engaged view too (else the page scrolls);
 * two fingers always pan and pinch. `wheel-zoom` makes the view always take the wheel and one finger.
 */
export class WheelGateController implements ReactiveController {
  readonly #host: WheelGateHost;
  #timer: ReturnType<typeof setTimeout> | null = null;
  hinting = false;

  constructor(host: WheelGateHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.hinting = false;
  }

  /** The reader has engaged the view (focus is inside it), or `wheel-zoom` says the view always takes gestures. */
  engaged(): boolean {
    return this.#host.wheelZoom || this.#host.matches(':focus-within');
  }

  /** Whether this wheel event zooms the view; when not, the hint shows (the page scrolls: call no preventDefault). */
  allows(event: WheelEvent): boolean {
    if (event.ctrlKey || event.metaKey || this.engaged()) return true;
    this.#hint();
    return false;
  }

  #hint(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.hinting = false;
      this.#host.requestUpdate();
    }, HINT_MS);
    if (this.hinting) return;
    this.hinting = true;
    this.#host.requestUpdate();
  }

  render(lang: string): TemplateResult | typeof nothing {
    return this.hinting
      ? html`<div class="wheel-hint" part="wheel-hint" aria-hidden="true">
          ${t(lang, 'wheelHint', { key: modifierName() })}
        </div>`
      : nothing;
  }
}
