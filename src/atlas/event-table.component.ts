import { LanguageController } from '../common/language-controller.js';
import { atlasText as t } from '../common/catalogs/en-atlas.js';
import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { cssProps } from '../common/css-props.js';
import { formatEventDate } from '../data/format-date.js';
import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import { rowAtOffset, rowSpace } from './row-window.js';
import { eventOrder, indexOfEvent, sortEvents, type SortKey } from './sort-events.js';

/**
 * Rows drawn at a time: a few screenfuls of the panel, whatever the number of events. A selection far down the list
 * draws them all anew, and their layout is most of what the selection costs.
 */
const WINDOW_ROWS = 60;
const ROW_HEIGHT_GUESS = 44;
/** Rows kept drawn above the view (and twice as many below it) before the window moves. */
const MARGIN_ROWS = 10;

export class TableSelectEvent extends Event {
  static readonly eventName = 'table-select';
  constructor(readonly eventId: string) {
    super(TableSelectEvent.eventName, { bubbles: true, composed: false });
  }
}

/**
 * @summary The events as a sortable table: the accessible alternative to the timeline and map, following the selection.
 * One tab stop: the focused row; arrow keys, Home and End move, Enter or Space selects.
 * @fires table-select - a row was chosen (internal to the atlas)
 */
export class RelationsEventTable extends LitElement {
  /** Fetches the catalogue of the element's language when it is not here yet. */
  protected readonly languages = new LanguageController(this);
  static override styles = css`
    :host {
      display: block;
      overflow: auto;
      font: inherit;
      color: inherit;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: calc(0.8125 * var(--_rem, 16px));
    }
    caption {
      text-align: start;
      padding: 0 0 calc(0.5 * var(--_rem, 16px));
      color: var(--relations-muted, #5b6470);
    }
    th {
      position: sticky;
      top: 0;
      background: var(--relations-surface, #fff);
      text-align: start;
      border-bottom: 2px solid var(--relations-rule, #c9ced6);
      padding: 0;
    }
    th button {
      all: unset;
      box-sizing: border-box;
      width: 100%;
      padding: calc(0.4 * var(--_rem, 16px)) calc(0.5 * var(--_rem, 16px));
      font-weight: 600;
      cursor: pointer;
    }
    th button:focus-visible {
      outline: 2px solid var(--relations-focus, #1a5fb4);
      outline-offset: -2px;
    }
    th,
    td {
      /* Words break only where they must: columns are as wide as their longest word ("Azerbaijani" stays whole). */
      overflow-wrap: break-word;
    }
    td.date {
      width: 7.5em;
    }
    td {
      padding: calc(0.4 * var(--_rem, 16px)) calc(0.5 * var(--_rem, 16px));
      border-bottom: 1px solid var(--relations-rule-light, #e4e7eb);
      vertical-align: top;
    }
    tr[aria-selected='true'] td {
      background: var(--relations-selected-bg, #fff3c4);
    }
    tr:focus-visible {
      outline: 2px solid var(--relations-focus, #1a5fb4);
      outline-offset: -2px;
    }
    tbody tr {
      cursor: pointer;
    }
    tbody tr:hover td {
      background: var(--relations-hover-bg, #f1f4f8);
    }
    .date {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .places {
      display: block;
      color: var(--relations-muted, #5b6470);
      font-size: calc(0.75 * var(--_rem, 16px));
    }
    .swatch {
      display: inline-block;
      width: calc(0.6 * var(--_rem, 16px));
      height: calc(0.6 * var(--_rem, 16px));
      border-radius: 2px;
      margin-inline-end: calc(0.35 * var(--_rem, 16px));
      vertical-align: baseline;
    }
    .empty {
      padding: calc(1 * var(--_rem, 16px)) calc(0.5 * var(--_rem, 16px));
      color: var(--relations-muted, #5b6470);
    }
  `;

  static override properties: PropertyDeclarations = {
    sortKey: { state: true, attribute: false },
    descending: { state: true, attribute: false },
    focusedId: { state: true, attribute: false },
    data: { attribute: false },
    events: { attribute: false },
    active: { type: Boolean },
    selectedIds: { attribute: false },
    first: { state: true, attribute: false },
    lang: {},
    colorOf: { attribute: false },
  };

  declare private sortKey: SortKey;
  declare private descending: boolean;
  declare private focusedId: string | null;

  declare data: LoadedDataset | null;
  declare events: readonly LoadedEvent[];
  /** Whether the table is on screen (its tab is open); a hidden table renders nothing. */
  declare active: boolean;
  declare selectedIds: ReadonlySet<string>;
  /** Index of the first row drawn: only a window of rows around what is scrolled into view is in the DOM. */
  declare private first: number;
  declare lang: string;
  declare colorOf: (category: string) => string;

  constructor() {
    super();
    this.sortKey = 'date';
    this.descending = false;
    this.focusedId = null;
    this.data = null;
    this.events = [];
    this.active = true;
    this.first = 0;
    this.selectedIds = new Set();
    this.lang = 'en';
    this.colorOf = () => 'currentColor';
  }

  #sorted: readonly LoadedEvent[] = [];
  /** The order of `#sorted` (ascending), for finding a row by binary search rather than an index of every row. */
  #order = eventOrder('date', 'en', (id) => id);
  #sortedFor: readonly unknown[] = [];
  /** Measured height of a drawn row, for the space the rows not drawn take. */
  #rowHeight = ROW_HEIGHT_GUESS;
  #measured = false;
  #scroller: HTMLElement | null = null;
  #scrollFrame = 0;
  #revealFrame = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.active) return;
    // Sorted once per list, key, direction and language; a selection or a focus move does not sort again.
    const sortKey = [this.events, this.sortKey, this.descending, this.lang, this.data];
    if (sortKey.some((part, i) => part !== this.#sortedFor[i])) {
      this.#sortedFor = sortKey;
      this.#sorted = sortEvents(this.events, this.sortKey, this.descending, this.lang, this.#categoryLabel);
      this.#order = eventOrder(this.sortKey, this.lang, this.#categoryLabel);
      this.#measured = false;
      // The focused row stays focused if it is still among the drawn ones; else the first row takes the focus.
      const drawn = this.#sorted.slice(this.first, this.first + WINDOW_ROWS);
      if (!drawn.some((event) => event.id === this.focusedId)) this.focusedId = this.#sorted[0]?.id ?? null;
    }
    if (!this.focusedId) this.focusedId = this.#sorted[0]?.id ?? null;
    if (changed.has('selectedIds')) {
      // The first selected row in the list's order, found from the (few) selected ids, not by scanning every row.
      let firstIndex = -1;
      for (const id of this.selectedIds) {
        const index = this.#indexOf(id);
        if (index !== undefined && (firstIndex < 0 || index < firstIndex)) firstIndex = index;
      }
      if (firstIndex >= 0) {
        this.focusedId = this.#sorted[firstIndex].id;
        this.#bringIntoWindow(firstIndex);
      }
    }
    this.first = Math.min(this.first, Math.max(0, this.#sorted.length - WINDOW_ROWS));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.active) return;
    this.#listenToScroll();
    // Measured once per list (a layout read, which forces the frame's layout early), not when a selection or a
    // scroll draws other rows: the scroll handler reads the drawn rows' boxes anyway.
    if (!this.#measured) {
      const drawn = this.renderRoot.querySelectorAll<HTMLElement>('tbody tr[data-event-id]');
      if (drawn.length > 0) {
        this.#measured = true;
        const height = [...drawn].reduce((sum, row) => sum + row.offsetHeight, 0) / drawn.length;
        if (height > 0 && Math.abs(height - this.#rowHeight) > 2) this.#rowHeight = height;
      }
    }
    if (changed.has('selectedIds') && this.focusedId && this.selectedIds.has(this.focusedId)) {
      // In the next frame, once the other views have drawn the selection too: one layout for all of them, not one
      // forced here and another for the frame.
      const id = this.focusedId;
      cancelAnimationFrame(this.#revealFrame);
      this.#revealFrame = requestAnimationFrame(() => {
        this.#revealFrame = 0;
        if (this.active && this.focusedId === id) this.#row(id)?.scrollIntoView({ block: 'nearest' });
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#scroller = null;
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
    cancelAnimationFrame(this.#revealFrame);
    this.#revealFrame = 0;
  }

  #indexOf(id: string): number | undefined {
    const event = this.data?.eventById.get(id);
    const index = event
      ? indexOfEvent(this.#sorted, event, this.#order, this.descending)
      : this.#sorted.findIndex((e) => e.id === id);
    return index >= 0 ? index : undefined;
  }

  /** The scrolling box the table sits in (the atlas's list panel), or the table itself. */
  #listenToScroll(): void {
    const scroller = this.parentElement ?? this;
    if (scroller === this.#scroller) return;
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#scroller = scroller;
    scroller.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  /** Which rows to draw, once a frame while the reader scrolls. */
  readonly #onScroll = (): void => {
    if (this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const scroller = this.#scroller;
      const body = this.renderRoot.querySelector('tbody');
      if (!scroller || !body) return;
      const viewTop = scroller.getBoundingClientRect().top;
      // The row at the top of the view: a drawn one when the view is on drawn rows (exact), else worked out from the
      // room the rows not drawn take (the reader dragged the scroll bar far).
      const drawn = [...body.querySelectorAll<HTMLElement>('tr[data-event-id]')];
      const atTop = drawn.find((row) => row.getBoundingClientRect().bottom > viewTop);
      const bodyTop = body.getBoundingClientRect().top;
      const drawnHeight = drawn.length
        ? drawn[drawn.length - 1].getBoundingClientRect().bottom - drawn[0].getBoundingClientRect().top
        : 0;
      const topIndex =
        atTop && atTop.getBoundingClientRect().top <= viewTop + 1
          ? Number(atTop.getAttribute('aria-rowindex')) - 2
          : rowAtOffset(viewTop - bodyTop, {
              first: this.first,
              drawn: drawn.length,
              drawnHeight,
              space: this.#space(),
              count: this.#sorted.length,
            });
      if (drawn.length > 0) {
        const height = drawnHeight / drawn.length;
        if (height > 0 && Math.abs(height - this.#rowHeight) > 2) this.#rowHeight = height;
      }
      // Moved only when the view nears an end of the drawn rows, so a focused row stays drawn.
      if (topIndex >= this.first + MARGIN_ROWS && topIndex <= this.first + WINDOW_ROWS - 2 * MARGIN_ROWS) return;
      const first = Math.max(0, Math.min(topIndex - MARGIN_ROWS, this.#sorted.length - WINDOW_ROWS));
      if (first !== this.first) this.first = first;
    });
  };

  /** The room a row not drawn takes (less than a drawn one's when a million would pass a browser's height cap). */
  #space(): number {
    return rowSpace(this.#rowHeight, this.#sorted.length);
  }

  /** Moves the window of drawn rows so that row `index` is in it. */
  #bringIntoWindow(index: number): void {
    if (index < this.first || index >= this.first + WINDOW_ROWS) {
      this.first = Math.max(0, Math.min(index - WINDOW_ROWS / 2, this.#sorted.length - WINDOW_ROWS));
    }
  }

  #categoryLabel = (id: string): string => {
    const category = this.data?.categories.find((c) => c.id === id);
    return category ? localize(category.label, this.lang) : id;
  };

  #row(id: string): HTMLTableRowElement | null {
    return this.renderRoot.querySelector(`tr[data-event-id="${CSS.escape(id)}"]`);
  }

  #sortBy(key: SortKey): void {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = false;
    }
  }

  #choose(id: string): void {
    this.focusedId = id;
    this.dispatchEvent(new TableSelectEvent(id));
  }

  #onKeyDown(event: KeyboardEvent, id: string): void {
    const index = this.#indexOf(id) ?? -1;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(this.#sorted.length - 1, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = this.#sorted.length - 1;
        break;
      case 'PageDown':
        next = Math.min(this.#sorted.length - 1, index + 10);
        break;
      case 'PageUp':
        next = Math.max(0, index - 10);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#choose(id);
        return;
      default:
        return;
    }
    event.preventDefault();
    const target = this.#sorted[next];
    if (!target) return;
    this.focusedId = target.id;
    this.#bringIntoWindow(next);
    void this.updateComplete.then(() => this.#row(target.id)?.focus());
  }

  #sortState(key: SortKey): 'ascending' | 'descending' | 'none' {
    if (this.sortKey !== key) return 'none';
    return this.descending ? 'descending' : 'ascending';
  }

  #header(key: SortKey, label: string) {
    const sort = this.#sortState(key);
    const arrow = sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : '';
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" @click=${() => this.#sortBy(key)}>${label}<span aria-hidden="true">${arrow}</span></button>
    </th>`;
  }

  override render() {
    const dataset = this.data;
    if (!dataset || !this.active) return nothing;
    if (this.#sorted.length === 0) return html`<p class="empty">${t(this.lang, 'noMatches')}</p>`;
    const first = this.first;
    const rows = this.#sorted.slice(first, first + WINDOW_ROWS);
    const after = this.#sorted.length - first - rows.length;
    // The rows not drawn keep their space, so the scroll bar and the reader's place in the list stay true.
    const spacer = (count: number) =>
      count > 0
        ? html`<tr class="spacer" aria-hidden="true">
            <td colspan="3" style=${cssProps({ height: `${count * this.#space()}px` })}></td>
          </tr>`
        : nothing;
    return html`<table part="table" aria-rowcount=${this.#sorted.length + 1}>
      <caption>
        ${t(this.lang, 'tableCaption', { events: t(this.lang, 'events', { n: this.#sorted.length }) })}
      </caption>
      <thead>
        <tr aria-rowindex="1">
          ${this.#header('date', t(this.lang, 'colDate'))} ${this.#header('title', t(this.lang, 'colEvent'))}
          ${this.#header('category', t(this.lang, 'colCategory'))}
        </tr>
      </thead>
      <tbody>
        ${spacer(first)}
        ${rows.map((event, i) => {
          const places = event.places.map((id) => localize(dataset.placeById.get(id)?.name, this.lang)).join(' → ');
          return html`<tr
            data-event-id=${event.id}
            aria-rowindex=${first + i + 2}
            tabindex=${event.id === this.focusedId ? 0 : -1}
            aria-selected=${this.selectedIds.has(event.id) ? 'true' : 'false'}
            @click=${() => this.#choose(event.id)}
            @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e, event.id)}
            @focus=${() => (this.focusedId = event.id)}
          >
            <td class="date">${formatEventDate(event, this.lang)}</td>
            <td>${event.title}${places ? html`<span class="places">${places}</span>` : nothing}</td>
            <td>
              <span class="swatch" style=${cssProps({ background: this.colorOf(event.category) })}></span
              >${this.#categoryLabel(event.category)}
            </td>
          </tr>`;
        })}
        ${spacer(after)}
      </tbody>
    </table>`;
  }
}
