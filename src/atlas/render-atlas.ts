import { html, nothing, type TemplateResult } from 'lit';
import type { RelationsChannel } from '../bus/channel.js';
import { cssProps } from '../common/css-props.js';
import { plainText } from '../common/rich-text.js';
import { atlasText as t } from '../common/catalogs/en-atlas.js';
import { categoryColor } from '../common/palette.js';
import { formatEventDate } from '../data/format-date.js';
import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import { safeUrl } from '../data/safe-url.js';
import { isEmptySelection, type Selection } from '../data/selection.js';
import type { DetailsSelectEvent } from './details-panel.component.js';
import type { TableSelectEvent } from './event-table.component.js';

/** The atlas's own parts around the views: the problems notice, the toolbar and the source line. */

/** What the polite live region says about a selection. */
export function describeSelection(data: LoadedDataset | null, selection: Selection, lang: string): string {
  if (!data || isEmptySelection(selection)) return t(lang, 'selectionCleared');
  if (selection.placeIds.length > 0) {
    const names = selection.placeIds.map((id) => localize(data.placeById.get(id)?.name, lang)).join(', ');
    return t(lang, 'selectedPlace', { name: names, events: t(lang, 'events', { n: selection.eventIds.length }) });
  }
  let known = 0;
  let first: LoadedEvent | undefined;
  for (const id of selection.eventIds) {
    const event = data.eventById.get(id);
    if (!event) continue;
    first ??= event;
    known++;
  }
  if (known === 1 && first) return t(lang, 'selectedEvent', { title: first.title, date: formatEventDate(first, lang) });
  return t(lang, 'selectedEvents', { n: known });
}

/**
 * While the data loads: the shapes of the header, toolbar, timeline and map, so nothing jumps when it comes, and while
 * a large data set is checked, how far the check has come.
 */
export function renderSkeleton(status: string, checking: boolean): TemplateResult {
  return html`<div class="skeleton" role="status" aria-label=${status}>
    ${checking ? html`<p class="checking" aria-hidden="true">${status}</p>` : nothing}
    <div class="bone title"></div>
    <div class="bone line"></div>
    <div class="bone toolbar"></div>
    <div class="bone timeline"></div>
    <div class="lower">
      <div class="bone map"></div>
      <div class="bone panel"></div>
    </div>
  </div>`;
}

export interface ToolbarState {
  readonly data: LoadedDataset;
  readonly lang: string;
  readonly hidden: ReadonlySet<string>;
  readonly query: string;
  readonly visibleCount: number;
  readonly playing: boolean;
  readonly motionAllowed: boolean;
  readonly toggleCategory: (id: string) => void;
  readonly onSearchInput: (event: Event) => void;
  readonly onSearchKey: (event: KeyboardEvent) => void;
  readonly togglePlayback: () => void;
  /** Copies the page's address with the view in it; `null` without `sync-url`. */
  readonly copyLink: (() => void) | null;
  /** Starts the data set's story (Story mode); `null` when it has none. */
  readonly startStory: (() => void) | null;
  /** The Download menu. */
  readonly download: TemplateResult;
}

export function renderToolbar(state: ToolbarState): TemplateResult {
  const { data } = state;
  return html`<div class="toolbar" part="toolbar">
    <fieldset class="filters">
      <legend>${t(state.lang, 'categories')}</legend>
      ${chipCategories(data).map((category) => {
        const label = localize(category.label, state.lang);
        return html`<button
          type="button"
          class="chip"
          title=${label}
          aria-pressed=${state.hidden.has(category.id) ? 'false' : 'true'}
          @click=${() => state.toggleCategory(category.id)}
        >
          <span class="dot" style=${cssProps({ background: categoryColor(category.id, data) })}></span
          ><span class="chip-label">${label}</span>
        </button>`;
      })}
    </fieldset>
    <div class="search">
      <label class="visually-hidden" for="search">${t(state.lang, 'searchLabel')}</label>
      <input
        id="search"
        type="search"
        placeholder=${t(state.lang, 'searchPlaceholder')}
        .value=${state.query}
        @input=${state.onSearchInput}
        @keydown=${state.onSearchKey}
      />
      <button
        type="button"
        class="button"
        ?disabled=${!state.motionAllowed}
        aria-pressed=${state.playing ? 'true' : 'false'}
        title=${t(state.lang, state.motionAllowed ? 'playTitle' : 'playOff')}
        @click=${state.togglePlayback}
      >
        ${t(state.lang, state.playing ? 'pause' : 'play')}
      </button>
      ${state.startStory ? html`<button type="button" class="button start-story" @click=${state.startStory}>${t(state.lang, 'startStory')}</button>` : nothing}
      ${state.copyLink ? html`<button type="button" class="button copy-link" @click=${state.copyLink}>${t(state.lang, 'copyLink')}</button>` : nothing}
      ${state.download}
      <span class="count"
        >${t(state.lang, 'countOf', { shown: state.visibleCount, total: t(state.lang, 'events', { n: data.events.length }) })}</span
      >
    </div>
  </div>`;
}

export function renderSourceLine(data: LoadedDataset, lang: string): TemplateResult {
  const source = data.meta.source;
  const url = safeUrl(source?.url);
  return html`<footer>
    ${
      source
        ? html`${t(lang, 'source')}
          ${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank"><bdi>${source.title}</bdi></a>` : html`<bdi>${source.title}</bdi>`}${
            source.licence ? html`, <bdi>${source.licence}</bdi>` : nothing
          }.`
        : nothing
    }
  </footer>`;
}

export type Tab = 'details' | 'list';

export interface PanelState {
  readonly data: LoadedDataset;
  readonly lang: string;
  readonly tab: Tab;
  readonly visible: readonly LoadedEvent[];
  /** The selected event ids as a set (the same set until the selection changes). */
  readonly selectedIds: ReadonlySet<string>;
  readonly selection: Selection | null;
  /** The `no-media` attribute: media as links, never images. */
  readonly noMedia: boolean;
  readonly setTab: (tab: Tab) => void;
  readonly onTabKey: (event: KeyboardEvent) => void;
  readonly choose: (selection: Selection) => void;
}

/** The side panel: Details and List tabs (arrow keys switch), the details of the selection, the event table. */
export function renderPanel(state: PanelState): TemplateResult {
  return html`<aside part="panel" aria-label=${t(state.lang, 'panel')}>
    <div role="tablist" aria-label="Panel" @keydown=${state.onTabKey}>
      <button
        id="tab-details"
        role="tab"
        aria-controls="panel-details"
        aria-selected=${state.tab === 'details' ? 'true' : 'false'}
        tabindex=${state.tab === 'details' ? 0 : -1}
        @click=${() => state.setTab('details')}
      >
        ${t(state.lang, 'details')}
      </button>
      <button
        id="tab-list"
        role="tab"
        aria-controls="panel-list"
        aria-selected=${state.tab === 'list' ? 'true' : 'false'}
        tabindex=${state.tab === 'list' ? 0 : -1}
        @click=${() => state.setTab('list')}
      >
        ${t(state.lang, 'list', { n: state.visible.length })}
      </button>
    </div>
    <div
      id="panel-details"
      role="tabpanel"
      aria-labelledby="tab-details"
      tabindex="0"
      ?hidden=${state.tab !== 'details'}
    >
      <relations-details-panel
        .data=${state.data}
        .selection=${state.selection}
        lang=${state.lang}
        ?no-media=${state.noMedia}
        @details-select=${(e: DetailsSelectEvent) => state.choose(e.selection)}
      ></relations-details-panel>
    </div>
    <div id="panel-list" role="tabpanel" aria-labelledby="tab-list" ?hidden=${state.tab !== 'list'}>
      <relations-event-table
        .data=${state.data}
        .events=${state.visible}
        .active=${state.tab === 'list'}
        .selectedIds=${state.selectedIds}
        .colorOf=${colorsOf(state.data)}
        lang=${state.lang}
        @table-select=${(e: TableSelectEvent) => state.choose({ eventIds: [e.eventId], placeIds: [] })}
      ></relations-event-table>
    </div>
  </aside>`;
}

/** The categories with events, once per data set: a category without any would walk every event on each render. */
const usedCategories = new WeakMap<LoadedDataset, LoadedDataset['categories']>();

function chipCategories(data: LoadedDataset): LoadedDataset['categories'] {
  let used = usedCategories.get(data);
  if (!used) {
    const present = new Uint8Array(data.categories.length);
    const { eventCategory } = data;
    for (let i = 0; i < eventCategory.length; i++) present[eventCategory[i]] = 1;
    usedCategories.set(data, (used = data.categories.filter((_, k) => present[k] === 1)));
  }
  return used;
}

/** One colour function per data set, so the table sees the same one on every render. */
const colorFunctions = new WeakMap<LoadedDataset, (id: string) => string>();

function colorsOf(data: LoadedDataset): (id: string) => string {
  let colors = colorFunctions.get(data);
  if (!colors) colorFunctions.set(data, (colors = (id) => categoryColor(id, data)));
  return colors;
}

/** The title block from the data's `meta`. */
export function renderHeader(meta: LoadedDataset['meta']): TemplateResult {
  // Clamped to a few lines; the whole text on hover. One line of text: a TimelineJS title slide's markup is dropped.
  const description = plainText(meta.description);
  return html`<header part="header">
    <h2 title=${meta.title}>${meta.title}</h2>
    ${description ? html`<p title=${description}>${description}</p>` : nothing}
  </header>`;
}

export interface ViewsState {
  readonly bus: RelationsChannel | null;
  readonly data: LoadedDataset;
  /** The atlas's own `lang` attribute; without one the views follow the page through the lang rule. */
  readonly lang: string;
  readonly theme: string;
  /** The views report readiness and problems to the atlas, which reports once for all of them. */
  readonly swallow: (event: Event) => void;
  readonly panel: TemplateResult;
}

/** The timeline above, the map and the panel below, on the atlas's channel, quiet. */
export function renderViews(state: ViewsState): TemplateResult {
  const { bus, data, lang, theme } = state;
  return html`<div @relations-ready=${state.swallow} @relations-error=${state.swallow}>
    <relations-timeline
      part="timeline"
      .bus=${bus}
      .data=${data}
      lang=${lang || nothing}
      theme=${theme}
      quiet
    ></relations-timeline>
    <div class="lower">
      <relations-map part="map" .bus=${bus} .data=${data} lang=${lang || nothing} theme=${theme} quiet></relations-map>
      ${state.panel}
    </div>
  </div>`;
}
