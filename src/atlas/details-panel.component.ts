import { LanguageController } from '../common/language-controller.js';
import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { renderRichText } from '../common/render-rich-text.js';
import { isolate, type MessageKey } from '../common/i18n.js';
import { atlasText as t } from '../common/catalogs/en-atlas.js';
import { formatEventDate } from '../data/format-date.js';
import type { LoadedDataset, LoadedEvent } from '../data/loaded.js';
import { localize } from '../data/localize.js';
import { safeUrl } from '../data/safe-url.js';
import type { Selection } from '../data/selection.js';
import type { Flag, Place } from '../data/types.js';
import { mediaView } from './event-media.js';

export class DetailsSelectEvent extends Event {
  static readonly eventName = 'details-select';
  constructor(readonly selection: Selection) {
    super(DetailsSelectEvent.eventName, { bubbles: true, composed: false });
  }
}

const KIND_LABELS: Readonly<Record<string, MessageKey>> = {
  capital: 'capital',
  city: 'kindCity',
  region: 'kindRegion',
  embassy: 'embassy',
  consulate: 'consulate',
  'twin-city': 'twinCity',
  venue: 'venue',
};

const MAX_EVENTS_SHOWN = 12;
/** An event at thousands of places lists the first of them, then says how many more. */
const MAX_PLACES_SHOWN = 24;

const OVERVIEW_PLACES = 5;
const OVERVIEW_FLAGGED = 3;

interface Overview {
  readonly busiest: readonly { readonly place: Place; readonly count: number }[];
  /** The first flagged events (as many as the overview lists), and how many there are in all. */
  readonly flagged: readonly LoadedEvent[];
  readonly flaggedCount: number;
}

const overviews = new WeakMap<LoadedDataset, Overview>();

/** Computed once per data set: a panel re-renders on every selection, and a data set can hold 100,000 records. */
function overviewOf(data: LoadedDataset): Overview {
  let overview = overviews.get(data);
  if (!overview) {
    const { offsets } = data.placeEvents;
    const busiest = data.places
      .map((place, p) => ({ place, count: offsets[p + 1] - offsets[p] }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, OVERVIEW_PLACES);
    const flagged: LoadedEvent[] = [];
    let flaggedCount = 0;
    for (const event of data.events) {
      if (!event.flags?.length) continue;
      if (flagged.length < OVERVIEW_FLAGGED) flagged.push(event);
      flaggedCount++;
    }
    overview = { busiest, flagged, flaggedCount };
    overviews.set(data, overview);
  }
  return overview;
}

/**
 * @summary What is selected, in words: each event's title, date at its real precision, description, places, actors,
 * source section and quoted sentence, and the data set's flags (the source's words and what is used instead).
 * Descriptions, captions and credits keep their small HTML subset (paragraphs, lists, quotations, emphasis, links),
 * rebuilt through Lit; an event's image is shown under its date, with its caption and credit.
 * @fires details-select - a place or event named in the panel was chosen (internal to the atlas)
 */
export class RelationsDetailsPanel extends LitElement {
  /** Fetches the catalogue of the element's language when it is not here yet. */
  protected readonly languages = new LanguageController(this);
  static override styles = css`
    :host {
      display: block;
      font: inherit;
      color: inherit;
    }
    h3 {
      font-family: var(--relations-heading-font, Georgia, 'Times New Roman', serif);
      font-size: calc(1.125 * var(--_rem, 16px));
      line-height: 1.3;
      margin: 0 0 calc(0.25 * var(--_rem, 16px));
    }
    .meta {
      color: var(--relations-muted, #5b6470);
      font-size: calc(0.8125 * var(--_rem, 16px));
      margin: 0 0 calc(0.5 * var(--_rem, 16px));
    }
    p {
      margin: 0 0 calc(0.5 * var(--_rem, 16px));
      line-height: 1.5;
    }
    article + article {
      border-top: 1px solid var(--relations-rule-light, #e4e7eb);
      margin-top: calc(0.75 * var(--_rem, 16px));
      padding-top: calc(0.75 * var(--_rem, 16px));
    }
    blockquote {
      margin: calc(0.5 * var(--_rem, 16px)) 0;
      padding: calc(0.25 * var(--_rem, 16px)) 0 calc(0.25 * var(--_rem, 16px)) calc(0.75 * var(--_rem, 16px));
      border-inline-start: 3px solid var(--relations-rule, #c9ced6);
      font-style: italic;
      color: var(--relations-muted, #5b6470);
      font-size: calc(0.8125 * var(--_rem, 16px));
    }
    .flag {
      background: var(--relations-flag-bg, #fff6e0);
      border: 1px solid var(--relations-flag-border, #e8c66a);
      border-radius: 4px;
      padding: calc(0.35 * var(--_rem, 16px)) calc(0.5 * var(--_rem, 16px));
      font-size: calc(0.8125 * var(--_rem, 16px));
      margin: calc(0.35 * var(--_rem, 16px)) 0;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: calc(0.25 * var(--_rem, 16px));
      margin: calc(0.25 * var(--_rem, 16px)) 0 calc(0.5 * var(--_rem, 16px));
      padding: 0;
      list-style: none;
    }
    button.link {
      all: unset;
      cursor: pointer;
      color: var(--relations-link, #1a5fb4);
      text-decoration: underline;
      text-underline-offset: 2px;
    }
    button.link:focus-visible,
    a:focus-visible {
      outline: 2px solid var(--relations-focus, #1a5fb4);
      outline-offset: 2px;
    }
    a {
      color: var(--relations-link, #1a5fb4);
    }
    .empty {
      color: var(--relations-muted, #5b6470);
    }
    h3.overview {
      font-family: inherit;
      font-size: calc(0.8125 * var(--_rem, 16px));
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--relations-muted, #5b6470);
      margin: calc(1 * var(--_rem, 16px)) 0 calc(0.35 * var(--_rem, 16px));
    }
    .chips li {
      margin-inline-end: calc(0.75 * var(--_rem, 16px));
    }
    ul.events {
      padding-inline-start: calc(1.1 * var(--_rem, 16px));
      margin: calc(0.25 * var(--_rem, 16px)) 0;
    }
    ul.events li {
      margin: calc(0.2 * var(--_rem, 16px)) 0;
    }
    .rich {
      margin: 0 0 calc(0.5 * var(--_rem, 16px));
      line-height: 1.5;
    }
    .rich > :last-child {
      margin-bottom: 0;
    }
    .rich ul,
    .rich ol {
      margin: calc(0.25 * var(--_rem, 16px)) 0 calc(0.5 * var(--_rem, 16px));
      padding-inline-start: calc(1.25 * var(--_rem, 16px));
    }
    .rich li {
      margin: calc(0.15 * var(--_rem, 16px)) 0;
    }
    .rich blockquote {
      font-size: inherit;
      font-style: normal;
      color: inherit;
    }
    .rich blockquote > :last-child {
      margin-bottom: 0;
    }
    .rich cite {
      font-style: italic;
    }
    figure.media {
      margin: calc(0.5 * var(--_rem, 16px)) 0 calc(0.75 * var(--_rem, 16px));
    }
    figure.media img {
      display: block;
      width: 100%;
      height: auto;
      /* The box is there before the image arrives, so nothing below it moves. */
      aspect-ratio: 3 / 2;
      /* A picture leaves room in the panel for the words; a wide panel shows it letterboxed. */
      max-height: calc(13 * var(--_rem, 16px));
      object-fit: contain;
      background: var(--relations-surface-alt, #f6f7f9);
      border-radius: 4px;
    }
    figcaption {
      margin-top: calc(0.35 * var(--_rem, 16px));
      font-size: calc(0.8125 * var(--_rem, 16px));
      line-height: 1.4;
    }
    figcaption p,
    .credit p {
      margin: 0;
    }
    .credit {
      display: block;
      margin-top: calc(0.15 * var(--_rem, 16px));
      color: var(--relations-muted, #5b6470);
      font-size: calc(0.75 * var(--_rem, 16px));
    }
    .media-link {
      margin: calc(0.25 * var(--_rem, 16px)) 0 calc(0.5 * var(--_rem, 16px));
    }
  `;

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    selection: { attribute: false },
    lang: {},
    noMedia: { type: Boolean, attribute: 'no-media' },
  };

  declare data: LoadedDataset | null;
  declare selection: Selection | null;
  declare lang: string;
  /** No images (their links stay), for pages whose Content-Security-Policy forbids them. */
  declare noMedia: boolean;

  /** Images that failed to load: they stay out, so a re-render does not fetch them again. */
  readonly #failedImages = new Set<string>();

  constructor() {
    super();
    this.data = null;
    this.selection = null;
    this.lang = 'en';
    this.noMedia = false;
  }

  #imageFailed(src: string): void {
    this.#failedImages.add(src);
    this.requestUpdate();
  }

  #media(event: LoadedEvent) {
    const view = mediaView(event.media, !this.noMedia);
    if (!view) return nothing;
    const credit = view.credit ? html`<span class="credit">${renderRichText(view.credit)}</span>` : nothing;
    if (view.kind === 'link') {
      return html`<p class="media-link">
        <a href=${view.href} rel="noopener noreferrer" target="_blank">${view.label}</a>${credit}
      </p>`;
    }
    const failed = this.#failedImages.has(view.src);
    if (failed && !view.caption && !view.credit) return nothing;
    return html`<figure class="media" part="media">
      ${
        failed
          ? nothing
          : html`<img
              src=${view.src}
              alt=${view.alt}
              loading="lazy"
              decoding="async"
              width="600"
              height="400"
              @error=${() => this.#imageFailed(view.src)}
            />`
      }
      ${
        view.caption || view.credit
          ? html`<figcaption>
              ${view.caption ? html`<div class="caption">${renderRichText(view.caption)}</div>` : nothing}${credit}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  #choose(selection: Selection): void {
    this.dispatchEvent(new DetailsSelectEvent(selection));
  }

  #placeName(place: Place | undefined): string {
    return place ? localize(place.name, this.lang) : '';
  }

  #flags(flags: readonly Flag[] | undefined) {
    if (!flags?.length) return nothing;
    return flags.map(
      (flag) =>
        html`<p class="flag" part="flag">
          <strong>${t(this.lang, 'noteOnSource')}</strong>
          ${t(this.lang, 'articleSays', { original: flag.original, corrected: flag.corrected })} ${flag.note ?? ''}
        </p>`,
    );
  }

  #event(event: LoadedEvent, data: LoadedDataset) {
    const category = data.categories.find((c) => c.id === event.category);
    const links = (event.links ?? []).flatMap((link) => {
      const href = safeUrl(link.url);
      return href ? [{ href, label: link.label }] : [];
    });
    return html`<article data-event-id=${event.id}>
      <h3>${event.title}</h3>
      <p class="meta">
        <time>${formatEventDate(event, this.lang)}</time
        >${category ? html` · ${localize(category.label, this.lang)}` : nothing}
      </p>
      ${this.#media(event)}
      ${event.description ? html`<div class="rich">${renderRichText(event.description)}</div>` : nothing}
      ${
        event.places.length
          ? html`<ul class="chips" aria-label=${t(this.lang, 'placesLabel')}>
                ${event.places
                  .slice(0, MAX_PLACES_SHOWN)
                  .map((id) => html`<li>${this.#placeButton(id, data.placeById.get(id))}</li>`)}
              </ul>
              ${event.places.length > MAX_PLACES_SHOWN ? html`<p class="meta">${t(this.lang, 'andMorePlaces', { n: event.places.length - MAX_PLACES_SHOWN })}</p>` : nothing}`
          : nothing
      }
      ${event.actors?.length ? html`<p class="meta">${t(this.lang, 'withActors', { names: event.actors.map((name) => isolate(name, this.lang)).join(', ') })}</p>` : nothing}
      ${this.#flags(event.flags)}
      ${
        event.source
          ? html`<p class="meta">${t(this.lang, 'source')} ${event.source.section}</p>
              ${event.source.quote ? html`<blockquote>${event.source.quote}</blockquote>` : nothing}`
          : nothing
      }
      ${links.map((link) => html`<p><a href=${link.href} rel="noopener noreferrer" target="_blank">${link.label}</a></p>`)}
    </article>`;
  }

  #place(place: Place, data: LoadedDataset) {
    const events = data.eventsByPlace.get(place.id) ?? [];
    const localNames = typeof place.name === 'string' ? [] : [...new Set(Object.values(place.name))];
    // Its twin towns, from the data set's twinning links (either end).
    const twins = data.links
      .filter((link) => link.kind === 'twinning' && (link.from === place.id || link.to === place.id))
      .map((link) => (link.from === place.id ? link.to : link.from));
    const kinds = (place.kinds ?? [])
      .map((kind) => (Object.hasOwn(KIND_LABELS, kind) ? t(this.lang, KIND_LABELS[kind]) : kind))
      .join(', ');
    return html`<article data-place-id=${place.id}>
      <h3>${this.#placeName(place)}</h3>
      <p class="meta">${kinds}${localNames.length > 1 ? html` · ${localNames.join(' / ')}` : nothing}</p>
      ${place.description ? html`<div class="rich">${renderRichText(place.description)}</div>` : nothing}
      ${this.#flags(place.flags)}
      ${
        twins.length
          ? html`<p class="twins">
              ${t(this.lang, 'twinnedWith')}:
              ${twins.map((id) => html`${this.#placeButton(id, data.placeById.get(id))} `)}
            </p>`
          : nothing
      }
      <p>${t(this.lang, 'eventsHere', { n: events.length })}${events.length ? ':' : '.'}</p>
      <ul class="events">
        ${events.slice(0, MAX_EVENTS_SHOWN).map((event) => this.#eventItem(event))}
      </ul>
      ${events.length > MAX_EVENTS_SHOWN ? html`<p class="meta">${t(this.lang, 'andMoreInList', { n: events.length - MAX_EVENTS_SHOWN })}</p>` : nothing}
    </article>`;
  }

  /** A button that selects a place, named in the panel's language. */
  #placeButton(id: string, place: Place | undefined) {
    return html`<button type="button" class="link" @click=${() => this.#choose({ eventIds: [], placeIds: [id] })}>
      ${this.#placeName(place)}
    </button>`;
  }

  /** A list item that selects an event: its title as a button, then its date. */
  #eventItem(event: LoadedEvent) {
    return html`<li>
      <button type="button" class="link" @click=${() => this.#choose({ eventIds: [event.id], placeIds: [] })}>
        ${event.title}</button
      ><span class="meta"> — ${formatEventDate(event, this.lang)}</span>
    </li>`;
  }

  /**
   * What the panel says before anything is selected: the size and span of the story, and two ways in (the places
   * with the most events, and the events where the source is corrected).
   */
  #overview(data: LoadedDataset) {
    const first = data.events[0];
    const last = data.events.at(-1);
    const { busiest, flagged, flaggedCount } = overviewOf(data);
    const lang = this.lang;
    return html`<p class="empty">${t(lang, 'panelEmpty')}</p>
      ${
        first && last
          ? html`<p>
              ${t(lang, 'overviewSummary', {
                events: t(lang, 'events', { n: data.events.length }),
                from: formatEventDate(first, lang),
                to: formatEventDate(last, lang),
                categories: t(lang, 'categoriesCount', { n: data.categories.length }),
                places: t(lang, 'places', { n: data.places.length }),
              })}
              ${flaggedCount ? t(lang, 'flaggedCount', { n: flaggedCount }) : nothing}
            </p>`
          : nothing
      }
      ${
        busiest.length > 1
          ? html`<h3 class="overview">${t(lang, 'busiestPlaces')}</h3>
              <ul class="chips">
                ${busiest.map(
                  ({ place, count }) =>
                    html`<li>${this.#placeButton(place.id, place)}<span class="meta"> ${count}</span></li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        flagged.length
          ? html`<h3 class="overview">${t(lang, 'notesOnSource')}</h3>
              <ul class="events">
                ${flagged.map((event) => this.#eventItem(event))}
              </ul>
              ${
                flaggedCount > OVERVIEW_FLAGGED
                  ? html`<p class="meta">${t(lang, 'andMoreMarked', { n: flaggedCount - OVERVIEW_FLAGGED })}</p>`
                  : nothing
              }`
          : nothing
      }`;
  }

  override render() {
    const data = this.data;
    const selection = this.selection;
    if (!data) return nothing;
    if (!selection || (selection.eventIds.length === 0 && selection.placeIds.length === 0)) {
      return this.#overview(data);
    }
    const places = selection.placeIds.flatMap((id) => data.placeById.get(id) ?? []);
    // A chosen place already lists its events; show them in full only when events were chosen.
    if (places.length > 0) {
      return html`${places.slice(0, MAX_PLACES_SHOWN).map((place) => this.#place(place, data))}
      ${places.length > MAX_PLACES_SHOWN ? html`<p class="meta">${t(this.lang, 'andMorePlaces', { n: places.length - MAX_PLACES_SHOWN })}</p>` : nothing}`;
    }
    // The first few known events, and how many are known: a search's Enter can select 100,000.
    const shown: LoadedEvent[] = [];
    let known = 0;
    for (const id of selection.eventIds) {
      const event = data.eventById.get(id);
      if (!event) continue;
      known++;
      if (shown.length < MAX_EVENTS_SHOWN) shown.push(event);
    }
    return html`${shown.map((event) => this.#event(event, data))}
    ${known > shown.length ? html`<p class="meta">${t(this.lang, 'andMoreSelected', { n: known - shown.length })}</p>` : nothing}`;
  }
}
