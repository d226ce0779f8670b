import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { atlasText as t } from '../common/catalogs/en-atlas.js';
import type { MessageKey } from '../common/i18n.js';

/** The atlas's Download menu: a menu button (WAI-ARIA APG pattern) whose items save the filtered data as a file. */

export type DownloadKind = 'geojson' | 'events-csv' | 'places-csv';

export const DOWNLOAD_KINDS: readonly DownloadKind[] = ['geojson', 'events-csv', 'places-csv'];

const LABELS: Readonly<Record<DownloadKind, MessageKey>> = {
  geojson: 'downloadGeojson',
  'events-csv': 'downloadEventsCsv',
  'places-csv': 'downloadPlacesCsv',
};

export interface DownloadFile {
  readonly filename: string;
  /** `application/geo+json` or `text/csv`. */
  readonly type: string;
  readonly text: string;
}

/**
 * Fired on the atlas before a file is saved. Cancel it (`preventDefault()`) to handle the file yourself (send it
 * elsewhere); otherwise the browser downloads it.
 */
export class RelationsDownloadEvent extends Event {
  static readonly eventName = 'relations-download';
  readonly detail: DownloadFile;
  constructor(file: DownloadFile) {
    super(RelationsDownloadEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = file;
  }
}

declare global {
  interface HTMLElementEventMap {
    'relations-download': RelationsDownloadEvent;
  }
}

/** Saves text as a file through a temporary `<a download>` and a Blob's object URL (no data URL, no server). */
export function saveFile(file: DownloadFile): void {
  const href = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = file.filename;
  anchor.rel = 'noopener';
  anchor.click();
  // The download has taken its own reference to the Blob by the time the click returns; the URL can go after it.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

export class DownloadMenuController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #choose: (kind: DownloadKind) => void;
  #open = false;

  constructor(host: ReactiveControllerHost & HTMLElement, choose: (kind: DownloadKind) => void) {
    this.#host = host;
    this.#choose = choose;
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  hostDisconnected(): void {
    this.#open = false;
  }

  #root(): ParentNode {
    return this.#host.shadowRoot ?? this.#host;
  }

  #items(): HTMLElement[] {
    return [...this.#root().querySelectorAll<HTMLElement>('#download-menu [role="menuitem"]')];
  }

  #button(): HTMLElement | null {
    return this.#root().querySelector<HTMLElement>('#download-button');
  }

  #show(focus: 'first' | 'last'): void {
    this.#open = true;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.#keepInView();
      const items = this.#items();
      items[focus === 'first' ? 0 : items.length - 1]?.focus();
    });
  }

  /**
   * The menu hangs from the button's inline end (the toolbar's edge); where that runs off the page (a narrow screen,
   * the button at the start of a wrapped toolbar), it hangs from the inline start instead.
   */
  #keepInView(): void {
    const menu = this.#root().querySelector<HTMLElement>('#download-menu');
    if (!menu) return;
    delete menu.dataset.align;
    const { left, right } = menu.getBoundingClientRect();
    if (left < 0 || right > document.documentElement.clientWidth) menu.dataset.align = 'start';
  }

  #close(returnFocus: boolean): void {
    if (!this.#open) return;
    this.#open = false;
    this.#host.requestUpdate();
    if (returnFocus) this.#button()?.focus();
  }

  #onButtonClick = () => (this.#open ? this.#close(true) : this.#show('first'));

  #onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.#show(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  #onMenuKey = (event: KeyboardEvent) => {
    const items = this.#items();
    const current = items.indexOf(event.target as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(current + 1);
      case 'ArrowUp':
        return move(current - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return this.#close(true);
      case 'Tab':
        return this.#close(false);
    }
  };

  /** Focus leaving the button and the menu (a click elsewhere, Tab) closes it. */
  #onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    const wrapper = event.currentTarget as HTMLElement;
    if (!next || !wrapper.contains(next)) this.#close(false);
  };

  #pick(kind: DownloadKind): void {
    this.#close(true);
    this.#choose(kind);
  }

  render(lang: string): TemplateResult {
    return html`<div class="download" @focusout=${this.#onFocusOut}>
      <button
        id="download-button"
        type="button"
        class="button"
        aria-haspopup="menu"
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls="download-menu"
        @click=${this.#onButtonClick}
        @keydown=${this.#onButtonKey}
      >
        ${t(lang, 'download')}
      </button>
      <div
        id="download-menu"
        role="menu"
        aria-labelledby="download-button"
        ?hidden=${!this.#open}
        @keydown=${this.#onMenuKey}
      >
        ${DOWNLOAD_KINDS.map(
          (kind) =>
            html`<button type="button" role="menuitem" tabindex="-1" data-kind=${kind} @click=${() => this.#pick(kind)}>
              ${t(lang, LABELS[kind])}
            </button>`,
        )}
      </div>
    </div>`;
  }
}
